package de.regionet.infra.eventstore;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.TimeGauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import org.bson.Document;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * What the store tells an operator (README "Metrics and health"): how long an append takes until it is durable and
 * how many there are, how many appends lost a race for an aggregate's sequence number, the head position, how far
 * checkpoints have come and how old the last one is, and what the last verification found. On the hot path only a
 * timer and counter increments; the gauges are read when they are scraped.
 */
final class StoreMeters {

    static final String APPEND = "regionet.eventstore.append";
    static final String APPENDED_EVENTS = "regionet.eventstore.appended.events";
    static final String CONFLICTS = "regionet.eventstore.conflicts";
    static final String HEAD = "regionet.eventstore.head";
    static final String CHECKPOINT_AGE = "regionet.eventstore.checkpoint.age";
    static final String CHECKPOINT_POSITION = "regionet.eventstore.checkpoint.position";
    static final String VERIFICATIONS = "regionet.eventstore.verifications";
    static final String VERIFICATION_FAILURES = "regionet.eventstore.verification.failures";
    static final String VERIFICATION_AGE = "regionet.eventstore.verification.age";

    /** Meters that go nowhere: the store used alone (the benchmark, the store's own tests). */
    static final MeterRegistry NONE = new CompositeMeterRegistry();

    private final MeterRegistry registry;
    private final Timer append;
    private final Counter appendedEvents;
    private final Counter conflicts;
    private final AtomicReference<LastVerification> lastVerification = new AtomicReference<>();

    private record LastVerification(Instant at, long failures) {
    }

    StoreMeters(MeterRegistry registry) {
        this.registry = registry;
        this.append = Timer.builder(APPEND)
                .description("appends until their events are stored and durable (an append holds one command's events)")
                .serviceLevelObjectives(Duration.ofMillis(1), Duration.ofMillis(2), Duration.ofMillis(5),
                        Duration.ofMillis(10), Duration.ofMillis(25), Duration.ofMillis(50), Duration.ofMillis(100),
                        Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1))
                .register(registry);
        this.appendedEvents = Counter.builder(APPENDED_EVENTS).description("events appended").register(registry);
        this.conflicts = Counter.builder(CONFLICTS)
                .description("appends refused because another append stored the same aggregate sequence number first")
                .register(registry);
    }

    /** The gauges that read the store when scraped: its head and its checkpoints. */
    void watch(MongoEventStore store, MongoCollection<Document> checkpoints, Clock clock) {
        Gauge.builder(HEAD, store, MongoEventStore::head).strongReference(true)
                .description("the highest global position handed out").register(registry);
        Gauge.builder(CHECKPOINT_POSITION, checkpoints, c -> latestCheckpoint(c, "to")).strongReference(true)
                .description("the last position covered by a checkpoint, -1 before the first").register(registry);
        TimeGauge.builder(CHECKPOINT_AGE, checkpoints, TimeUnit.SECONDS, c -> {
                    var createdAt = latestCheckpoint(c, "createdAt");
                    return Double.isNaN(createdAt) ? Double.NaN : (clock.millis() - createdAt) / 1000.0;
                }).strongReference(true)
                .description("time since the last checkpoint was written (NaN before the first)").register(registry);
        Gauge.builder(VERIFICATION_FAILURES, lastVerification, last -> last.get() == null ? Double.NaN
                        : last.get().failures()).strongReference(true)
                .description("failures the last verification on this node found (NaN before the first)")
                .register(registry);
        TimeGauge.builder(VERIFICATION_AGE, lastVerification, TimeUnit.SECONDS, last -> last.get() == null
                        ? Double.NaN : (clock.millis() - last.get().at().toEpochMilli()) / 1000.0)
                .strongReference(true)
                .description("time since the last verification on this node (NaN before the first)")
                .register(registry);
    }

    void appended(long nanos, int events) {
        append.record(nanos, TimeUnit.NANOSECONDS);
        appendedEvents.increment(events);
    }

    void conflict() {
        conflicts.increment();
    }

    void verified(StoreVerifier.Verification verification, Instant at) {
        lastVerification.set(new LastVerification(at, verification.failures()));
        registry.counter(VERIFICATIONS, Tags.of("result", verification.result())).increment();
    }

    /** A field of the newest checkpoint: its last position ("to") or when it was written ("createdAt", millis). */
    private static double latestCheckpoint(MongoCollection<Document> checkpoints, String field) {
        var pointer = checkpoints.find(Filters.eq("_id", "latest")).first();
        if (pointer == null) {
            return "to".equals(field) ? -1 : Double.NaN;
        }
        long number = ((Number) pointer.get("number")).longValue();
        // a crash between writing a checkpoint and moving the pointer leaves the pointer one behind
        var checkpoint = checkpoints.find(Filters.in("_id", number, number + 1)).into(new java.util.ArrayList<>())
                .stream().max(java.util.Comparator.comparingLong(c -> ((Number) c.get("_id")).longValue()))
                .orElse(null);
        if (checkpoint == null) {
            return "to".equals(field) ? -1 : Double.NaN;
        }
        return "to".equals(field) ? ((Number) checkpoint.get("to")).doubleValue()
                : checkpoint.getDate("createdAt").getTime();
    }
}
