package de.regionet.bench;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * How the shared results catalogue and the controlling table answer as results grow: the application jar runs in a
 * process of its own on the embedded in-memory server (demo users), is filled over HTTP with projects and results as
 * regions would record them, and every read is timed at each store size in the same run, so the sizes compare side
 * by side. Options: {@code --sizes=1000,10000} (results in the catalogue at each measurement), {@code --reads=40},
 * {@code --profile} (the application records bench/target/catalogue.jfr with Java Flight Recorder).
 * Run from the repository root after {@code mvn -B -q -Pbench package -DskipTests}:
 * <pre>
 *   java -cp bench/target/bench.jar -Dloader.main=de.regionet.bench.CatalogueBenchmark \
 *        org.springframework.boot.loader.launch.PropertiesLauncher
 * </pre>
 */
public final class CatalogueBenchmark {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> WORDS = List.of("Praxistage", "Betriebe", "Übergang", "Schule", "Beruf",
            "Coaching", "Qualifizierung", "Langzeitarbeitslose", "Jugendliche", "Pflege", "Handwerk", "Mobilität",
            "Sprachkurs", "Mentoring", "Netzwerk", "Kinderbetreuung", "Teilzeit", "Digitalisierung");
    private static final int REGIONS = 10;
    private static final int PROJECTS_PER_REGION = 20;
    private static final int WARM_UP = 10;

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;
    private final Random random = new Random(42);
    private final List<String> projects = new ArrayList<>();
    private String office;
    private int results;

    private CatalogueBenchmark(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    public static void main(String[] args) throws Exception {
        Locale.setDefault(Locale.ROOT);
        var options = Options.parse(args);
        var sizes = Arrays.stream(options.getOrDefault("sizes", "1000,10000").split(","))
                .map(String::strip).mapToInt(Integer::parseInt).toArray();
        int reads = Integer.parseInt(options.getOrDefault("reads", "40"));
        int port;
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        var command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx2g"));
        if (options.containsKey("profile")) {
            command.add("-XX:StartFlightRecording=filename=bench/target/catalogue.jfr,settings=profile");
        }
        command.addAll(List.of("-jar", "infra/target/regionet.jar", "--spring.profiles.active=demo",
                "--server.port=" + port, "--regionet.embedded.backend=memory", "--logging.level.root=WARN"));
        var app = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            var bench = new CatalogueBenchmark(port);
            bench.awaitStart();
            bench.setUp();
            var rows = new ArrayList<String>();
            for (int size : sizes) {
                long begin = System.nanoTime();
                int before = bench.results;
                bench.recordResultsUpTo(size);
                double rate = (bench.results - before) / ((System.nanoTime() - begin) / 1e9);
                bench.awaitCaughtUp();
                rows.add(bench.measure(size, reads, rate));
            }
            System.out.println(report(rows, reads));
        } finally {
            app.destroy();
            app.waitFor();
        }
        System.exit(0);
    }

    private static String report(List<String> rows, int reads) {
        var machine = Machine.current();
        return "Catalogue benchmark, " + Instant.now() + ", " + machine.processors() + " cores, " + machine.cpu()
                + ", " + machine.memory() + ", load " + Machine.loadAverage() + "; " + reads
                + " reads per cell, taken in turns after " + WARM_UP + " warm-up rounds; median / p95 in ms\n\n"
                + "| results | recorded/s over HTTP | catalogue `q=praxistage betrieb` | catalogue, no `q` | "
                + "one region and area | controlling table (JSON) | controlling table (CSV) |\n"
                + "| --- | --- | --- | --- | --- | --- | --- |\n" + String.join("\n", rows);
    }

    private void awaitStart() throws InterruptedException {
        var deadline = Instant.now().plusSeconds(120);
        while (Instant.now().isBefore(deadline)) {
            try {
                if (get("/actuator/health", null).statusCode() == 200) {
                    return;
                }
            } catch (IOException starting) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the application did not start within two minutes");
    }

    /** Regions with working groups, a programme, one decided call per region and a target agreement each. */
    private void setUp() throws Exception {
        office = token("office", "office-demo");
        var programme = created(post("/api/programmes", "{\"name\":\"REGIO AKTIV\",\"from\":\"2021-01-01\","
                + "\"to\":\"2027-12-31\",\"budgetEuro\":140000000,\"fundingAreas\":[{\"code\":\"A\",\"title\":\"A\","
                + "\"from\":\"2022-06-21\"},{\"code\":\"B\",\"title\":\"B\",\"from\":\"2022-06-21\"}]}"));
        var calls = new LinkedHashMap<String, List<String>>();
        for (int region = 0; region < REGIONS; region++) {
            var key = String.valueOf(15081 + region);
            post("/api/regions", "{\"key\":\"" + key + "\",\"name\":\"Kreis " + key + "\",\"kind\":\"DISTRICT\"}");
            var group = created(post("/api/working-groups", "{\"regionKey\":\"" + key + "\",\"name\":\"RAK\"}"));
            var members = new ArrayList<String>();
            for (var category : List.of("MUNICIPALITY", "JOB_CENTRE", "EMPLOYMENT_AGENCY")) {
                members.add(created(post("/api/working-groups/" + group + "/members", "{\"organisation\":\""
                        + category + " " + key + "\",\"category\":\"" + category
                        + "\",\"admittedOn\":\"2022-01-01\"}")));
            }
            put("/api/working-groups/" + group + "/rules", "{\"validFrom\":\"2022-01-01\",\"quorum\":"
                    + "\"MORE_THAN_HALF_OF_VOTING_MEMBERS\",\"majority\":\"SIMPLE\",\"votingCategories\":"
                    + "[\"MUNICIPALITY\",\"JOB_CENTRE\",\"EMPLOYMENT_AGENCY\"]}");
            var call = created(post("/api/calls", "{\"regionKey\":\"" + key + "\",\"programmeId\":\"" + programme
                    + "\",\"fundingArea\":\"" + (region % 2 == 0 ? "A" : "B") + "\",\"title\":\"Aufruf\","
                    + "\"budgetEuro\":100000000,\"deadline\":\"" + Instant.now().plusSeconds(20) + "\"}"));
            var proposals = new ArrayList<String>();
            for (int i = 0; i < PROJECTS_PER_REGION; i++) {
                proposals.add(created(post("/api/calls/" + call + "/proposals", "{\"sponsor\":\"Träger " + i
                        + "\",\"title\":\"" + sentence(3) + "\",\"summary\":\"" + sentence(12)
                        + "\",\"requestedEuro\":100000,\"durationMonths\":36}")));
            }
            calls.put(group + " " + String.join(",", members) + " " + call, proposals);
            post("/api/target-agreements", "{\"regionKey\":\"" + key + "\",\"from\":\"2026-01-01\",\"to\":"
                    + "\"2026-12-31\",\"parties\":[\"Regio-Netzwerkstelle\",\"Kreis " + key + "\"],\"targets\":["
                    + "{\"indicator\":\"PARTICIPANTS\",\"value\":5000},{\"indicator\":\"EMPLOYED_AFTER_LEAVING\","
                    + "\"value\":800}]}").body();
        }
        for (var agreement : JSON.readTree(get("/api/target-agreements", office).body())) {
            var id = agreement.get("id").asString();
            post("/api/target-agreements/" + id + "/signatures", "{\"party\":\"Regio-Netzwerkstelle\","
                    + "\"signedOn\":\"2026-01-05\"}");
            post("/api/target-agreements/" + id + "/signatures", "{\"party\":\"Kreis " + agreement.get("regionKey")
                    .asString() + "\",\"signedOn\":\"2026-01-06\"}");
        }
        Thread.sleep(Duration.ofSeconds(21).toMillis());
        for (var call : calls.entrySet()) {
            var parts = call.getKey().split(" ");
            select(parts[0], List.of(parts[1].split(",")), parts[2], call.getValue());
        }
    }

    private void select(String group, List<String> members, String call, List<String> proposals) throws Exception {
        var present = String.join("\",\"", members);
        var votes = new StringBuilder();
        members.forEach(member -> votes.append(votes.isEmpty() ? "" : ",").append('"').append(member)
                .append("\":\"YES\""));
        var resolution = created(post("/api/working-groups/" + group + "/resolutions", "{\"date\":\""
                + LocalDate.now() + "\",\"agendaItem\":\"TOP 1\",\"motion\":\"Auswahl\",\"subject\":{\"type\":\"CALL\","
                + "\"id\":\"" + call + "\"},\"present\":[\"" + present + "\"],\"votes\":{" + votes + "}}"));
        var selected = new StringBuilder();
        proposals.forEach(proposal -> selected.append(selected.isEmpty() ? "" : ",").append("{\"proposalId\":\"")
                .append(proposal).append("\",\"amountEuro\":90000}"));
        var answer = post("/api/calls/" + call + "/selection", "{\"resolutionId\":\"" + resolution
                + "\",\"selected\":[" + selected + "],\"notSelected\":[]}");
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("selection refused: " + answer.body());
        }
        JSON.readTree(answer.body()).get("projects").forEach(project -> projects.add(project.get("projectId")
                .asString()));
    }

    private void recordResultsUpTo(int size) throws Exception {
        while (results < size) {
            var project = projects.get(results % projects.size());
            var audience = List.of("REGION", "NETWORK", "PUBLIC").get(random.nextInt(3));
            var answer = post("/api/projects/" + project + "/results", "{\"periodFrom\":\"2026-01-01\","
                    + "\"periodTo\":\"2026-06-30\",\"indicators\":{\"PARTICIPANTS\":" + random.nextInt(50)
                    + ",\"EMPLOYED_AFTER_LEAVING\":" + random.nextInt(10) + "},\"narrative\":\"" + sentence(40)
                    + "\",\"audience\":\"" + audience + "\"}");
            if (answer.statusCode() != 201) {
                throw new IllegalStateException("result refused: " + answer.body());
            }
            results++;
        }
    }

    /**
     * Waits until every read model has handled every event (lag 0 on {@code GET /api/admin/projections}), so that
     * no projection still catching up competes with the reads being timed.
     */
    private void awaitCaughtUp() throws Exception {
        var deadline = Instant.now().plusSeconds(600);
        while (true) {
            var behind = new ArrayList<String>();
            for (var processor : JSON.readTree(get("/api/admin/projections", office).body())) {
                var lag = processor.get("lagEvents");
                if (lag == null || lag.isNull() || lag.asLong() > 0) {
                    behind.add(processor.get("name").asString());
                }
            }
            if (behind.isEmpty()) {
                return;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("read models still behind after ten minutes: " + behind);
            }
            Thread.sleep(500);
        }
    }

    /** Times every read in turns, read after read, so that each shares the same moments of the run alike. */
    private String measure(int size, int reads, double rate) throws Exception {
        var cells = List.of(
                Map.entry("/api/results?q=praxistage%20betrieb", "application/json"),
                Map.entry("/api/results", "application/json"),
                Map.entry("/api/results?region=15081&fundingArea=A", "application/json"),
                Map.entry("/api/network/controlling?period=2026", "application/json"),
                Map.entry("/api/network/controlling?period=2026", "text/csv"));
        var times = new ArrayList<List<Double>>();
        cells.forEach(cell -> times.add(new ArrayList<>()));
        for (int round = 0; round < WARM_UP + reads; round++) {
            for (int cell = 0; cell < cells.size(); cell++) {
                var read = cells.get(cell);
                long begin = System.nanoTime();
                var answer = http.send(HttpRequest.newBuilder(URI.create(base + read.getKey()))
                        .header("Authorization", "Bearer " + office).header("Accept", read.getValue()).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() != 200) {
                    throw new IllegalStateException(read + " answered " + answer.statusCode());
                }
                if (round >= WARM_UP) {
                    times.get(cell).add((System.nanoTime() - begin) / 1e6);
                }
            }
        }
        var row = new ArrayList<String>();
        row.add(String.valueOf(size));
        row.add(String.format("%.0f", rate));
        times.forEach(cell -> row.add(String.format("%.1f / %.1f", Stats.percentile(cell, 50),
                Stats.percentile(cell, 95))));
        return "| " + String.join(" | ", row) + " |";
    }

    private String sentence(int words) {
        var text = new StringBuilder();
        for (int i = 0; i < words; i++) {
            text.append(i == 0 ? "" : " ").append(WORDS.get(random.nextInt(WORDS.size())));
        }
        return text.toString();
    }

    private String token(String user, String password) throws Exception {
        var basic = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        var answer = http.send(HttpRequest.newBuilder(URI.create(base + "/api/auth/token"))
                .header("Authorization", "Basic " + basic).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(answer.body()).get("access_token").asString();
    }

    private HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create(base + path)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String body) throws IOException, InterruptedException {
        return send("POST", path, body);
    }

    private HttpResponse<String> put(String path, String body) throws IOException, InterruptedException {
        return send("PUT", path, body);
    }

    private HttpResponse<String> send(String method, String path, String body)
            throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + office)
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String created(HttpResponse<String> answer) {
        if (answer.statusCode() != 201) {
            throw new IllegalStateException("expected 201, got " + answer.statusCode() + ": " + answer.body());
        }
        JsonNode body = JSON.readTree(answer.body());
        return body.get("id").asString();
    }
}
