package de.regionet.infra.eventstore;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import org.bson.Document;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.LongStream;

import static de.regionet.infra.eventstore.EventDocuments.*;

/**
 * Walks the whole store in position order and checks that nothing was altered, deleted, inserted or reordered:
 * each event's hash against its content and position, each stream's chain of hashes and sequence numbers, and
 * each checkpoint against the positions it covers. Reports the first failure, with its position and why.
 * Reads the event collection directly, like any outside auditor could.
 */
public class StoreVerifier {

    private static final int WINDOW = 1_000;

    private final MongoEventStore store;
    private final MongoCollection<Document> checkpoints;
    private final Duration gapTimeout;
    private final Clock clock;

    public StoreVerifier(MongoEventStore store, MongoCollection<Document> checkpoints, Duration gapTimeout,
                         Clock clock) {
        this.store = store;
        this.checkpoints = checkpoints;
        this.gapTimeout = gapTimeout;
        this.clock = clock;
    }

    /** What the verifier found: {@code ok}, or the first failure. */
    public record Verification(String result, long head, long eventsChecked, long voidPositions,
                               long checkpointsChecked, Failure firstFailure) {
    }

    /** The first position that is altered, missing or out of order, and why. */
    public record Failure(long position, Kind kind, String reason) {
    }

    public enum Kind { ALTERED, MISSING, OUT_OF_ORDER, CHECKPOINT_MISMATCH }

    private record StreamHead(long sequence, String hash) {
    }

    public Verification verify() {
        long head = store.head();
        var expectedCheckpoints = new TreeMap<Long, Document>();
        checkpoints.find(Filters.type("_id", "long")).forEach(c -> expectedCheckpoints.put(c.getLong("to"), c));
        long covered = expectedCheckpoints.isEmpty() ? -1 : expectedCheckpoints.lastKey();
        var streams = new HashMap<String, StreamHead>();
        var range = new TreeMap<Long, Document>();
        String checkpointHash = GENESIS;
        long events = 0;
        long voids = 0;
        long checkpointsChecked = 0;
        var cutoff = clock.instant().minus(gapTimeout.multipliedBy(3));
        for (long windowStart = 0; windowStart <= Math.max(head, covered); windowStart += WINDOW) {
            var found = store.byPosition(LongStream.range(windowStart, windowStart + WINDOW).boxed().toList());
            for (long position = windowStart; position < windowStart + WINDOW && position <= Math.max(head, covered);
                 position++) {
                var document = found.get(position);
                Failure failure;
                if (document == null) {
                    failure = missing(position, covered, found, cutoff);
                } else if (isVoid(document)) {
                    failure = recordedAt(position, document);
                    voids++;
                } else {
                    failure = check(position, document, streams);
                    events++;
                }
                if (failure != null) {
                    return failed(head, events, voids, checkpointsChecked, failure);
                }
                if (document != null && position <= covered) {
                    range.put(position, document);
                }
                var checkpoint = expectedCheckpoints.get(position);
                if (checkpoint != null) {
                    long from = checkpoint.getLong("from");
                    var hash = StoreMaintenance.rangeHash(checkpointHash, from, position, range);
                    if (!hash.equals(checkpoint.getString(HASH))
                            || !checkpointHash.equals(checkpoint.getString("previous"))) {
                        return failed(head, events, voids, checkpointsChecked, new Failure(from,
                                Kind.CHECKPOINT_MISMATCH, "checkpoint " + checkpoint.get("_id") + " over positions "
                                + from + ".." + position + " does not match what is stored"));
                    }
                    checkpointHash = hash;
                    checkpointsChecked++;
                    range.clear();
                }
            }
        }
        var beyond = beyondHead(Math.max(head, covered), events + voids);
        if (beyond != null) {
            return failed(head, events, voids, checkpointsChecked, beyond);
        }
        return new Verification("ok", head, events, voids, checkpointsChecked, null);
    }

    /**
     * An entry beyond the last position any append reserved was put there behind the store's back. Appends that
     * commit while the walk runs are legitimate: each holds a position reserved after the walk's head, so the count
     * (taken before the head is read again) may exceed what was walked by at most that many. Only when it exceeds
     * more is the stray entry looked up (a range query, which scans).
     */
    private Failure beyondHead(long last, long walked) {
        long count = store.events().estimatedDocumentCount();
        long headNow = store.head();
        if (count <= walked + Math.max(0, headNow - last)) {
            return null;
        }
        var stray = store.events().find(Filters.gt(POSITION, headNow))
                .sort(com.mongodb.client.model.Sorts.ascending(POSITION)).first();
        return stray == null ? null : new Failure(position(stray), Kind.ALTERED,
                "an entry at a position no append reserved");
    }

    private static Verification failed(long head, long events, long voids, long checkpoints, Failure failure) {
        return new Verification("failed", head, events, voids, checkpoints, failure);
    }

    private Failure missing(long position, long covered, java.util.Map<Long, Document> window,
                            java.time.Instant cutoff) {
        if (position <= covered) {
            return new Failure(position, Kind.MISSING, "no event at a position covered by a checkpoint");
        }
        boolean olderAfter = window.values().stream().anyMatch(document -> position(document) > position
                && document.getDate(STORED_AT).toInstant().isBefore(cutoff));
        return olderAfter
                ? new Failure(position, Kind.MISSING, "no event at a position that later, long-committed events follow")
                : null;
    }

    private static Failure recordedAt(long position, Document document) {
        var recorded = document.get(RECORDED_POSITION);
        if (recorded == null || ((Number) recorded).longValue() != position) {
            return new Failure(position, Kind.OUT_OF_ORDER,
                    "the entry recorded at position " + recorded + " is stored at position " + position);
        }
        return null;
    }

    private static Failure check(long position, Document document, HashMap<String, StreamHead> streams) {
        var misplaced = recordedAt(position, document);
        if (misplaced != null) {
            return misplaced;
        }
        var content = Content.of(document);
        var previousHash = Objects.requireNonNullElse(document.getString(PREVIOUS_HASH), GENESIS);
        if (!sameHash(content.hash(position, previousHash), document)) {
            return new Failure(position, Kind.ALTERED, "the event's content does not match its hash");
        }
        if (!content.isDomainEvent()) {
            return null;
        }
        var stream = streams.get(content.aggregateId());
        long expected = stream == null ? 0 : stream.sequence() + 1;
        if (content.sequence() < expected) {
            return new Failure(position, Kind.OUT_OF_ORDER, "sequence " + content.sequence() + " of aggregate "
                    + content.aggregateId() + " comes after sequence " + stream.sequence());
        }
        if (content.sequence() > expected) {
            return new Failure(position, Kind.MISSING, "aggregate " + content.aggregateId() + " lacks sequence "
                    + expected + (content.sequence() - 1 > expected ? ".." + (content.sequence() - 1) : "")
                    + " before this event");
        }
        var expectedHash = stream == null ? GENESIS : stream.hash();
        if (!expectedHash.equals(previousHash)) {
            return new Failure(position, Kind.ALTERED,
                    "the event does not chain to its predecessor in aggregate " + content.aggregateId());
        }
        streams.put(content.aggregateId(), new StreamHead(content.sequence(), document.getString(HASH)));
        return null;
    }
}
