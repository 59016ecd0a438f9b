package de.regionet.bench;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * One backend's run: the three contenders, each on its own embedded server, measured phase by phase, each phase
 * for all three before the next, so that a noisy neighbour on the machine hits them alike.
 */
final class Benchmark {

    /** What a run does; the defaults are what docs/BENCHMARKS.md reports. */
    record Settings(long largeStore, Duration warmUp, Duration appendPhase, Duration replayBudget,
                    int latencyEvents, int latencyRate) {

        long smallStore() {
            return largeStore / 10;
        }
    }

    private static final Duration LATENCY_PATIENCE = Duration.ofSeconds(60);

    private final EmbeddedServer.Backend backend;
    private final Settings settings;
    private final Profiler profiler;
    private final PrintStream log;

    Benchmark(EmbeddedServer.Backend backend, Settings settings, Profiler profiler, PrintStream log) {
        this.backend = backend;
        this.settings = settings;
        this.profiler = profiler;
        this.log = log;
    }

    Results run() {
        long begin = System.nanoTime();
        var results = new Results(backend, settings.smallStore(), settings.largeStore());
        results.loadBefore = Machine.loadAverage();
        Benchmark.contenderNames(backend).forEach(results.contenders::add);
        withContenders(true, workloads -> appendPhases(results, workloads));
        withContenders(false, workloads -> storePhases(results, workloads));
        results.wallNanos = System.nanoTime() - begin;
        results.loadAfter = Machine.loadAverage();
        return results;
    }

    static List<String> contenderNames(EmbeddedServer.Backend backend) {
        var names = new ArrayList<>(List.of(AxonContender.STOCK, AxonContender.REGIONET, RawDriverContender.FLOOR));
        if (backend == EmbeddedServer.Backend.H2) {
            names.add(RawDriverContender.DURABLE_FLOOR);
        }
        return names;
    }

    /** Runs phases on fresh contenders, each on its own new server, and closes them after. */
    private void withContenders(boolean appending, Consumer<Map<Contender, Workload>> phases) {
        var contenders = new ArrayList<Contender>();
        try {
            contenders.add(AxonContender.stock(EmbeddedServer.start(backend)));
            contenders.add(AxonContender.regionet(EmbeddedServer.start(backend)));
            contenders.add(RawDriverContender.floor(EmbeddedServer.start(backend)));
            if (appending && backend == EmbeddedServer.Backend.H2) {
                contenders.add(RawDriverContender.durableFloor(EmbeddedServer.start(backend)));
            }
            var workloads = new LinkedHashMap<Contender, Workload>();
            contenders.forEach(contender -> workloads.put(contender, new Workload(contender)));
            phases.accept(workloads);
        } finally {
            contenders.forEach(Contender::close);
        }
    }

    private void appendPhases(Results results, Map<Contender, Workload> workloads) {
        workloads.values().forEach(workload -> workload.warmUp(settings.warmUp()));
        phase(workloads, "append, 1 writer", Metric.APPEND_1, results,
                workload -> workload.appendFor(1, settings.appendPhase()));
        phase(workloads, "append, 8 writers", Metric.APPEND_8, results,
                workload -> workload.appendFor(Workload.WRITERS, settings.appendPhase()));
        workloads.forEach((contender, workload) -> {
            if (workload.failures() > 0) {
                results.put(Metric.APPEND_8, contender.name(), results.get(Metric.APPEND_8, contender.name()).value(),
                        workload.failures() + " appends failed");
            }
            contender.server().fileBytes().ifPresent(
                    bytes -> results.put(Metric.DISK_APPENDS, contender.name(), (double) bytes / workload.stored()));
        });
    }

    private void storePhases(Results results, Map<Contender, Workload> workloads) {
        workloads.forEach((contender, workload) -> {
            log.printf("[%s] filling %s to %,d events%n", backend, contender.name(), settings.smallStore());
            workload.fillTo(settings.smallStore());
        });
        phase(workloads, "load at " + settings.smallStore(), Metric.LOAD_SMALL, results, Workload::medianLoadMillis);
        phase(workloads, "bulk append to " + settings.largeStore(), Metric.BULK, results,
                workload -> workload.fillTo(settings.largeStore()));
        phase(workloads, "load at " + settings.largeStore(), Metric.LOAD_LARGE, results, Workload::medianLoadMillis);
        workloads.forEach((contender, workload) -> replay(results, contender, workload));
        workloads.keySet().forEach(contender -> audit(results, contender));
        workloads.keySet().forEach(contender -> latency(results, contender));
        workloads.forEach((contender, workload) -> contender.server().fileBytes().ifPresent(
                bytes -> results.put(Metric.DISK, contender.name(), (double) bytes / workload.stored())));
    }

    private void phase(Map<Contender, Workload> workloads, String phase, Metric metric, Results results,
                       Function<Workload, Double> measurement) {
        workloads.forEach((contender, workload) -> {
            double value = profiler.during(backend.name(), contender.name(), phase,
                    () -> measurement.apply(workload));
            results.put(metric, contender.name(), value);
            log.printf("[%s] %-28s %-18s %,12.2f %s%n", backend, phase, contender.name(), value, metric.unit);
        });
    }

    private void replay(Results results, Contender contender, Workload workload) {
        long begin = System.nanoTime();
        long deadline = begin + settings.replayBudget().toNanos();
        long events = profiler.during(backend.name(), contender.name(), "replay",
                () -> contender.replay(deadline));
        double seconds = Workload.seconds(System.nanoTime() - begin);
        double rate = events / seconds;
        if (events < workload.stored()) {
            results.put(Metric.REPLAY, contender.name(), rate, String.format(
                    "%s: stopped after the %d s budget, having read %,d of %,d events; rate over those",
                    contender.name(), settings.replayBudget().toSeconds(), events, workload.stored()));
        } else {
            results.put(Metric.REPLAY, contender.name(), rate);
        }
        log.printf("[%s] %-28s %-18s %,12.0f events/s (%,d events in %.1f s)%n", backend, "replay",
                contender.name(), rate, events, seconds);
    }

    private void audit(Results results, Contender contender) {
        if (!contender.audits()) {
            return;
        }
        var audit = profiler.during(backend.name(), contender.name(), "checkpoint + verify", contender::audit);
        audit.ifPresent(done -> {
            double checkpointRate = done.eventsChecked() / Workload.seconds(done.checkpointNanos());
            double verifyRate = done.eventsChecked() / Workload.seconds(done.verifyNanos());
            results.put(Metric.CHECKPOINT, contender.name(), checkpointRate);
            if ("ok".equals(done.result())) {
                results.put(Metric.VERIFY, contender.name(), verifyRate);
            } else {
                results.put(Metric.VERIFY, contender.name(), verifyRate, "the verifier reported " + done.result());
            }
            log.printf("[%s] %-28s %-18s %,12.0f events/s checkpointing, %,.0f events/s verifying "
                            + "(%,d events, %,d checkpoints, %s)%n", backend, "audit", contender.name(),
                    checkpointRate, verifyRate, done.eventsChecked(), done.checkpointsChecked(), done.result());
        });
    }

    private void latency(Results results, Contender contender) {
        contender.tracking().ifPresent(tracking -> {
            var latencies = profiler.during(backend.name(), contender.name(), "latency",
                    () -> new LatencyProbe(tracking).measure(20, settings.latencyEvents(), settings.latencyRate(),
                            LATENCY_PATIENCE));
            String footnote = latencies.handled() < latencies.appended() ? String.format(
                    "%s: the processor handled only %d of %d events within %d s of the last append; "
                            + "percentiles over those", contender.name(), latencies.handled(), latencies.appended(),
                    LATENCY_PATIENCE.toSeconds())
                    : null;
            results.put(Metric.LATENCY_P50, contender.name(), latencies.p50Millis(), footnote);
            results.put(Metric.LATENCY_P99, contender.name(), latencies.p99Millis());
            log.printf("[%s] %-28s %-18s p50 %,.1f ms, p99 %,.1f ms (%d of %d handled)%n", backend, "latency",
                    contender.name(), latencies.p50Millis(), latencies.p99Millis(), latencies.handled(),
                    latencies.appended());
        });
    }
}
