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
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * What sealing personal data costs (issue 21, ADR 0022): the same registrations for network events sent to two
 * instances of the application jar side by side, each in its own process on the embedded default (H2 file, a new data
 * directory each) with the demo profile and request throttling off. On the <em>sealed</em> instance every
 * registration names a participant with an address of its own, so each is a new data subject: a key created and
 * stored, the blind index written, name and e-mail sealed (AES-GCM) into the event. On the <em>plain</em> instance the
 * same registrations name no participant, so nothing is sealed. Measured:
 * <ol>
 *     <li>registrations: commands/s and p50/p99 per instance. They are sent in blocks of {@code --block} (250), one
 *     instance's block after the other's, each by {@code --threads} (4) client threads as the network office, with
 *     both instances' read models at the head before each block, so a noisy machine hits both alike and neither
 *     pays for the other's projections;</li>
 *     <li>the replay of the network events' read model from the first event on both, in turns, until it is at the
 *     head again: events/s over the whole store;</li>
 *     <li>on the sealed instance, the access request {@code GET /api/personal-data?email=…}, which reads the whole
 *     store once: p50 over {@code --accesses} (5) addresses.</li>
 * </ol>
 * No test asserts a time. Run from the repository root after {@code mvn -B -q -Pbench package -DskipTests}:
 * <pre>
 *   java -cp bench/target/bench.jar -Dloader.main=de.regionet.bench.PersonalDataBenchmark \
 *        org.springframework.boot.loader.launch.PropertiesLauncher [--registrations=5000] [--events=10]
 *        [--threads=4] [--block=250] [--warmup=100] [--replays=2] [--accesses=5] [--jar=infra/target/regionet.jar]
 * </pre>
 */
public final class PersonalDataBenchmark {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** The read model that holds the registrations, as {@code /api/admin/projections} names its processor. */
    private static final String READ_MODEL = "network_events";
    private static final int CAPACITY = 100_000;

    public static void main(String[] args) throws Exception {
        Locale.setDefault(Locale.ROOT);
        var options = Options.parse(args);
        int registrations = Integer.parseInt(options.getOrDefault("registrations", "5000"));
        int events = Integer.parseInt(options.getOrDefault("events", "10"));
        int threads = Integer.parseInt(options.getOrDefault("threads", "4"));
        int block = Integer.parseInt(options.getOrDefault("block", "250"));
        int warmUp = Integer.parseInt(options.getOrDefault("warmup", "100"));
        int replays = Integer.parseInt(options.getOrDefault("replays", "2"));
        int accesses = Integer.parseInt(options.getOrDefault("accesses", "5"));
        var jar = options.getOrDefault("jar", "infra/target/regionet.jar");
        var command = "java -cp bench/target/bench.jar -Dloader.main=" + PersonalDataBenchmark.class.getName()
                + " org.springframework.boot.loader.launch.PropertiesLauncher " + String.join(" ", args);
        var started = Instant.now();
        var loadAtStart = Machine.loadAverage();
        var report = new StringBuilder();
        try (var sealed = App.start(jar, "sealed", true); var plain = App.start(jar, "plain", false)) {
            var apps = List.of(sealed, plain);
            for (var app : apps) {
                app.awaitDemoData();
                app.publishEvents(events);
            }
            report.append(header(command, started, loadAtStart, registrations, events, threads, block, warmUp));
            var sending = new Sending(apps, threads, block);
            sending.send(0, warmUp, false);
            report.append(sending.send(warmUp, registrations, true));
            report.append(eventSizes(apps));
            report.append(replays(apps, replays));
            report.append(accessRequests(sealed, warmUp, registrations, accesses));
        }
        report.append("\nLoad average at the end: ").append(Machine.loadAverage()).append('\n');
        System.out.println(report);
        System.exit(0);
    }

    private static String header(String command, Instant started, String load, int registrations, int events,
                                 int threads, int block, int warmUp) {
        var machine = Machine.current();
        return "Personal-data benchmark, " + started + ", " + Revision.describe() + "\n\n```sh\n" + command
                + "\n```\n\n" + machine.processors() + " cores, " + machine.cpu() + ", " + machine.memory() + ", "
                + machine.os() + "; " + machine.javaVersion() + "; load at start " + load + ". Two instances with "
                + "-Xmx2g on the H2 default, demo profile, throttling off. " + registrations + " registrations to "
                + "each (after " + warmUp + " not measured), spread over " + events + " published network events "
                + "of capacity " + CAPACITY + ", in blocks of " + block + " per instance in turns, by " + threads
                + " client threads as the network office.\n\n";
    }

    /** What a sealed participant adds to the stored event: registration events' lines in the NDJSON export. */
    private static String eventSizes(List<App> apps) throws Exception {
        var table = new StringBuilder("| instance | registration events | **bytes per registration event** |\n"
                + "| --- | --- | --- |\n");
        var means = new ArrayList<Double>();
        for (var app : apps) {
            var lines = app.exportLines("AttendeeRegistered");
            double mean = lines.stream().mapToInt(Integer::intValue).average().orElse(Double.NaN);
            means.add(mean);
            table.append(String.format("| %s | %d | **%.0f** |%n", app.name, lines.size(), mean));
        }
        return String.format("Registration events as exported (`GET /api/audit/events`, NDJSON, one line each with "
                + "hashes and metadata); **sealed / plain: %.2f×**.%n%n", means.get(0) / means.get(1)) + table + "\n";
    }

    /** Replays the read model on each instance in turns, {@code rounds} times, and tables the median. */
    private static String replays(List<App> apps, int rounds) throws Exception {
        var seconds = List.of(new ArrayList<Double>(), new ArrayList<Double>());
        for (int round = 0; round < rounds; round++) {
            for (int i = 0; i < apps.size(); i++) {
                seconds.get(i).add(apps.get(i).replay(READ_MODEL));
            }
        }
        var table = new StringBuilder("| instance | events in the store | replays s | median s | **events/s** |\n"
                + "| --- | --- | --- | --- | --- |\n");
        var rates = new ArrayList<Double>();
        for (int i = 0; i < apps.size(); i++) {
            long head = apps.get(i).head();
            double median = Stats.percentile(seconds.get(i), 50);
            rates.add(head / median);
            table.append(String.format("| %s | %d | %s | %.1f | **%.0f** |%n", apps.get(i).name, head,
                    seconds.get(i).stream().map(s -> String.format("%.1f", s)).collect(Collectors.joining(", ")),
                    median, head / median));
        }
        return String.format("Replay of `%s` from the first event until it is at the head again, %d round(s), the "
                        + "instances in turns; **sealed / plain: %.2f×** (events/s).%n%n", READ_MODEL, rounds,
                rates.get(0) / rates.get(1)) + table + "\n";
    }

    private static String accessRequests(App sealed, int first, int registrations, int count) throws Exception {
        var millis = new ArrayList<Double>();
        var found = new ArrayList<Integer>();
        for (int i = 0; i < count; i++) {
            int registration = first + (int) ((long) registrations * i / Math.max(1, count));
            long begin = System.nanoTime();
            var answer = sealed.get("/api/personal-data?email="
                    + URLEncoder.encode(Registration.email(registration), StandardCharsets.UTF_8));
            millis.add((System.nanoTime() - begin) / 1e6);
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("access request answered " + answer.statusCode() + " "
                        + answer.body());
            }
            found.add(JSON.readTree(answer.body()).path("events").size());
        }
        return String.format("Access request `GET /api/personal-data?email=…` on the sealed instance (%d events), "
                        + "%d addresses one after the other: **p50 %.0f ms** (each: %s ms; events found per person: "
                        + "%s).%n", sealed.head(), count, Stats.percentile(millis, 50),
                millis.stream().map(m -> String.format("%.0f", m)).collect(Collectors.joining(", ")),
                found.stream().map(String::valueOf).collect(Collectors.joining(", ")));
    }

    /** The same registration for both instances; only the sealed one names its participant. */
    private record Registration(int number) {

        static String email(int number) {
            return "teilnehmerin." + number + "@example.org";
        }

        String body(boolean withParticipant) {
            var organisation = "\"organisation\":\"Bildungsträger " + number + "\"";
            return withParticipant
                    ? "{" + organisation + ",\"participant\":{\"name\":\"Teilnehmerin " + number + "\",\"email\":\""
                    + email(number) + "\"}}"
                    : "{" + organisation + "}";
        }
    }

    /** Sends registrations in blocks, one instance's after the other's, and keeps each instance's times. */
    private static final class Sending {

        private final List<App> apps;
        private final int threads;
        private final int block;

        Sending(List<App> apps, int threads, int block) {
            this.apps = apps;
            this.threads = threads;
            this.block = block;
        }

        /** Sends registrations {@code from} … {@code from + count - 1} to every instance; answers the table. */
        String send(int from, int count, boolean measured) throws Exception {
            var latencies = List.of(Collections.synchronizedList(new ArrayList<Double>()),
                    Collections.synchronizedList(new ArrayList<Double>()));
            var busyNanos = new long[apps.size()];
            for (int start = from; start < from + count; start += block) {
                int end = Math.min(from + count, start + block);
                for (int turn = 0; turn < apps.size(); turn++) {
                    // who goes first alternates, so neither always follows the other's block
                    int i = (turn + start / block) % apps.size();
                    for (var app : apps) {
                        app.awaitReadModels(Duration.ofMinutes(10));
                    }
                    long begin = System.nanoTime();
                    apps.get(i).register(start, end, threads, latencies.get(i));
                    busyNanos[i] += System.nanoTime() - begin;
                }
                if (measured) {
                    System.err.printf("%s registrations up to %d sent%n", Instant.now(), end);
                }
            }
            var table = new StringBuilder("| instance | registrations | s | **commands/s** | p50 ms | p99 ms |\n"
                    + "| --- | --- | --- | --- | --- | --- |\n");
            var rates = new ArrayList<Double>();
            var p50 = new ArrayList<Double>();
            var p99 = new ArrayList<Double>();
            for (int i = 0; i < apps.size(); i++) {
                double seconds = busyNanos[i] / 1e9;
                rates.add(count / seconds);
                p50.add(Stats.percentile(latencies.get(i), 50));
                p99.add(Stats.percentile(latencies.get(i), 99));
                table.append(String.format("| %s | %d | %.1f | **%.1f** | %.1f | %.1f |%n", apps.get(i).name, count,
                        seconds, count / seconds, p50.get(i), p99.get(i)));
            }
            table.append(String.format("| **sealed / plain** | | | **%.2f×** | %.2f× | %.2f× |%n",
                    rates.get(0) / rates.get(1), p50.get(0) / p50.get(1), p99.get(0) / p99.get(1)));
            return "Registrations (`POST /api/network-events/{id}/registrations`; sealed: with `participant`, each a "
                    + "new data subject; plain: without):\n\n" + table + "\n";
        }
    }

    /** One instance of the application, in a process of its own. */
    private static final class App implements AutoCloseable {

        private final String name;
        private final boolean sealing;
        private final Process process;
        private final String base;
        private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        private final List<String> events = new ArrayList<>();
        private String token;
        private Instant tokenAt = Instant.EPOCH;

        private App(String name, boolean sealing, Process process, int port) {
            this.name = name;
            this.sealing = sealing;
            this.process = process;
            this.base = "http://127.0.0.1:" + port;
        }

        static App start(String jar, String name, boolean sealing) throws IOException {
            int port;
            try (var socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            var dataDir = Files.createTempDirectory("regionet-personal-" + name);
            var command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx2g",
                    "-jar", jar, "--spring.profiles.active=demo", "--server.port=" + port,
                    "--regionet.data-dir=" + dataDir, "--regionet.security.rate-limit.enabled=false",
                    "--logging.level.root=WARN");
            var log = dataDir.resolveSibling(dataDir.getFileName() + ".log");
            var process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            System.err.println(Instant.now() + " " + name + " started on port " + port + ", log " + log);
            return new App(name, sealing, process, port);
        }

        /** Waits until the demo data's import is done and every read model is at the head. */
        void awaitDemoData() throws Exception {
            // on a shared machine the demo import alone has taken more than five minutes
            var deadline = Instant.now().plus(Duration.ofMinutes(20));
            while (Instant.now().isBefore(deadline)) {
                try {
                    var regions = get("/api/networks/sachsen-anhalt/regions");
                    if (regions.statusCode() == 200 && JSON.readTree(regions.body()).size() >= 14 && !importing()) {
                        awaitReadModels(Duration.ofMinutes(10));
                        return;
                    }
                } catch (IOException | IllegalStateException starting) {
                    // not listening yet
                }
                Thread.sleep(1_000);
            }
            throw new IllegalStateException(name + ": the demo data was not there within 20 minutes");
        }

        private boolean importing() throws Exception {
            for (var run : JSON.readTree(get("/api/admin/imports").body())) {
                if ("RUNNING".equals(run.path("state").asString())) {
                    return true;
                }
            }
            return false;
        }

        /** Drafts and publishes {@code count} network events in two months' time, each with room for everyone. */
        void publishEvents(int count) throws Exception {
            var start = OffsetDateTime.now(ZoneOffset.ofHours(1)).plusDays(60).truncatedTo(ChronoUnit.HOURS);
            for (int i = 0; i < count; i++) {
                var draft = expectSuccess(send("POST", "/api/network-events", "{\"title\":\"Netzwerktag " + i
                        + "\",\"description\":\"Austausch der Regionalen Arbeitskreise.\",\"start\":\"" + start
                        + "\",\"end\":\"" + start.plusHours(6) + "\",\"location\":\"Magdeburg\",\"onlineUrl\":null,"
                        + "\"capacity\":" + CAPACITY + ",\"regionKeys\":[]}"));
                var id = JSON.readTree(draft.body()).get("id").asString();
                expectSuccess(send("POST", "/api/network-events/" + id + "/publication", null));
                events.add(id);
            }
        }

        /** Sends registrations {@code from} … {@code to - 1} by {@code threads} threads; adds their times in ms. */
        void register(int from, int to, int threads, List<Double> millis) throws Exception {
            var next = new AtomicInteger(from);
            var pool = Executors.newFixedThreadPool(threads);
            try {
                var senders = new ArrayList<Future<Void>>();
                for (int t = 0; t < threads; t++) {
                    senders.add(pool.submit(() -> {
                        for (int number = next.getAndIncrement(); number < to; number = next.getAndIncrement()) {
                            var path = "/api/network-events/" + events.get(number % events.size()) + "/registrations";
                            long begin = System.nanoTime();
                            var answer = send("POST", path, new Registration(number).body(sealing));
                            millis.add((System.nanoTime() - begin) / 1e6);
                            expectSuccess(answer);
                        }
                        return null;
                    }));
                }
                for (var sender : senders) {
                    sender.get();
                }
            } finally {
                pool.shutdownNow();
            }
        }

        /** Starts a replay from the first event and answers the seconds until the read model is at the head. */
        double replay(String readModel) throws Exception {
            awaitReadModels(Duration.ofMinutes(10));
            long begin = System.nanoTime();
            var answer = expectSuccess(send("POST", "/api/admin/projections/" + readModel + "/replay", null));
            // done only once it was seen replaying, so a status read before the reset does not end the timing
            boolean seen = replaying(JSON.readTree(answer.body()));
            while (true) {
                Thread.sleep(100);
                JsonNode status = JSON.readTree(get("/api/admin/projections/" + readModel).body());
                seen |= replaying(status);
                if (seen && !replaying(status)) {
                    return (System.nanoTime() - begin) / 1e9;
                }
            }
        }

        private static boolean replaying(JsonNode status) {
            return status.hasNonNull("replay") || status.path("lagEvents").asLong(0) > 0;
        }

        /** The UTF-8 length of every line of the NDJSON export that contains {@code text}. */
        List<Integer> exportLines(String text) throws Exception {
            var request = authorised(HttpRequest.newBuilder(URI.create(base + "/api/audit/events")))
                    .header("Accept", "application/x-ndjson").GET().build();
            try (var lines = http.send(request, HttpResponse.BodyHandlers.ofLines()).body()) {
                return lines.filter(line -> line.contains(text))
                        .map(line -> line.getBytes(StandardCharsets.UTF_8).length).toList();
            }
        }

        long head() throws Exception {
            return JSON.readTree(get("/api/admin/projections").body()).get(0).get("head").asLong();
        }

        void awaitReadModels(Duration patience) throws Exception {
            var deadline = Instant.now().plus(patience);
            while (Instant.now().isBefore(deadline)) {
                long lag = 0;
                for (var status : JSON.readTree(get("/api/admin/projections").body())) {
                    lag = Math.max(lag, status.path("lagEvents").asLong(0));
                }
                if (lag == 0) {
                    return;
                }
                Thread.sleep(100);
            }
            throw new IllegalStateException(name + ": read models not at the head within " + patience);
        }

        /** Answers the answer if it succeeded; a failed request ends the run, as its figures would mean nothing. */
        private HttpResponse<String> expectSuccess(HttpResponse<String> answer) {
            if (answer.statusCode() / 100 != 2) {
                throw new IllegalStateException(name + ": " + answer.request().method() + " " + answer.uri()
                        + " answered " + answer.statusCode() + " " + answer.body());
            }
            return answer;
        }

        HttpResponse<String> get(String path) throws Exception {
            return send("GET", path, null);
        }

        private HttpResponse<String> send(String method, String path, String body) throws Exception {
            var request = authorised(HttpRequest.newBuilder(URI.create(base + path)))
                    .header("Accept", "application/json").header("Content-Type", "application/json")
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(body)).build();
            return http.send(request, HttpResponse.BodyHandlers.ofString());
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
