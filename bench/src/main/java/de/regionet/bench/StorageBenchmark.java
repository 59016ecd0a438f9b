package de.regionet.bench;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What one event costs on disk on the embedded default: the application jar runs in a process of its own on a fresh
 * H2 data directory (throttling off, a network-office user given on the command line), is filled over HTTP with 50
 * regions and working groups and then member admissions until each store size is reached; at each size the read
 * models are awaited and the H2 file size is divided by the events the store holds (counted, with their average JSON
 * size, from the audit export). After the last size the application is stopped cleanly and the file is opened
 * offline ({@link StoreAnatomy}) to say where the bytes go. Each variant (a set of extra application arguments) runs
 * the same workload on a data directory of its own, one after the other in the same run.
 * Options: {@code --events=5000,20000}, {@code --writers=4} (concurrent HTTP clients),
 * {@code --variant.NAME="--arg=value --arg2=value"} (repeatable; without any, the application as built).
 * Run from the repository root after {@code mvn -B -q -Pbench package -DskipTests}:
 * <pre>
 *   java -cp bench/target/bench.jar -Dloader.main=de.regionet.bench.StorageBenchmark \
 *        org.springframework.boot.loader.launch.PropertiesLauncher --events=5000,20000
 * </pre>
 */
public final class StorageBenchmark {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int REGIONS = 50;
    private static final String USER = "storage-bench";
    private static final String PASSWORD = "storage-bench";
    private static final List<String> CATEGORIES = List.of("MUNICIPALITY", "EMPLOYMENT_AGENCY", "JOB_CENTRE",
            "WELFARE_ASSOCIATION", "SOCIAL_PARTNER", "BUSINESS", "EQUAL_OPPORTUNITIES", "YOUTH_EMPLOYMENT_AGENCY", "OTHER");

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;
    private final List<String> groups = new ArrayList<>();
    private final AtomicInteger admitted = new AtomicInteger();
    private String token;

    private StorageBenchmark(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    public static void main(String[] args) throws Exception {
        Locale.setDefault(Locale.ROOT);
        var options = Options.parse(args);
        var sizes = Arrays.stream(options.getOrDefault("events", "5000,20000").split(","))
                .map(String::strip).mapToInt(Integer::parseInt).toArray();
        int writers = Integer.parseInt(options.getOrDefault("writers", "4"));
        var variants = new LinkedHashMap<String, String>();
        options.forEach((key, value) -> {
            if (key.startsWith("variant.")) {
                variants.put(key.substring("variant.".length()), value);
            }
        });
        if (variants.isEmpty()) {
            variants.put("as built", "");
        }
        var sizeRows = new ArrayList<String>();
        var anatomies = new ArrayList<String>();
        for (var variant : variants.entrySet()) {
            var dataDir = Path.of("bench", "target", "storage", variant.getKey().replaceAll("[^A-Za-z0-9-]", "-"));
            delete(dataDir);
            Files.createDirectories(dataDir);
            var file = dataDir.resolve("regionet.mv.db");
            long begin = System.nanoTime();
            var app = start(dataDir, variant.getValue());
            var bench = new StorageBenchmark(app.port());
            Long lastEvents = null;
            try {
                bench.awaitStart();
                bench.setUp();
                for (int size : sizes) {
                    bench.admitUntil(size, writers);
                    bench.awaitCaughtUp();
                    var export = bench.export();
                    Thread.sleep(3000);
                    long bytes = Files.size(file);
                    lastEvents = export.events();
                    sizeRows.add(row(variant.getKey(), export.events(), bytes, export.averageJsonBytes(),
                            "running"));
                    System.out.println(sizeRows.get(sizeRows.size() - 1));
                }
            } finally {
                app.process().destroy();
                app.process().waitFor();
            }
            long bytes = Files.size(file);
            sizeRows.add(row(variant.getKey(), lastEvents, bytes, Double.NaN, "stopped cleanly"));
            System.out.println(sizeRows.get(sizeRows.size() - 1));
            anatomies.add("### " + variant.getKey() + " (`" + (variant.getValue().isBlank() ? "no extra arguments"
                    : variant.getValue()) + "`), " + lastEvents + " events, "
                    + String.format("%.0f s", (System.nanoTime() - begin) / 1e9) + "\n\n"
                    + StoreAnatomy.of(file, lastEvents == null ? 0 : lastEvents));
        }
        var machine = Machine.current();
        System.out.println("Storage benchmark, " + Instant.now() + ", " + machine.processors() + " cores, "
                + machine.cpu() + ", " + machine.memory() + ", load " + Machine.loadAverage() + ", " + writers
                + " writers\n\n| variant | events | H2 file | bytes per event | average event JSON | file ÷ JSON | "
                + "when |\n| --- | --- | --- | --- | --- | --- | --- |\n" + String.join("\n", sizeRows) + "\n\n"
                + String.join("\n\n", anatomies));
        System.exit(0);
    }

    private static String row(String variant, Long events, long bytes, double json, String when) {
        double perEvent = events == null ? Double.NaN : (double) bytes / events;
        return String.format("| %s | %s | %.1f MB | %.0f | %s | %s | %s |", variant, events, bytes / 1e6, perEvent,
                Double.isNaN(json) ? "" : String.format("%.0f", json),
                Double.isNaN(json) ? "" : String.format("%.1f×", perEvent / json), when);
    }

    private record App(Process process, int port) {
    }

    private static App start(Path dataDir, String extra) throws IOException {
        int port;
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        var command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx2g", "-jar", "infra/target/regionet.jar", "--server.port=" + port,
                "--regionet.data-dir=" + dataDir.toAbsolutePath(), "--regionet.embedded.backend=h2",
                "--regionet.security.rate-limit.enabled=false", "--logging.level.root=WARN",
                "--regionet.users[0].name=" + USER, "--regionet.users[0].password-hash={noop}" + PASSWORD,
                "--regionet.users[0].roles[0]=NETWORK_OFFICE"));
        if (!extra.isBlank()) {
            command.addAll(Arrays.asList(extra.strip().split("\\s+")));
        }
        var process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dataDir.resolve("application.log").toFile()).start();
        return new App(process, port);
    }

    private void awaitStart() throws InterruptedException {
        var deadline = Instant.now().plusSeconds(300);
        while (Instant.now().isBefore(deadline)) {
            try {
                if (get("/actuator/health").statusCode() == 200) {
                    token = token();
                    return;
                }
            } catch (IOException starting) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the application did not start within five minutes");
    }

    private void setUp() throws Exception {
        for (int region = 0; region < REGIONS; region++) {
            var key = String.valueOf(16001 + region);
            created(post("/api/regions", "{\"key\":\"" + key + "\",\"name\":\"Kreis " + key
                    + "\",\"kind\":\"DISTRICT\"}"));
            groups.add(created(post("/api/working-groups", "{\"regionKey\":\"" + key
                    + "\",\"name\":\"Regionaler Arbeitskreis " + key + "\"}")));
        }
    }

    /** Member admissions, one event each, from several writers, each to working groups of its own. */
    private void admitUntil(int events, int writers) throws Exception {
        int needed = events - 2 * REGIONS - admitted.get();
        if (needed <= 0) {
            return;
        }
        var remaining = new AtomicInteger(needed);
        var pool = Executors.newFixedThreadPool(writers);
        try {
            var done = new ArrayList<Future<?>>();
            for (int writer = 0; writer < writers; writer++) {
                int own = writer;
                done.add(pool.submit(() -> {
                    int turn = 0;
                    while (remaining.getAndDecrement() > 0) {
                        var group = groups.get((own + writers * turn++) % groups.size());
                        int n = admitted.incrementAndGet();
                        var answer = post("/api/working-groups/" + group + "/members", "{\"organisation\":\""
                                + "Träger für Beschäftigung und Qualifizierung Nr. " + n + "\",\"category\":\""
                                + CATEGORIES.get(n % CATEGORIES.size()) + "\",\"admittedOn\":\"" + LocalDate.now() + "\"}");
                        created(answer);
                    }
                    return null;
                }));
            }
            for (var future : done) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Waits until every read model has handled every event (lag 0 on {@code GET /api/admin/projections}). */
    private void awaitCaughtUp() throws Exception {
        var deadline = Instant.now().plusSeconds(1200);
        while (true) {
            var behind = new ArrayList<String>();
            for (var processor : JSON.readTree(get("/api/admin/projections").body())) {
                var lag = processor.get("lagEvents");
                if (lag == null || lag.isNull() || lag.asLong() > 0) {
                    behind.add(processor.get("name").asString());
                }
            }
            if (behind.isEmpty()) {
                return;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("read models still behind after twenty minutes: " + behind);
            }
            Thread.sleep(1000);
        }
    }

    private record Export(long events, double averageJsonBytes) {
    }

    /** The audit export: one event per line, then the signed manifest. */
    private Export export() throws Exception {
        var answer = http.send(request("/api/audit/events").GET().build(), HttpResponse.BodyHandlers.ofLines());
        long[] count = {0, 0};
        String[] last = {null};
        answer.body().forEach(line -> {
            if (last[0] != null) {
                count[0]++;
                count[1] += last[0].getBytes(StandardCharsets.UTF_8).length;
            }
            last[0] = line;
        });
        return new Export(count[0], (double) count[1] / count[0]);
    }

    private String token() throws IOException, InterruptedException {
        var basic = Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        var answer = http.send(HttpRequest.newBuilder(URI.create(base + "/api/auth/token"))
                .header("Authorization", "Basic " + basic).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(answer.body()).get("access_token").asString();
    }

    private HttpRequest.Builder request(String path) {
        var request = HttpRequest.newBuilder(URI.create(base + path));
        return token == null ? request : request.header("Authorization", "Bearer " + token);
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String body) throws IOException, InterruptedException {
        return http.send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String created(HttpResponse<String> answer) {
        if (answer.statusCode() != 201) {
            throw new IllegalStateException("expected 201, got " + answer.statusCode() + ": " + answer.body());
        }
        JsonNode body = JSON.readTree(answer.body());
        return body.has("id") ? body.get("id").asString() : "";
    }

    private static void delete(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (var paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
