package de.regionet.bench;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Whether what a person waits for stays flat as the store grows, whether the read models keep up with a burst, and
 * how fast a read model is rebuilt (issue 20). Two instances of the application jar run side by side, each in its own
 * process on the embedded default (H2 file, a new data directory each) with the demo profile (the Saxony-Anhalt
 * history, about a thousand events) and request throttling off ({@code regionet.security.rate-limit.enabled=false}):
 * <ol>
 *     <li>the <em>large</em> one is grown to {@code --events} (100,000) over HTTP by news drafts, each a new stream,
 *     so the store grows while every read model that is measured holds the same data as the small one's; or, with
 *     {@code --seed=bulk}, it is stopped and filled with the same drafts by {@link StoreSeeder} through the store's
 *     own bulk append, started again and timed until every read model has caught up;</li>
 *     <li>both are then read in turns (working group, region list, network overview, catalogue search) and sent the
 *     same command (a member admission), so the ratios large/small hold on a noisy machine;</li>
 *     <li>bytes per event: the data directory's size over the store's head, next to the events' own JSON size
 *     (their NDJSON export);</li>
 *     <li>a burst on the small one: {@code --burst-rate} (100) member admissions per second for {@code --burst}
 *     (60) seconds, open loop, over 200 working groups registered for it, then how long until every read model is at
 *     the head;</li>
 *     <li>rebuilding {@code network_activity} and {@code working_groups} on the large one, against the rate at which
 *     the store itself is read out (the NDJSON export of every event).</li>
 * </ol>
 * Run from the repository root after {@code mvn -B -q -Pbench package -DskipTests}:
 * <pre>
 *   java -cp bench/target/bench.jar -Dloader.main=de.regionet.bench.ReadSideBenchmark \
 *        org.springframework.boot.loader.launch.PropertiesLauncher [--events=100000] [--jar=infra/target/regionet.jar]
 *        [--seed=http|bulk] [--chunk=1000] [--span-days=365] [--rebuild=network_activity,working_groups]
 *        [--profile-rebuilds] [--profile-catch-up]
 * </pre>
 */
public final class ReadSideBenchmark {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int ARTICLES = 1_000;
    private static final int IN_FLIGHT = 16;
    /** The burst spreads its admissions over this many working groups of its own, as the live-feed benchmark does. */
    private static final int BURST_GROUPS = 200;
    /** The demo's Saxony-Anhalt regions, whose working groups the reads are measured on (the demo holds others). */
    private static final String SAXONY_ANHALT_REGIONS = "/api/networks/sachsen-anhalt/regions";

    public static void main(String[] args) throws Exception {
        Locale.setDefault(Locale.ROOT);
        var options = Options.parse(args);
        long events = Long.parseLong(options.getOrDefault("events", "100000"));
        int reads = Integer.parseInt(options.getOrDefault("reads", "200"));
        int burst = Integer.parseInt(options.getOrDefault("burst", "60"));
        int burstRate = Integer.parseInt(options.getOrDefault("burst-rate", "100"));
        var seed = options.getOrDefault("seed", "http");
        if (!List.of("http", "bulk").contains(seed)) {
            throw new IllegalArgumentException("--seed is http (the default) or bulk, not " + seed);
        }
        var rebuilt = Stream.of(options.getOrDefault("rebuild", "network_activity,working_groups").split(","))
                .filter(name -> !name.isBlank()).toList();
        var jar = options.getOrDefault("jar", "infra/target/regionet.jar");
        var out = new StringBuilder();
        var started = Instant.now();
        var loadAtStart = Machine.loadAverage();
        var small = App.start(jar, "small");
        var large = App.start(jar, "large");
        try {
            large.awaitDemoData(Duration.ofMinutes(5));
            small.awaitDemoData(Duration.ofMinutes(5));
            String growth;
            if (seed.equals("bulk")) {
                var seeding = BulkSeeding.run(large, jar, events, options);
                large = seeding.large();
                growth = seeding.describe();
            } else {
                long seedStart = System.nanoTime();
                large.growTo(events);
                double seedSeconds = (System.nanoTime() - seedStart) / 1e9;
                large.awaitReadModels(Duration.ofMinutes(60));
                growth = String.format("grown to %d events (target %d) by news drafts over HTTP in %.0f s "
                        + "(%.0f commands/s)", large.head(), events, seedSeconds, (large.head() - 1000) / seedSeconds);
            }
            small.awaitReadModels(Duration.ofMinutes(5));
            out.append(header(started, loadAtStart, growth));
            out.append(flatness(small, large, reads));
            out.append(storage(small, large));
            out.append(burst(small, burst, burstRate));
            out.append(rebuilds(large, rebuilt, options.containsKey("profile-rebuilds")));
        } finally {
            large.close();
            small.close();
        }
        out.append("\nLoad average at the end: ").append(Machine.loadAverage()).append('\n');
        System.out.println(out);
        System.exit(0);
    }

    private static String header(Instant started, String load, String growth) {
        var machine = Machine.current();
        return "Read-side benchmark, " + started + ", " + machine.processors() + " cores, " + machine.cpu() + ", "
                + machine.memory() + ", load at start " + load + "; two instances with -Xmx2g on the H2 default; the "
                + "large one " + growth + "\n\n";
    }

    private static String flatness(App small, App large, int reads) throws Exception {
        var word = URLEncoder.encode("offnen", StandardCharsets.UTF_8);
        var cells = new LinkedHashMap<String, String>();
        cells.put("working group `/api/working-groups/{id}`", "/api/working-groups/{wg}");
        cells.put("region list `/api/regions`", "/api/regions");
        cells.put("network overview `/api/network/overview`", "/api/network/overview");
        cells.put("catalogue `/api/results?q=offnen`", "/api/results?q=" + word);
        cells.put("command: member admission", "POST");
        var times = new LinkedHashMap<String, List<List<Double>>>();
        cells.keySet().forEach(cell -> times.put(cell, List.of(new ArrayList<>(), new ArrayList<>())));
        var apps = List.of(small, large);
        for (int round = 0; round < 30 + reads; round++) {
            for (var cell : cells.entrySet()) {
                for (int i = 0; i < apps.size(); i++) {
                    var app = apps.get(i);
                    double millis = "POST".equals(cell.getValue()) ? app.admitMember(round)
                            : app.read(cell.getValue().replace("{wg}", app.workingGroup));
                    if (round >= 30) {
                        times.get(cell.getKey()).get(i).add(millis);
                    }
                }
            }
        }
        var table = new StringBuilder("| what a person waits for | small p50 ms | small p99 ms | large p50 ms | large "
                + "p99 ms | **p99 large / small** |\n| --- | --- | --- | --- | --- | --- |\n");
        times.forEach((cell, pair) -> {
            double smallP99 = Stats.percentile(pair.get(0), 99);
            double largeP99 = Stats.percentile(pair.get(1), 99);
            table.append(String.format("| %s | %.1f | %.1f | %.1f | %.1f | **%.2f×** |%n", cell,
                    Stats.percentile(pair.get(0), 50), smallP99, Stats.percentile(pair.get(1), 50), largeP99,
                    largeP99 / smallP99));
        });
        return "Heads: small " + small.head() + ", large " + large.head() + " events; " + reads
                + " rounds, the two instances in turns after 30 warm-up rounds.\n\n" + table + "\n";
    }

    private static String storage(App small, App large) throws Exception {
        var table = new StringBuilder("| instance | events | data directory | bytes per event | event JSON (export) "
                + "bytes per event | **ratio** |\n| --- | --- | --- | --- | --- | --- |\n");
        for (var app : List.of(small, large)) {
            long head = app.head();
            long bytes = app.dataBytes();
            var export = app.export();
            double json = (double) export.bytes() / export.events();
            double perEvent = (double) bytes / head;
            table.append(String.format("| %s | %d | %.1f MB | %.0f | %.0f | **%.1f×** |%n", app.name, head,
                    bytes / 1e6, perEvent, json, perEvent / json));
        }
        return table + "\n";
    }

    private static String burst(App small, int seconds, int rate) throws Exception {
        small.addWorkingGroups(BURST_GROUPS);
        small.awaitReadModels(Duration.ofMinutes(5));
        long before = small.head();
        var sent = small.burst(seconds, rate);
        long endNanos = System.nanoTime();
        var lagAtEnd = small.maxLag();
        small.awaitReadModels(Duration.ofMinutes(10));
        double catchUp = (System.nanoTime() - endNanos) / 1e9;
        return String.format("Burst on the small instance: %d member admissions over 200 working groups in %d s (%d/s asked, %d events), "
                        + "command p50 %.1f ms, p99 %.1f ms; at its end the furthest read model was %d events behind; "
                        + "**every read model at the head %.2f s after the burst**.%n%n", sent.size(), seconds, rate,
                small.head() - before, Stats.percentile(sent, 50), Stats.percentile(sent, 99), lagAtEnd, catchUp);
    }

    /**
     * Replays each read model from the start and times it. With {@code --profile-rebuilds}, each replay is recorded by
     * Java Flight Recorder in the application's process ({@code jcmd JFR.start}/{@code JFR.stop}) into
     * {@code bench/target/rebuild-<read model>.jfr}, for {@code jfr print} or {@code jfr summary}.
     */
    private static String rebuilds(App large, List<String> readModels, boolean profile) throws Exception {
        var export = large.export();
        double storeRate = export.events() / export.seconds();
        var out = new StringBuilder(String.format("Rebuilds on the large instance (%d events); the store read out as "
                + "NDJSON (every event read, hashed and written) at **%.0f events/s**.%n%n| read model | rebuild s "
                + "| events/s | **ratio to the store's read-out** |%n| --- | --- | --- | --- |%n", large.head(),
                storeRate));
        for (var name : readModels) {
            if (profile) {
                large.jcmd("JFR.start", "name=rebuild", "settings=profile",
                        "filename=" + Path.of("bench", "target", "rebuild-" + name + ".jfr").toAbsolutePath());
            }
            double seconds = large.rebuild(name);
            if (profile) {
                large.jcmd("JFR.stop", "name=rebuild");
            }
            double rate = large.head() / seconds;
            out.append(String.format("| %s | %.1f | %.0f | **%.2f×** |%n", name, seconds, rate, rate / storeRate));
        }
        return out.toString();
    }

    private record Export(long events, long bytes, double seconds) {
    }

    /**
     * The large instance seeded through the store's own bulk append ({@code --seed=bulk}): one news draft over HTTP
     * as the model, the instance stopped at the head, {@link StoreSeeder} run on its data directory, the instance
     * started again and timed until every read model has handled the seeded drafts.
     */
    private record BulkSeeding(App large, long drafts, StoreSeeder.Seeded seeded, long dataBytes,
                               double catchUpSeconds, long head, JsonNode verification) {

        static BulkSeeding run(App large, String jar, long events, Map<String, String> options) throws Exception {
            var model = large.draft();
            large.awaitReadModels(Duration.ofMinutes(5));
            long drafts = Math.max(0, events - large.head());
            large.close();
            var seeded = StoreSeeder.launch(jar, large.dataDir, drafts, model, options);
            long bytes = large.dataBytes();
            System.err.printf("%s seeded; data directory %.1f MB; restarting the large instance%n", Instant.now(),
                    bytes / 1e6);
            long restart = System.nanoTime();
            var restarted = large.restart();
            try {
                boolean profile = options.containsKey("profile-catch-up");
                if (profile) {
                    restarted.awaitJvm();
                    restarted.jcmd("JFR.start", "name=catch-up", "settings=profile",
                            "filename=" + Path.of("bench", "target", "catch-up.jfr").toAbsolutePath());
                }
                // the read models handle a few hundred events a second: give them a second per 20 seeded events
                restarted.awaitDemoData(Duration.ofSeconds(Math.max(1_800, drafts / 20)));
                if (profile) {
                    restarted.jcmd("JFR.stop", "name=catch-up");
                }
                double catchUp = (System.nanoTime() - restart) / 1e9;
                var seeding = new BulkSeeding(restarted, drafts, seeded, bytes, catchUp, restarted.head(),
                        restarted.verification());
                System.err.println(Instant.now() + " " + seeding.describe());
                return seeding;
            } catch (Exception | Error failure) {
                restarted.close();
                throw failure;
            }
        }

        String describe() {
            return String.format("seeded with %d news drafts through the store's own bulk append (`--seed=bulk`, "
                            + "StoreSeeder in the application's jar and Spring context, web server and event "
                            + "processors off): %s; the seeder's process took %.0f s with its start, checkpoints "
                            + "and verification (%s); data directory %.1f MB after seeding. Restarted, **every read "
                            + "model was at the head %.0f s after the process start (%.0f events/s over the seeded "
                            + "drafts)**; head %d; the restarted instance's `GET /api/audit/verification`: %s, %d "
                            + "events, %d checkpoints",
                    drafts, seeded.line("seeded "), seeded.seconds(), seeded.line("checkpoints "), dataBytes / 1e6,
                    catchUpSeconds, drafts / catchUpSeconds, head, verification.path("result").asString(),
                    verification.path("eventsChecked").asLong(), verification.path("checkpointsChecked").asLong());
        }
    }

    /** One instance of the application, in a process of its own. */
    private static final class App implements AutoCloseable {

        private final String name;
        private final String jar;
        private final Process process;
        private final Path dataDir;
        private final String base;
        private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        private final AtomicLong members = new AtomicLong();
        private String token;
        private Instant tokenAt = Instant.EPOCH;
        private String workingGroup;
        private List<String> workingGroups = List.of();

        private App(String name, String jar, Process process, Path dataDir, int port) {
            this.name = name;
            this.jar = jar;
            this.process = process;
            this.dataDir = dataDir;
            this.base = "http://127.0.0.1:" + port;
        }

        static App start(String jar, String name) throws IOException {
            return start(jar, name, Files.createTempDirectory("regionet-readside-" + name));
        }

        private static App start(String jar, String name, Path dataDir) throws IOException {
            int port;
            try (var socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            var command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx2g",
                    "-jar", jar, "--spring.profiles.active=demo", "--server.port=" + port,
                    "--regionet.data-dir=" + dataDir, "--regionet.security.rate-limit.enabled=false",
                    "--logging.level.root=WARN");
            var process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log(dataDir).toFile())).start();
            return new App(name, jar, process, dataDir, port);
        }

        static Path log(Path dataDir) {
            return dataDir.resolveSibling(dataDir.getFileName() + ".log");
        }

        /** Stops this instance and starts it again on the same data directory (and another port). */
        App restart() throws Exception {
            close();
            return start(jar, name, dataDir);
        }

        /** Waits until the demo data is there and every read model at the head, within {@code patience}. */
        void awaitDemoData(Duration patience) throws Exception {
            // on a shared machine the demo import alone has taken more than five minutes
            var deadline = Instant.now().plusSeconds(1_200);
            while (Instant.now().isBefore(deadline)) {
                try {
                    var regions = get(SAXONY_ANHALT_REGIONS);
                    if (regions.statusCode() == 200 && JSON.readTree(regions.body()).size() >= 14
                            && !importing()) {
                        awaitReadModels(patience);
                        var groups = new ArrayList<String>();
                        for (var region : JSON.readTree(get(SAXONY_ANHALT_REGIONS).body())) {
                            if (region.hasNonNull("workingGroupId")) {
                                groups.add(region.get("workingGroupId").asString());
                            }
                        }
                        if (!groups.isEmpty()) {
                            workingGroups = List.copyOf(groups);
                            workingGroup = groups.get(0);
                            return;
                        }
                    }
                } catch (IOException | IllegalStateException starting) {
                    // not listening yet
                }
                Thread.sleep(1_000);
            }
            throw new IllegalStateException(name + ": the demo data was not there within 20 minutes");
        }

        /** Whether the demo data's import is still running (its regions are there before its working groups). */
        private boolean importing() throws Exception {
            for (var run : JSON.readTree(get("/api/admin/imports").body())) {
                if ("RUNNING".equals(run.path("state").asString())) {
                    return true;
                }
            }
            return false;
        }

        /** Drafts one news article over HTTP and answers its id. */
        String draft() throws Exception {
            var answer = send("POST", "/api/news", article(0, 0), null);
            if (answer.statusCode() >= 300) {
                throw new IllegalStateException(name + ": draft answered " + answer.statusCode() + " " + answer.body());
            }
            return JSON.readTree(answer.body()).get("id").asString();
        }

        /** What the store's verifier says ({@code GET /api/audit/verification}). */
        JsonNode verification() throws Exception {
            return JSON.readTree(get("/api/audit/verification").body());
        }

        /** Drafts news articles, 16 at a time, until the store holds {@code events}. */
        void growTo(long events) throws Exception {
            var permits = new Semaphore(IN_FLIGHT);
            long drafts = Math.max(0, events - head());
            for (long i = 0; i < drafts; i++) {
                permits.acquire();
                long draft = i;
                sendAsync("POST", "/api/news", article((int) (i % ARTICLES), i), null)
                        .whenComplete((answer, failure) -> {
                            if (answer == null || answer.statusCode() >= 300) {
                                System.err.println("draft " + draft + " failed: "
                                        + (answer != null ? answer.statusCode() + " " + answer.body() : failure));
                            }
                            permits.release();
                        });
            }
            permits.acquire(IN_FLIGHT);
        }

        private static String article(int number, long edit) {
            return "{\"title\":\"Netzwerktreffen " + number + "\",\"teaser\":\"Stand " + edit + "\",\"body\":\"Die "
                    + "Regionalen Arbeitskreise treffen sich zum Austausch über Projektergebnisse und neue Aufrufe. "
                    + "Fassung " + edit + ".\",\"tags\":[\"Netzwerk\"],\"regionKeys\":[],\"fundingAreas\":[]}";
        }

        double read(String path) throws Exception {
            long begin = System.nanoTime();
            var answer = get(path);
            double millis = (System.nanoTime() - begin) / 1e6;
            if (answer.statusCode() != 200) {
                throw new IllegalStateException(name + ": " + path + " answered " + answer.statusCode());
            }
            return millis;
        }

        double admitMember(long round) throws Exception {
            var group = workingGroups.get((int) (round % workingGroups.size()));
            long begin = System.nanoTime();
            var answer = send("POST", "/api/working-groups/" + group + "/members", member(), null);
            double millis = (System.nanoTime() - begin) / 1e6;
            if (answer.statusCode() != 201) {
                throw new IllegalStateException(name + ": admission answered " + answer.statusCode() + " "
                        + answer.body());
            }
            return millis;
        }

        private String member() {
            return "{\"organisation\":\"Bildungsträger " + members.incrementAndGet()
                    + "\",\"category\":\"OTHER\"}";
        }

        /** Registers regions 15101 … with a working group each; from now on admissions go to these. */
        void addWorkingGroups(int count) throws Exception {
            var groups = new ArrayList<String>();
            for (int i = 0; i < count; i++) {
                var key = String.valueOf(15101 + i);
                send("POST", "/api/regions", "{\"key\":\"" + key + "\",\"name\":\"Benchkreis " + key
                        + "\",\"kind\":\"DISTRICT\"}", null);
                var group = send("POST", "/api/working-groups", "{\"regionKey\":\"" + key + "\",\"name\":\"RAK "
                        + key + "\"}", null);
                groups.add(JSON.readTree(group.body()).get("id").asString());
            }
            workingGroups = List.copyOf(groups);
        }

        /** Member admissions at a fixed rate, open loop; answers the command times in ms. */
        List<Double> burst(int seconds, int rate) throws Exception {
            var times = new ArrayList<Double>();
            var pending = new ArrayList<CompletableFuture<Void>>();
            long start = System.nanoTime();
            long total = (long) seconds * rate;
            for (long i = 0; i < total; i++) {
                long due = start + i * 1_000_000_000L / rate;
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                }
                var group = workingGroups.get((int) (i % workingGroups.size()));
                pending.add(sendAsync("POST", "/api/working-groups/" + group + "/members", member(), null)
                        .thenAccept(answer -> {
                            synchronized (times) {
                                times.add((System.nanoTime() - due) / 1e6);
                            }
                        }));
            }
            CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).join();
            return times;
        }

        long head() throws Exception {
            return JSON.readTree(send("GET", "/api/admin/projections", null, null).body()).get(0).get("head").asLong();
        }

        long maxLag() throws Exception {
            long max = 0;
            for (var status : JSON.readTree(send("GET", "/api/admin/projections", null, null).body())) {
                if (status.hasNonNull("lagEvents")) {
                    max = Math.max(max, status.get("lagEvents").asLong());
                }
            }
            return max;
        }

        void awaitReadModels(Duration patience) throws Exception {
            var deadline = Instant.now().plus(patience);
            var reported = Instant.now();
            while (Instant.now().isBefore(deadline)) {
                long lag = maxLag();
                if (lag == 0) {
                    return;
                }
                if (Instant.now().isAfter(reported.plusSeconds(60))) {
                    System.err.println(Instant.now() + " " + name + ": the furthest read model is " + lag
                            + " events behind");
                    reported = Instant.now();
                }
                Thread.sleep(100);
            }
            throw new IllegalStateException(name + ": read models not at the head within " + patience);
        }

        /** Starts a rebuild and answers the seconds until it is done. */
        /** Waits until this instance's JVM answers {@code jcmd}, about a second after its start. */
        void awaitJvm() throws Exception {
            for (int attempt = 0; attempt < 100; attempt++) {
                try {
                    jcmd("VM.uptime");
                    return;
                } catch (IllegalStateException notYet) {
                    Thread.sleep(100);
                }
            }
            throw new IllegalStateException(name + ": jcmd does not reach the application");
        }

        /** Runs {@code jcmd} on this instance's process and waits for it. */
        void jcmd(String... arguments) throws Exception {
            var command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                    Long.toString(process.pid())));
            command.addAll(List.of(arguments));
            var jcmd = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (jcmd.waitFor() != 0) {
                throw new IllegalStateException("jcmd " + String.join(" ", arguments) + " failed: " + jcmd.exitValue());
            }
        }

        double rebuild(String readModel) throws Exception {
            long begin = System.nanoTime();
            var answer = send("POST", "/api/admin/projections/" + readModel + "/replay", null, null);
            if (answer.statusCode() >= 300) {
                throw new IllegalStateException(readModel + ": " + answer.statusCode() + " " + answer.body());
            }
            while (true) {
                Thread.sleep(200);
                JsonNode status = JSON.readTree(send("GET", "/api/admin/projections/" + readModel, null, null).body());
                if (status.get("replay") == null || status.get("replay").isNull()) {
                    if (status.hasNonNull("lagEvents") && status.get("lagEvents").asLong() == 0) {
                        return (System.nanoTime() - begin) / 1e9;
                    }
                }
            }
        }

        Export export() throws Exception {
            long begin = System.nanoTime();
            var answer = http.send(authorised(HttpRequest.newBuilder(URI.create(base + "/api/audit/events")))
                    .header("Accept", "application/x-ndjson").GET().build(), HttpResponse.BodyHandlers.ofLines());
            long events = 0;
            long bytes = 0;
            try (Stream<String> lines = answer.body()) {
                for (var line : (Iterable<String>) lines::iterator) {
                    events++;
                    bytes += line.getBytes(StandardCharsets.UTF_8).length;
                }
            }
            return new Export(events, bytes, (System.nanoTime() - begin) / 1e9);
        }

        long dataBytes() throws IOException {
            try (var files = Files.walk(dataDir)) {
                return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
            }
        }

        private HttpResponse<String> get(String path) throws Exception {
            return send("GET", path, null, null);
        }

        private HttpResponse<String> send(String method, String path, String body, String ifMatch) throws Exception {
            return http.send(request(method, path, body, ifMatch), HttpResponse.BodyHandlers.ofString());
        }

        private CompletableFuture<HttpResponse<String>> sendAsync(String method, String path, String body,
                                                                  String ifMatch) throws Exception {
            return http.sendAsync(request(method, path, body, ifMatch), HttpResponse.BodyHandlers.ofString());
        }

        private HttpRequest request(String method, String path, String body, String ifMatch) throws Exception {
            var builder = authorised(HttpRequest.newBuilder(URI.create(base + path)))
                    .header("Accept", "application/json").header("Content-Type", "application/json")
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(body));
            if (ifMatch != null) {
                builder.header("If-Match", ifMatch);
            }
            return builder.build();
        }

        private synchronized HttpRequest.Builder authorised(HttpRequest.Builder builder) throws Exception {
            if (token == null || Instant.now().isAfter(tokenAt.plusSeconds(600))) {
                var basic = Base64.getEncoder().encodeToString("office:office-demo".getBytes(StandardCharsets.UTF_8));
                var answer = http.send(HttpRequest.newBuilder(URI.create(base + "/api/auth/token"))
                        .header("Authorization", "Basic " + basic).POST(HttpRequest.BodyPublishers.noBody()).build(),
                        HttpResponse.BodyHandlers.ofString());
                token = JSON.readTree(answer.body()).get("access_token").asString();
                tokenAt = Instant.now();
            }
            return builder.header("Authorization", "Bearer " + token);
        }

        @Override
        public void close() throws InterruptedException {
            process.destroy();
            process.waitFor();
        }
    }
}
