package de.regionet.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The event store benchmark of issue 4: the stock axon-mongo engine, RegioNet's {@code MongoEventStore} and raw
 * driver inserts, side by side on the embedded server. Prints a Markdown report and writes it into
 * docs/BENCHMARKS.md (run it from the repository root). Options, all optional:
 * <pre>
 *   --backends=h2,memory    which embedded backends to run, in order
 *   --events=100000         the large store size; the small one is a tenth of it
 *   --replay-budget=30      seconds a replay may take before it is cut short and its rate taken so far
 *   --profile               record each phase with Java Flight Recorder and report where the CPU went; writes
 *                           only the profile, not the results table (add -XX:FlightRecorderOptions:stackdepth=256
 *                           before -jar, so deep H2 stacks can be told apart)
 *   --out=docs/BENCHMARKS.md  where to write the report; empty to only print it
 * </pre>
 */
public final class EventStoreBenchmark {

    static final String BUILD = "mvn -B -q -Pbench package -DskipTests";

    private EventStoreBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Locale.setDefault(Locale.ROOT);
        var options = options(args);
        var backends = Arrays.stream(options.getOrDefault("backends", "h2,memory").split(","))
                .map(name -> EmbeddedServer.Backend.valueOf(name.strip().toUpperCase(Locale.ROOT))).toList();
        long events = Long.parseLong(options.getOrDefault("events", "100000"));
        if (events < 2_000) {
            throw new IllegalArgumentException("--events must be at least 2000, a hundred 20-event streams");
        }
        var settings = new Benchmark.Settings(events, Duration.ofSeconds(2), Duration.ofSeconds(5),
                Duration.ofSeconds(Long.parseLong(options.getOrDefault("replay-budget", "30"))), 200, 50);
        var profiler = options.containsKey("profile")
                ? Profiler.into(Path.of(Files.isDirectory(Path.of("bench", "target")) ? "bench/target/jfr" : "jfr"))
                : Profiler.off();

        var date = ZonedDateTime.now();
        var revision = Revision.describe();
        long begin = System.nanoTime();
        var results = new ArrayList<Results>();
        for (var backend : backends) {
            results.add(new Benchmark(backend, settings, profiler, System.err).run());
        }
        var jvm = ManagementFactory.getRuntimeMXBean().getInputArguments();
        var command = BUILD + " && java " + (jvm.isEmpty() ? "" : String.join(" ", jvm) + " ")
                + "-jar bench/target/bench.jar" + (args.length == 0 ? "" : " " + String.join(" ", args));
        var report = new Report(command, date, revision, Machine.current(), results, profiler,
                Duration.ofNanos(System.nanoTime() - begin));
        System.out.println(report.results());
        if (profiler.enabled()) {
            System.out.println(report.profile());
        }
        var out = options.getOrDefault("out", "docs/BENCHMARKS.md");
        if (!out.isEmpty()) {
            var file = Path.of(out);
            if (file.toAbsolutePath().getParent() != null && Files.isDirectory(file.toAbsolutePath().getParent())) {
                report.writeTo(file);
                System.err.println("Wrote " + file.toAbsolutePath());
            } else {
                System.err.println("Not written: no directory for " + file.toAbsolutePath()
                        + " (run from the repository root, or pass --out=)");
            }
        }
        System.exit(0);
    }

    private static Map<String, String> options(String[] args) {
        var options = new HashMap<String, String>();
        for (var arg : args) {
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("unknown argument " + arg);
            }
            int equals = arg.indexOf('=');
            options.put(equals < 0 ? arg.substring(2) : arg.substring(2, equals),
                    equals < 0 ? "" : arg.substring(equals + 1));
        }
        var known = List.of("backends", "events", "replay-budget", "profile", "out");
        options.keySet().stream().filter(key -> !known.contains(key)).findFirst().ifPresent(key -> {
            throw new IllegalArgumentException("unknown option --" + key);
        });
        return options;
    }
}
