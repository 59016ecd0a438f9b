package de.regionet.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

/**
 * What the benchmark does to one contender's store. Writers append one event per append for a fixed time, each
 * writer to aggregates of its own in turn, so appends never conflict and each (after the warm-up) extends an existing
 * stream, as a command on an existing aggregate does. The store is filled with streams of {@link #STREAM_LENGTH}
 * events, one append each, which are also the aggregates that are loaded.
 */
final class Workload {

    static final int WRITERS = 8;
    static final int AGGREGATES_PER_WRITER = 25;
    static final int STREAM_LENGTH = 20;
    static final int LOAD_SAMPLES = 7;

    private final Contender contender;
    private final Map<String, AtomicLong> nextSequence = new ConcurrentHashMap<>();
    private final AtomicLong stored = new AtomicLong();
    private final AtomicLong failures = new AtomicLong();
    private int streams;
    private List<String> loadTargets;

    Workload(Contender contender) {
        this.contender = contender;
    }

    long stored() {
        return stored.get();
    }

    long failures() {
        return failures.get();
    }

    /** Starts every writer's aggregates, so that timed appends all extend a stream, then warms up the JIT. */
    void warmUp(Duration duration) {
        for (int writer = 0; writer < WRITERS; writer++) {
            write(writer, AGGREGATES_PER_WRITER, Long.MAX_VALUE);
        }
        appendFor(1, duration);
    }

    /** {@code writers} threads append single events until the time is up; returns appends per second. */
    double appendFor(int writers, Duration duration) {
        var executor = Executors.newFixedThreadPool(writers);
        try {
            var start = new CountDownLatch(1);
            long begin = System.nanoTime();
            long deadline = begin + duration.toNanos();
            var futures = IntStream.range(0, writers).mapToObj(writer -> executor.submit(() -> {
                start.await();
                return write(writer, Long.MAX_VALUE, deadline);
            })).toList();
            start.countDown();
            long appends = 0;
            for (var future : futures) {
                appends += future.get();
            }
            return appends / seconds(System.nanoTime() - begin);
        } catch (Exception e) {
            throw new IllegalStateException("writers failed", e);
        } finally {
            executor.shutdownNow();
        }
    }

    private long write(int writer, long maxAppends, long deadline) {
        long appends = 0;
        for (int i = 0; appends < maxAppends && System.nanoTime() < deadline; i++) {
            var aggregate = "writer-" + writer + "-" + (i % AGGREGATES_PER_WRITER);
            long sequence = nextSequence.computeIfAbsent(aggregate, a -> new AtomicLong()).getAndIncrement();
            try {
                contender.append(List.of(Noted.message(aggregate, sequence)));
                stored.incrementAndGet();
                appends++;
            } catch (RuntimeException e) {
                failures.incrementAndGet();
            }
        }
        return appends;
    }

    /** Appends whole streams until the store holds {@code target} events; returns events per second. */
    double fillTo(long target) {
        long begin = System.nanoTime();
        long before = stored.get();
        while (stored.get() < target) {
            var aggregate = "stream-" + streams++;
            var events = IntStream.range(0, STREAM_LENGTH).mapToObj(seq -> Noted.message(aggregate, seq)).toList();
            contender.append(events);
            stored.addAndGet(events.size());
        }
        return (stored.get() - before) / seconds(System.nanoTime() - begin);
    }

    /** The streams whose loads are timed: the same ones at every store size, spread over the first fill. */
    List<String> loadTargets() {
        if (loadTargets == null) {
            if (streams < LOAD_SAMPLES + 2) {
                throw new IllegalStateException("fill the store before loading from it");
            }
            loadTargets = new ArrayList<>();
            for (int i = 0; i < LOAD_SAMPLES + 2; i++) {
                loadTargets.add("stream-" + (long) i * (streams - 1) / (LOAD_SAMPLES + 1));
            }
        }
        return loadTargets;
    }

    /** Loads two streams to warm up, then each timed stream once; returns the median load time in milliseconds. */
    double medianLoadMillis() {
        var targets = loadTargets();
        var times = new ArrayList<Double>();
        for (int i = 0; i < targets.size(); i++) {
            long begin = System.nanoTime();
            int events = contender.load(targets.get(i));
            long took = System.nanoTime() - begin;
            if (events != STREAM_LENGTH) {
                throw new IllegalStateException(contender.name() + " loaded " + events + " events of "
                        + targets.get(i) + ", expected " + STREAM_LENGTH);
            }
            if (i >= 2) {
                times.add(took / 1e6);
            }
        }
        return Stats.percentile(times, 50);
    }

    static double seconds(long nanos) {
        return nanos / (double) TimeUnit.SECONDS.toNanos(1);
    }
}
