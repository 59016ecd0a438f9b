package de.regionet.bench;

import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * How fast a command reaches the live feed's viewers (issue 20), against what the machine can push at all. The
 * application jar runs in a process of its own ({@code -Xmx2g}, embedded H2 default in a new temporary data
 * directory, request throttling off, one embedded network-office user); 200 regions with a working group each are
 * set up over HTTP. For each session count, that many STOMP sessions subscribe to {@code /topic/network-activity},
 * and as many to the {@link RawBroadcastServer raw-broadcast floor} (the same Tomcat WebSocket server, no broker,
 * no store, started the same way from this jar). Each step sends member admissions spread over the 200 working
 * groups at a fixed rate, open loop (a command's time is its scheduled time, so queueing counts), from a few async
 * HTTP clients; the floor gets the same rates of broadcasts (its steps first), each a pre-encoded frame of the live
 * message's size.
 * Every (session, message) pair is timed from the command's scheduled time to the frame's arrival, matched by
 * aggregate id and version; a message not there {@code --grace} seconds after the step is lost.
 * <p>
 * Options: {@code --sessions=100,1000 --rates=20,50,100 --warmup=5 --step=20 --grace=30
 * --jar=infra/target/regionet.jar --bench-jar=bench/target/bench.jar --out=docs/BENCHMARKS.md} ({@code --out=}
 * only prints). Run from the repository root after {@code mvn -B -q -Pbench package -DskipTests}:
 * <pre>
 *   java -cp bench/target/bench.jar -Dloader.main=de.regionet.bench.LiveFeedBenchmark \
 *        org.springframework.boot.loader.launch.PropertiesLauncher
 * </pre>
 */
public final class LiveFeedBenchmark {

    static final String BLOCK = "live-feeds";
    private static final String TOPIC = "/topic/network-activity";
    private static final int GROUPS = 200;
    private static final int FIRST_REGION = 15101;
    private static final int HTTP_CLIENTS = 4;
    private static final int SOCKET_CLIENTS = 4;
    private static final double TARGET_P99_MS = 250;
    private static final int CATCH_UP_SECONDS = 180;
    private static final String USER = "bench";
    private static final String PASSWORD = "office-demo";
    /** The demo profile's hash of {@value #PASSWORD}. */
    private static final String PASSWORD_HASH =
            "{bcrypt}$2a$10$4Fe4K10KZv5NKn1l37Pv7e0ERMXvRBLScAiD6JalIDRGk5qGgUzkS";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One server the sessions read from: the application, or the floor. */
    private record Side(String name, String base, URI socket, ProcessProbe probe) {
    }

    /** One command's answer: its HTTP status (0: no answer), when it came, and the key of its message. */
    private record Answer(int status, long nanoTime, long key) {
    }

    /** What one step measured. Times in milliseconds. */
    record Row(int sessions, int rate, String side, int commands, int failed, double httpP50, double httpP99,
               double p50, double p95, double p99, double max, long expected, long lost, double cpuPercent,
               double peakRssMb, double clientCpuPercent) {

        boolean sustained() {
            return failed == 0 && lost == 0 && p99 < TARGET_P99_MS;
        }
    }

    private final Map<String, String> options;
    private final int warmup;
    private final int step;
    private final int grace;
    private final List<HttpClient> http = new ArrayList<>();
    private final List<HttpClient> sockets = new ArrayList<>();
    private final List<String> groupIds = new ArrayList<>();
    private final Map<String, Integer> groupIndex = new HashMap<>();
    private final LongAdder received = new LongAdder();
    private final AtomicLong sequence = new AtomicLong();
    private final AtomicReference<String> firstFailure = new AtomicReference<>();
    /** This process: the load generator and every session's reader share the machine with the servers. */
    private final ProcessProbe client = new ProcessProbe(ProcessHandle.current().pid());
    private final String runId = Long.toString(System.currentTimeMillis(), 36);
    private String token;
    private int frameBytes;
    private String frameSample;

    private LiveFeedBenchmark(Map<String, String> options) {
        this.options = options;
        this.warmup = Integer.parseInt(options.getOrDefault("warmup", "5"));
        this.step = Integer.parseInt(options.getOrDefault("step", "20"));
        this.grace = Integer.parseInt(options.getOrDefault("grace", "30"));
        for (int i = 0; i < HTTP_CLIENTS; i++) {
            http.add(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build());
        }
        for (int i = 0; i < SOCKET_CLIENTS; i++) {
            sockets.add(HttpClient.newHttpClient());
        }
    }

    public static void main(String[] args) throws Exception {
        Locale.setDefault(Locale.ROOT);
        var options = Options.parse(args);
        var started = ZonedDateTime.now(ZoneOffset.UTC);
        long begin = System.nanoTime();
        var loadBefore = Machine.loadAverage();
        var dataDir = Files.createTempDirectory("regionet-live-feed");
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        int appPort = freePort();
        int floorPort = freePort();
        Files.createDirectories(Path.of("bench/target"));
        var appCommand = new ArrayList<>(List.of(java, "-Xmx2g"));
        // e.g. --app-jvm="-XX:StartFlightRecording=filename=bench/target/live.jfr" to profile the application
        var appJvm = options.getOrDefault("app-jvm", "");
        if (!appJvm.isBlank()) {
            appCommand.addAll(List.of(appJvm.strip().split("\\s+")));
        }
        appCommand.addAll(List.of("-jar", options.getOrDefault("jar", "infra/target/regionet.jar"),
                "--server.port=" + appPort, "--regionet.data-dir=" + dataDir,
                "--regionet.security.rate-limit.enabled=false", "--regionet.security.token.lifetime=12h",
                "--regionet.users[0].name=" + USER, "--regionet.users[0].password-hash=" + PASSWORD_HASH,
                "--regionet.users[0].roles[0]=NETWORK_OFFICE", "--logging.level.root=WARN"));
        var app = start(appCommand, Path.of("bench/target/live-feed-app.log"));
        var floor = start(List.of(java, "-Xmx2g", "-cp", options.getOrDefault("bench-jar", "bench/target/bench.jar"),
                "-Dloader.main=" + RawBroadcastServer.class.getName(),
                "org.springframework.boot.loader.launch.PropertiesLauncher", "--server.port=" + floorPort,
                "--spring.main.banner-mode=off"), Path.of("bench/target/live-feed-floor.log"));
        try (var appProbe = new ProcessProbe(app.pid()); var floorProbe = new ProcessProbe(floor.pid())) {
            var bench = new LiveFeedBenchmark(options);
            var live = new Side("live", "http://127.0.0.1:" + appPort, URI.create("ws://127.0.0.1:" + appPort
                    + "/ws"), appProbe);
            var raw = new Side("floor", "http://127.0.0.1:" + floorPort, URI.create("ws://127.0.0.1:" + floorPort
                    + "/ws"), floorProbe);
            bench.awaitReady(live.base() + "/actuator/health", app);
            bench.awaitReady(raw.base() + "/ready", floor);
            bench.setUp(live);
            var rows = bench.run(live, raw, list(options.getOrDefault("sessions", "100,1000")),
                    list(options.getOrDefault("rates", "20,50,100")));
            var report = bench.report(args, started, Duration.ofNanos(System.nanoTime() - begin), loadBefore,
                    Machine.loadAverage(), rows);
            System.out.println(report);
            var out = options.getOrDefault("out", "docs/BENCHMARKS.md");
            if (!out.isEmpty()) {
                var file = Path.of(out);
                Files.writeString(file, Report.replace(Files.readString(file), BLOCK, report));
            }
        } finally {
            app.destroy();
            floor.destroy();
            app.waitFor(30, TimeUnit.SECONDS);
            floor.waitFor(30, TimeUnit.SECONDS);
            delete(dataDir);
        }
        System.exit(0);
    }

    /**
     * Per session count: the floor's steps first, then the application's, so that an application still working
     * off a backlog does not take the machine from the floor; the rows are reported side by side per rate.
     */
    private List<Row> run(Side live, Side floor, List<Integer> sessionCounts, List<Integer> rates) throws Exception {
        var rows = new ArrayList<Row>();
        for (int sessions : sessionCounts) {
            var liveReaders = connect(live, token, sessions);
            var floorReaders = connect(floor, null, sessions);
            Thread.sleep(2_000); // the subscriptions registered
            if (frameSample == null) {
                sampleFrame(live, liveReaders.get(0));
            }
            for (int rate : rates) {
                rows.add(step(floor, floorReaders, rate));
            }
            for (int rate : rates) {
                awaitCaughtUp(live);
                rows.add(step(live, liveReaders, rate));
            }
            Stream.concat(liveReaders.stream(), floorReaders.stream()).forEach(StompReader::close);
            Thread.sleep(2_000);
        }
        rows.sort(Comparator.comparingInt(Row::sessions).thenComparingInt(Row::rate)
                .thenComparing(row -> !row.side().equals("live")));
        return rows;
    }

    /** One admission before the steps: its live frame is the size the floor's frames are padded to. */
    private void sampleFrame(Side live, StompReader reader) throws Exception {
        admit(live, 0).get(60, TimeUnit.SECONDS);
        var deadline = Instant.now().plusSeconds(60);
        while (reader.firstFrame() == null && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        frameSample = reader.firstFrame();
        frameBytes = frameSample == null ? 0 : reader.firstFrameBytes();
        settle();
    }

    private List<StompReader> connect(Side side, String bearer, int sessions) throws Exception {
        var pending = new ArrayList<CompletableFuture<StompReader>>();
        for (int i = 0; i < sessions; i++) {
            pending.add(StompReader.open(sockets.get(i % sockets.size()), side.socket(), bearer, TOPIC, groupIndex,
                    received));
            if (i % 50 == 49) {
                CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
            }
        }
        var readers = new ArrayList<StompReader>();
        for (var reader : pending) {
            readers.add(reader.get(60, TimeUnit.SECONDS));
        }
        System.err.printf("%s: %d sessions subscribed%n", side.name(), readers.size());
        return readers;
    }

    /** One step at {@code rate}: warm-up, the measured seconds, then up to {@code grace} seconds for what is due. */
    private Row step(Side side, List<StompReader> readers, int rate) throws Exception {
        readers.forEach(reader -> reader.drain((key, time) -> { }));
        received.reset();
        int total = (warmup + step) * rate;
        int firstMeasured = warmup * rate;
        var scheduled = new long[total];
        var answers = new ArrayList<CompletableFuture<Answer>>(total);
        side.probe().startPeak();
        long start = System.nanoTime() + 100_000_000L;
        double cpuBefore = Double.NaN;
        double clientBefore = Double.NaN;
        long cpuFrom = 0;
        for (int i = 0; i < total; i++) {
            long at = start + Math.round(i * 1e9 / rate);
            if (i == firstMeasured) {
                cpuBefore = side.probe().cpuSeconds();
                clientBefore = client.cpuSeconds();
                cpuFrom = System.nanoTime();
            }
            for (long wait = at - System.nanoTime(); wait > 0; wait = at - System.nanoTime()) {
                LockSupport.parkNanos(wait);
            }
            scheduled[i] = at;
            answers.add(side.name().equals("live") ? admit(side, i) : broadcast(side, i));
        }
        long end = start + Math.round(total * 1e9 / rate);
        for (long wait = end - System.nanoTime(); wait > 0; wait = end - System.nanoTime()) {
            LockSupport.parkNanos(wait);
        }
        double seconds = (System.nanoTime() - cpuFrom) / 1e9;
        double cpuPercent = (side.probe().cpuSeconds() - cpuBefore) / seconds * 100;
        double clientPercent = (client.cpuSeconds() - clientBefore) / seconds * 100;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(grace);
        try {
            CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new))
                    .get(grace, TimeUnit.SECONDS);
        } catch (TimeoutException | ExecutionException unanswered) {
            // counted as failed below
        }
        int ok = 0;
        for (var answer : answers) {
            if (answer.isDone() && !answer.isCompletedExceptionally() && answer.join().status() / 100 == 2) {
                ok++;
            }
        }
        long due = (long) ok * readers.size();
        while (received.sum() < due && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        var row = measure(side, readers, rate, scheduled, answers, firstMeasured, cpuPercent, clientPercent);
        System.err.println(row);
        settle();
        return row;
    }

    private Row measure(Side side, List<StompReader> readers, int rate, long[] scheduled,
                        List<CompletableFuture<Answer>> answers, int firstMeasured, double cpuPercent,
                        double clientPercent) {
        var sentAt = new HashMap<Long, Long>();
        var http = new long[answers.size()];
        int answered = 0;
        int failed = 0;
        for (int i = firstMeasured; i < answers.size(); i++) {
            var future = answers.get(i);
            var answer = future.isDone() && !future.isCompletedExceptionally() ? future.join() : null;
            if (answer == null || answer.status() / 100 != 2) {
                failed++;
                continue;
            }
            http[answered++] = answer.nanoTime() - scheduled[i];
            if (answer.key() >= 0) {
                sentAt.put(answer.key(), scheduled[i]);
            }
        }
        long expected = (long) sentAt.size() * readers.size();
        var latencies = new long[(int) Math.max(expected, 1)];
        var count = new int[1];
        for (var reader : readers) {
            reader.drain((key, time) -> {
                var sent = sentAt.get(key);
                if (sent != null && count[0] < latencies.length) {
                    latencies[count[0]++] = time - sent;
                }
            });
        }
        var httpTimes = Arrays.copyOf(http, answered);
        var delivery = Arrays.copyOf(latencies, count[0]);
        Arrays.sort(httpTimes);
        Arrays.sort(delivery);
        return new Row(readers.size(), rate, side.name(), answers.size() - firstMeasured, failed,
                millis(httpTimes, 50), millis(httpTimes, 99), millis(delivery, 50), millis(delivery, 95),
                millis(delivery, 99), millis(delivery, 100), expected, expected - count[0], cpuPercent,
                side.probe().peakMegabytes(), clientPercent);
    }

    /**
     * Waits until every read model has handled every event (lag 0 on {@code GET /api/admin/projections}), at most
     * {@value #CATCH_UP_SECONDS} s, so that a step does not start while the previous step's backlog is worked off.
     */
    private void awaitCaughtUp(Side live) throws Exception {
        long begin = System.nanoTime();
        long deadline = begin + TimeUnit.SECONDS.toNanos(CATCH_UP_SECONDS);
        var behind = new ArrayList<String>();
        do {
            behind.clear();
            var answer = http.get(0).send(HttpRequest.newBuilder(URI.create(live.base() + "/api/admin/projections"))
                    .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
            for (var processor : JSON.readTree(expect(200, answer).body())) {
                var lag = processor.get("lagEvents");
                if (lag == null || lag.isNull() || lag.asLong() > 0) {
                    behind.add(processor.get("name").asString());
                }
            }
            if (behind.isEmpty()) {
                System.err.printf("read models caught up in %.1f s%n", (System.nanoTime() - begin) / 1e9);
                return;
            }
            Thread.sleep(500);
        } while (System.nanoTime() < deadline);
        System.err.println("read models still behind after " + CATCH_UP_SECONDS + " s: " + behind);
    }

    /** Waits until no frame has arrived for two seconds (at most two minutes), so a backlog ends before the next. */
    private void settle() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        long last = -1;
        while (received.sum() != last && System.nanoTime() < deadline) {
            last = received.sum();
            Thread.sleep(2_000);
        }
    }

    private CompletableFuture<Answer> admit(Side side, int index) {
        int group = index % GROUPS;
        var body = "{\"organisation\":\"Bench " + runId + " " + sequence.incrementAndGet()
                + "\",\"category\":\"MUNICIPALITY\"}"; // admitted today
        var request = HttpRequest.newBuilder(URI.create(side.base() + "/api/working-groups/" + groupIds.get(group)
                        + "/members")).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return http.get(index % http.size()).sendAsync(request, HttpResponse.BodyHandlers.ofString())
                .handle((response, failure) -> {
                    long now = System.nanoTime();
                    if (response == null || response.statusCode() / 100 != 2) {
                        noteFailure(response == null ? String.valueOf(failure)
                                : response.statusCode() + " " + response.body());
                    }
                    if (response == null) {
                        return new Answer(0, now, -1);
                    }
                    long key = response.headers().firstValue("ETag").map(tag -> tag.replaceAll("\\D", ""))
                            .filter(digits -> !digits.isEmpty())
                            .map(digits -> StompReader.key(group, Long.parseLong(digits))).orElse(-1L);
                    return new Answer(response.statusCode(), now, key);
                });
    }

    /** A frame like a live message (same topic, headers, JSON fields up front), padded to its size. */
    private CompletableFuture<Answer> broadcast(Side side, int index) {
        int group = index % GROUPS;
        long seq = sequence.incrementAndGet();
        var head = "MESSAGE\ndestination:" + TOPIC + "\ncontent-type:application/json\nsubscription:sub-0\n"
                + "message-id:floor-" + seq + "\nx-position:" + seq + "\n\n{\"type\":\"Floor\",\"aggregateId\":\""
                + groupIds.get(group) + "\",\"version\":" + seq + ",\"position\":" + seq + ",\"pad\":\"";
        var tail = "\"}\0";
        var frame = head + "x".repeat(Math.max(0, (frameBytes == 0 ? 1024 : frameBytes) - head.length()
                - tail.length())) + tail;
        var request = HttpRequest.newBuilder(URI.create(side.base() + "/broadcast"))
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString(frame)).build();
        long key = StompReader.key(group, seq);
        return http.get(index % http.size()).sendAsync(request, HttpResponse.BodyHandlers.discarding())
                .handle((response, failure) -> {
                    if (response == null || response.statusCode() / 100 != 2) {
                        noteFailure(response == null ? String.valueOf(failure) : "status " + response.statusCode());
                    }
                    return new Answer(response == null ? 0 : response.statusCode(), System.nanoTime(), key);
                });
    }

    /** The first failed command of a run is printed, so a refusal shows its reason. */
    private void noteFailure(String failure) {
        if (firstFailure.compareAndSet(null, failure)) {
            System.err.println("first failed command: " + failure);
        }
    }

    /** 200 regions with a working group each, and the network office's token. */
    private void setUp(Side live) throws Exception {
        token = token(live);
        for (int i = 0; i < GROUPS; i++) {
            var key = String.valueOf(FIRST_REGION + i);
            expect(201, post(live, "/api/regions", "{\"key\":\"" + key + "\",\"name\":\"Benchkreis " + key
                    + "\",\"kind\":\"DISTRICT\"}"));
            var group = expect(201, post(live, "/api/working-groups", "{\"regionKey\":\"" + key
                    + "\",\"name\":\"RAK " + key + "\"}"));
            var id = JSON.readTree(group.body()).get("id").asString();
            groupIndex.put(id, groupIds.size());
            groupIds.add(id);
        }
        System.err.printf("set up %d regions with working groups%n", GROUPS);
    }

    private String token(Side live) throws Exception {
        var basic = Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        var answer = expect(200, http.get(0).send(HttpRequest.newBuilder(URI.create(live.base() + "/api/auth/token"))
                .header("Authorization", "Basic " + basic).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString()));
        return JSON.readTree(answer.body()).get("access_token").asString();
    }

    private HttpResponse<String> post(Side side, String path, String body) throws Exception {
        return http.get(0).send(HttpRequest.newBuilder(URI.create(side.base() + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> expect(int status, HttpResponse<String> answer) {
        if (answer.statusCode() != status) {
            throw new IllegalStateException(answer.request().uri() + " answered " + answer.statusCode() + ": "
                    + answer.body());
        }
        return answer;
    }

    private void awaitReady(String url, Process server) throws InterruptedException {
        var deadline = Instant.now().plusSeconds(180);
        while (Instant.now().isBefore(deadline) && server.isAlive()) {
            try {
                var answer = http.get(0).send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                        HttpResponse.BodyHandlers.discarding());
                if (answer.statusCode() == 200) {
                    return;
                }
            } catch (IOException starting) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(url + " did not answer within three minutes (see bench/target/live-feed-*.log)");
    }

    private String report(String[] args, ZonedDateTime started, Duration took, String loadBefore, String loadAfter,
                          List<Row> rows) {
        var machine = Machine.current();
        var text = new StringBuilder();
        text.append(String.format("""
                - command: `java -cp bench/target/bench.jar -Dloader.main=de.regionet.bench.LiveFeedBenchmark \
                org.springframework.boot.loader.launch.PropertiesLauncher%s`
                - date: %s; code: commit %s; application jar `%s`
                - machine: %d processors, %s, %s RAM, %s; `java -version`: %s
                - load average (1 min): %s at the start, %s at the end; run time %d min %d s
                - application: `java -Xmx2g -jar`, embedded server on the H2 file backend (the default) in a new \
                temporary data directory, `--regionet.security.rate-limit.enabled=false`, one embedded user with \
                role NETWORK_OFFICE; floor: `RawBroadcastServer` from bench.jar, `java -Xmx2g`, %d send lanes
                - each step: %d s warm-up, %d s measured, then up to %d s for due messages (later = lost); \
                member admissions over %d working groups, open loop from %d async HTTP clients
                - live message: %d bytes as a STOMP frame (the floor's frames are padded to the same size)

                """, args.length == 0 ? "" : " " + String.join(" ", args),
                started.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z")), commit(),
                options.getOrDefault("jar", "infra/target/regionet.jar"), machine.processors(), machine.cpu(),
                machine.memory(), machine.os(), machine.javaVersion(), loadBefore, loadAfter, took.toMinutes(),
                took.toSecondsPart(), RawBroadcastServer.LANES, warmup, step, grace, GROUPS, HTTP_CLIENTS,
                frameBytes));
        text.append("| sessions | commands/s | side | commands (failed) | command HTTP p50 / p99 ms | "
                + "sent → received p50 / p95 / p99 / max ms | messages due | lost | server CPU, % of one core | "
                + "server peak RSS MiB | bench CPU, % of one core |\n"
                + "| ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        for (var row : rows) {
            text.append(String.format("| %,d | %d | %s | %,d (%d) | %s / %s | %s / %s / %s / %s | %,d | %,d | %.0f | "
                            + "%,.0f | %.0f |%n", row.sessions(), row.rate(), row.side(), row.commands(), row.failed(),
                    ms(row.httpP50()), ms(row.httpP99()), ms(row.p50()), ms(row.p95()), ms(row.p99()),
                    ms(row.max()), row.expected(), row.lost(), row.cpuPercent(), row.peakRssMb(),
                    row.clientCpuPercent()));
        }
        text.append("\nHighest rate with sent → received p99 < 250 ms, nothing lost and no command failed:\n\n"
                + "| sessions | live | floor | live / floor |\n| ---: | ---: | ---: | ---: |\n");
        var bySessions = rows.stream().collect(Collectors.groupingBy(Row::sessions, LinkedHashMap::new,
                Collectors.toList()));
        bySessions.forEach((sessions, steps) -> {
            var live = highest(steps, "live");
            var floor = highest(steps, "floor");
            text.append(String.format("| %,d | %s | %s | %s |%n", sessions, live, floor, ratio(live, floor)));
        });
        text.append("\n\"≥ r\": the highest rate tried; \"< r\": not even the lowest. The floor's commands are "
                + "broadcast requests, its CPU and RSS those of the floor's process. CPU over the measured seconds; "
                + "\"bench\" is this process (load generator and all sessions' readers) on the same machine.\n");
        if (frameSample != null) {
            text.append("\nThe first live frame a session received (NUL shown as `^@`):\n\n```\n")
                    .append(frameSample.replace("\0", "^@")).append("\n```\n");
        }
        return text.toString();
    }

    private static String highest(List<Row> steps, String side) {
        var tried = steps.stream().filter(row -> row.side().equals(side)).sorted(Comparator.comparingInt(Row::rate))
                .toList();
        int best = 0;
        for (var row : tried) {
            if (!row.sustained()) {
                break;
            }
            best = row.rate();
        }
        if (best == 0) {
            return "< " + tried.get(0).rate();
        }
        return best == tried.get(tried.size() - 1).rate() ? "≥ " + best : String.valueOf(best);
    }

    /** live ÷ floor where both are known; a bound where one is only known to be at least its highest rate. */
    private static String ratio(String live, String floor) {
        double l = Double.parseDouble(live.replaceAll("[^0-9]", ""));
        double f = Double.parseDouble(floor.replaceAll("[^0-9]", ""));
        var value = String.format("%.2f×", l / f);
        boolean liveAtLeast = live.startsWith("≥");
        boolean floorAtLeast = floor.startsWith("≥");
        if (live.startsWith("<") || floor.startsWith("<") || liveAtLeast && floorAtLeast) {
            return "—";
        }
        return liveAtLeast ? "≥ " + value : floorAtLeast ? "≤ " + value : value;
    }

    private static String ms(double value) {
        if (Double.isNaN(value)) {
            return "—";
        }
        return value >= 100 ? String.format("%,.0f", value) : String.format("%.1f", value);
    }

    private static double millis(long[] sorted, double percent) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(percent / 100 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
    }

    private static String commit() {
        try {
            var process = new ProcessBuilder("git", "rev-parse", "--short", "HEAD").redirectErrorStream(true).start();
            var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return process.waitFor() == 0 ? output : "unknown";
        } catch (IOException e) {
            return "unknown";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }

    private static List<Integer> list(String value) {
        return Arrays.stream(value.split(",")).map(String::strip).map(Integer::parseInt).toList();
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static Process start(List<String> command, Path log) throws IOException {
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private static void delete(Path directory) throws IOException {
        try (var paths = Files.walk(directory)) {
            for (var path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
