package de.regionet.bench;

import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the pages cost on the demo data (issue 19): the application jar runs in a process of its own with the demo
 * profile (the Saxony-Anhalt history loaded at start), and the portal's start page, a region's page with its working
 * group and the results catalogue's search are timed against the API reads that carry the same data, taken in turns
 * in one run so the ratios hold on a noisy machine. Times are what a client on the same machine waits from sending
 * the request to the last byte of the answer (loopback, keep-alive), i.e. server time plus a little transport.
 * Options: {@code --reads=200}. Run from the repository root after {@code mvn -B -q -Pbench package -DskipTests}:
 * <pre>
 *   java -cp bench/target/bench.jar -Dloader.main=de.regionet.bench.PageBenchmark \
 *        org.springframework.boot.loader.launch.PropertiesLauncher
 * </pre>
 */
public final class PageBenchmark {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int WARM_UP = 30;

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;

    private PageBenchmark(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    public static void main(String[] args) throws Exception {
        Locale.setDefault(Locale.ROOT);
        var options = Options.parse(args);
        int reads = Integer.parseInt(options.getOrDefault("reads", "200"));
        int port;
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        var command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
                "-jar", "infra/target/regionet.jar", "--spring.profiles.active=demo", "--server.port=" + port,
                "--regionet.embedded.backend=memory", "--logging.level.root=WARN");
        var app = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            var bench = new PageBenchmark(port);
            bench.awaitDemoData();
            System.out.println(bench.measure(reads));
        } finally {
            app.destroy();
            app.waitFor();
        }
        System.exit(0);
    }

    /** The demo history is imported at start; the pages are measured once its last region is readable. */
    private void awaitDemoData() throws InterruptedException {
        var deadline = Instant.now().plusSeconds(300);
        while (Instant.now().isBefore(deadline)) {
            try {
                // Saxony-Anhalt's 14 regions, then Hesse's, whose history the demo imports last
                var regions = get("/api/networks/sachsen-anhalt/regions", "application/json");
                var hesse = get("/api/networks/hessen/regions", "application/json");
                if (regions.statusCode() == 200 && JSON.readTree(regions.body()).size() >= 14
                        && hesse.statusCode() == 200 && !JSON.readTree(hesse.body()).isEmpty()
                        && get("/ergebnisse", "text/html").statusCode() == 200) {
                    Thread.sleep(5_000); // the demo import's last projections
                    return;
                }
            } catch (IOException starting) {
                // not listening yet
            }
            Thread.sleep(1_000);
        }
        throw new IllegalStateException("the demo data was not there within five minutes");
    }

    private String measure(int reads) throws Exception {
        // a region of Saxony-Anhalt, as measured before the demo held other networks
        var regions = JSON.readTree(get("/api/networks/sachsen-anhalt/regions", "application/json").body());
        String key = null;
        String group = null;
        for (var region : regions) {
            if (region.hasNonNull("workingGroupId")) {
                key = region.get("key").asString();
                group = region.get("workingGroupId").asString();
                break;
            }
        }
        var word = URLEncoder.encode("offnen", StandardCharsets.UTF_8);
        var cells = new LinkedHashMap<String, String[]>();
        cells.put("portal start page `/`", new String[]{"/", "text/html"});
        cells.put("API regions `/api/regions`", new String[]{"/api/regions", "application/json"});
        cells.put("region page `/netzwerk/" + key + "` (working group)", new String[]{"/netzwerk/" + key, "text/html"});
        cells.put("API working group `/api/working-groups/{id}`",
                new String[]{"/api/working-groups/" + group, "application/json"});
        cells.put("catalogue search `/ergebnisse?q=offnen` (finds \"öffnen\")",
                new String[]{"/ergebnisse?q=" + word, "text/html"});
        cells.put("API catalogue `/api/results?q=offnen`", new String[]{"/api/results?q=" + word, "application/json"});
        var times = new LinkedHashMap<String, List<Double>>();
        var sizes = new LinkedHashMap<String, Integer>();
        cells.keySet().forEach(cell -> times.put(cell, new ArrayList<>()));
        for (int round = 0; round < WARM_UP + reads; round++) {
            for (Map.Entry<String, String[]> cell : cells.entrySet()) {
                long begin = System.nanoTime();
                var answer = get(cell.getValue()[0], cell.getValue()[1]);
                double millis = (System.nanoTime() - begin) / 1e6;
                if (answer.statusCode() != 200) {
                    throw new IllegalStateException(cell.getValue()[0] + " answered " + answer.statusCode());
                }
                if (round >= WARM_UP) {
                    times.get(cell.getKey()).add(millis);
                    sizes.put(cell.getKey(), answer.body().getBytes(StandardCharsets.UTF_8).length);
                }
            }
        }
        var machine = Machine.current();
        var out = new StringBuilder("Page benchmark, " + Instant.now() + ", " + machine.processors() + " cores, "
                + machine.cpu() + ", " + machine.memory() + ", load " + Machine.loadAverage() + "; demo data; "
                + reads + " reads per row, taken in turns after " + WARM_UP + " warm-up rounds\n\n"
                + "| read | median ms | p95 ms | answer bytes |\n| --- | --- | --- | --- |\n");
        times.forEach((cell, values) -> out.append(String.format("| %s | %.1f | %.1f | %d |%n", cell,
                Stats.percentile(values, 50), Stats.percentile(values, 95), sizes.get(cell))));
        return out.toString();
    }

    private HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", accept)
                .header("Accept-Language", "de").GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
