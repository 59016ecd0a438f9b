package de.regionet.bench;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.ToDoubleFunction;

/**
 * What the event store's meters cost on the append path (issue 23): RegioNet's {@code MongoEventStore} without
 * meters (the builder's default) and with its meters going to a {@link PrometheusMeterRegistry} (the registry the
 * application gets from Boot), each on its own embedded server, in interleaved rounds so that a noisy neighbour hits
 * both alike; the order of the two alternates from round to round. Each round runs the event store benchmark's
 * workload shapes: single-event appends by 1 writer and by 8 writers for a fixed time, and bulk appends of 20-event
 * streams. It also times the meters' hot-path calls alone (a timer with the store's service-level buckets and a
 * counter), and one scrape. Prints a Markdown table; nothing is written. Options, all optional:
 * <pre>
 *   --backends=memory,h2  which embedded backends to run, in order
 *   --rounds=7            interleaved rounds per backend
 *   --seconds=2           how long each timed append phase runs
 *   --bulk=4000           events appended in 20-event streams per round and contender
 *   --warmup=5            seconds of single-event appends per contender before the first round (JIT)
 * </pre>
 */
public final class StoreMetersBenchmark {

    static final String WITHOUT = "RegioNet, no meters";
    static final String WITH = "RegioNet + Prometheus meters";

    /** The append timer's service-level buckets, as {@code StoreMeters} registers them. */
    private static final Duration[] SLOS = {Duration.ofMillis(1), Duration.ofMillis(2), Duration.ofMillis(5),
            Duration.ofMillis(10), Duration.ofMillis(25), Duration.ofMillis(50), Duration.ofMillis(100),
            Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1)};

    private record Shape(String name, String unit, ToDoubleFunction<Workload> run) {
    }

    private StoreMetersBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Locale.setDefault(Locale.ROOT);
        var options = options(args);
        var backends = Arrays.stream(options.getOrDefault("backends", "memory,h2").split(","))
                .map(name -> EmbeddedServer.Backend.valueOf(name.strip().toUpperCase(Locale.ROOT))).toList();
        int rounds = Integer.parseInt(options.getOrDefault("rounds", "7"));
        var phase = Duration.ofSeconds(Long.parseLong(options.getOrDefault("seconds", "2")));
        long bulk = Long.parseLong(options.getOrDefault("bulk", "4000"));
        var warmUp = Duration.ofSeconds(Long.parseLong(options.getOrDefault("warmup", "5")));
        var shapes = List.of(
                new Shape("append, 1 writer", "appends/s", workload -> workload.appendFor(1, phase)),
                new Shape("append, 8 writers", "appends/s", workload -> workload.appendFor(Workload.WRITERS, phase)),
                new Shape("bulk, 20-event appends", "events/s",
                        workload -> workload.fillTo(workload.stored() + bulk)));

        var out = new StringBuilder();
        out.append("- started ").append(ZonedDateTime.now()).append(", load ").append(Machine.loadAverage())
                .append(", revision ").append(Revision.describe()).append('\n');
        var machine = Machine.current();
        out.append(String.format("- %d cores, %s, %s, %s; %s; heap up to %,d MiB%n%n", machine.processors(),
                machine.cpu(), machine.memory(), machine.os(), machine.javaVersion(),
                machine.maxHeapBytes() >> 20));
        out.append("| backend | workload | no meters (median) | with meters (median) | **ratio with / without**"
                + " min | **median** | max |\n| --- | --- | --- | --- | --- | --- | --- |\n");
        var checks = new ArrayList<String>();
        for (var backend : backends) {
            var registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
            var contenders = new ArrayList<Contender>();
            try {
                contenders.add(AxonContender.regionet(WITHOUT, EmbeddedServer.start(backend), null));
                contenders.add(AxonContender.regionet(WITH, EmbeddedServer.start(backend), registry));
                var workloads = new LinkedHashMap<Contender, Workload>();
                contenders.forEach(contender -> workloads.put(contender, new Workload(contender)));
                workloads.values().forEach(workload -> workload.warmUp(warmUp));
                for (var shape : shapes) {
                    var without = new ArrayList<Double>();
                    var with = new ArrayList<Double>();
                    var ratios = new ArrayList<Double>();
                    for (int round = 0; round < rounds; round++) {
                        var order = new ArrayList<>(contenders);
                        if (round % 2 == 1) {
                            java.util.Collections.reverse(order);
                        }
                        var values = new HashMap<String, Double>();
                        for (var contender : order) {
                            double value = shape.run().applyAsDouble(workloads.get(contender));
                            values.put(contender.name(), value);
                            System.err.printf("[%s] %-24s round %d %-30s %,12.1f %s%n", backend, shape.name(),
                                    round + 1, contender.name(), value, shape.unit());
                        }
                        without.add(values.get(WITHOUT));
                        with.add(values.get(WITH));
                        ratios.add(values.get(WITH) / values.get(WITHOUT));
                    }
                    out.append(String.format("| %s | %s | %,.0f %s | %,.0f %s | %.2f× | **%.2f×** | %.2f× |%n",
                            backend.name().toLowerCase(Locale.ROOT), shape.name(),
                            Stats.percentile(without, 50), shape.unit(), Stats.percentile(with, 50), shape.unit(),
                            Stats.percentile(ratios, 0), Stats.percentile(ratios, 50),
                            Stats.percentile(ratios, 100)));
                }
                var timer = registry.get("regionet.eventstore.append").timer();
                long stored = workloads.get(contenders.get(1)).stored();
                long begin = System.nanoTime();
                var scrape = registry.scrape();
                long scrapeNanos = System.nanoTime() - begin;
                checks.add(String.format("%s: the append timer counted %,d appends (mean %.3f ms, max %.1f ms) and "
                                + "the counter %,.0f events (%,d stored); a scrape took %.1f ms for %,d bytes",
                        backend.name().toLowerCase(Locale.ROOT), timer.count(), timer.mean(TimeUnit.MILLISECONDS),
                        timer.max(TimeUnit.MILLISECONDS),
                        registry.get("regionet.eventstore.appended.events").counter().count(), stored,
                        scrapeNanos / 1e6, scrape.length()));
            } finally {
                contenders.forEach(Contender::close);
                registry.close();
            }
        }
        out.append('\n');
        out.append(hotPath(1)).append('\n');
        out.append(hotPath(Workload.WRITERS)).append('\n');
        checks.forEach(check -> out.append("- ").append(check).append('\n'));
        out.append("- finished, load ").append(Machine.loadAverage()).append('\n');
        System.out.println(out);
        System.exit(0);
    }

    /** The meters' calls of one append alone, on their own registry: nanoseconds per call, median of 5 rounds. */
    private static String hotPath(int threads) throws Exception {
        MeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        var timer = Timer.builder("bench.append").serviceLevelObjectives(SLOS).register(registry);
        var counter = Counter.builder("bench.appended.events").register(registry);
        int calls = 2_000_000;
        var executor = Executors.newFixedThreadPool(threads);
        try {
            var times = new ArrayList<Double>();
            for (int round = 0; round < 6; round++) {
                long begin = System.nanoTime();
                var futures = new ArrayList<java.util.concurrent.Future<?>>();
                for (int t = 0; t < threads; t++) {
                    futures.add(executor.submit(() -> {
                        for (int i = 0; i < calls / threads; i++) {
                            long started = System.nanoTime();
                            timer.record(System.nanoTime() - started + (i & 0xFFFFF) * 10L, TimeUnit.NANOSECONDS);
                            counter.increment(1);
                        }
                    }));
                }
                for (var future : futures) {
                    future.get();
                }
                if (round > 0) {
                    times.add((double) (System.nanoTime() - begin) / calls);
                }
            }
            return String.format("- the meters' calls of one append alone (two clock reads, a timer record with the "
                            + "store's 10 buckets, a counter increment), %d thread%s: median %.0f ns per append "
                            + "(rounds %.0f–%.0f ns, wall time per call over all threads)", threads,
                    threads == 1 ? "" : "s", Stats.percentile(times, 50), Stats.percentile(times, 0),
                    Stats.percentile(times, 100));
        } finally {
            executor.shutdownNow();
            registry.close();
        }
    }

    private static Map<String, String> options(String[] args) {
        var options = new HashMap<String, String>();
        for (var arg : args) {
            int equals = arg.indexOf('=');
            if (!arg.startsWith("--") || equals < 0) {
                throw new IllegalArgumentException("unknown argument " + arg);
            }
            options.put(arg.substring(2, equals), arg.substring(equals + 1));
        }
        var known = List.of("backends", "rounds", "seconds", "bulk", "warmup");
        options.keySet().stream().filter(key -> !known.contains(key)).findFirst().ifPresent(key -> {
            throw new IllegalArgumentException("unknown option --" + key);
        });
        return options;
    }
}
