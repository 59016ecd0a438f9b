package de.regionet.infra.eventstore;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import org.bson.Document;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.LongStream;

import static de.regionet.infra.eventstore.EventDocuments.*;

/**
 * Walks the whole store in position order and checks that nothing was altered, deleted, inserted or reordered:
 * each event's hash against its content and position (with the {@link HashVersion} the event names), each stream's
 * chain of hashes and sequence numbers, and each checkpoint against the positions it covers and the hash versions
 * it records. It keeps going after a failure, so one broken event never hides later tampering: a stream's chain
 * continues from the hash stored with an altered event, a checkpoint chain from the stored checkpoint. Reports how
 * many failures it found and the first of them (up to a limit), each with its position and why.
 * Reads the event collection directly, like any outside auditor could.
 */
public class StoreVerifier {

    /** How many failures a verification lists by default; it counts all of them. */
    public static final int LISTED_FAILURES = 100;
    private static final int WINDOW = 1_000;

    private final MongoEventStore store;
    private final MongoCollection<Document> checkpoints;
    private final Duration gapTimeout;
    private final Clock clock;
    private final int listed;

    public StoreVerifier(MongoEventStore store, MongoCollection<Document> checkpoints, Duration gapTimeout,
                         Clock clock) {
        this(store, checkpoints, gapTimeout, clock, LISTED_FAILURES);
    }

    public StoreVerifier(MongoEventStore store, MongoCollection<Document> checkpoints, Duration gapTimeout,
                         Clock clock, int listedFailures) {
        this.store = store;
        this.checkpoints = checkpoints;
        this.gapTimeout = gapTimeout;
        this.clock = clock;
        this.listed = Math.max(1, listedFailures);
    }

    /**
     * What the verifier found: {@code ok}, or {@code failed} with the first failure, how many there are, and the
     * first of them in the order found (at most the configured number); how many events use each hash version.
     */
    public record Verification(String result, long head, long eventsChecked, long voidPositions,
                               long checkpointsChecked, Failure firstFailure, long failures,
                               List<Failure> firstFailures, Map<String, Long> hashVersions) {
    }

    /** A position that is altered, missing or out of order, and why. */
    public record Failure(long position, Kind kind, String reason) {
    }

    public enum Kind { ALTERED, MISSING, OUT_OF_ORDER, CHECKPOINT_MISMATCH }

    private record StreamHead(long sequence, String hash) {
    }

    /** What the walk found so far. */
    private final class Findings {
        final List<Failure> listedFailures = new ArrayList<>();
        final Map<String, Long> versions = new TreeMap<>();
        long failures;
        long events;
        long voids;
        long checkpoints;

        void add(Failure failure) {
            if (failure == null) {
                return;
            }
            failures++;
            if (listedFailures.size() < listed) {
                listedFailures.add(failure);
            }
        }

        Verification verification(long head) {
            return new Verification(failures == 0 ? "ok" : "failed", head, events, voids, checkpoints,
                    listedFailures.isEmpty() ? null : listedFailures.get(0), failures, List.copyOf(listedFailures),
                    Map.copyOf(versions));
        }
    }

    /** Verifies the whole store; the result is also recorded in the store's meters. */
    public Verification verify() {
        var verification = check();
        store.meters().verified(verification, clock.instant());
        return verification;
    }

    private Verification check() {
        long head = store.head();
        var expectedCheckpoints = new TreeMap<Long, Document>();
        checkpoints.find(Filters.type("_id", "long")).forEach(c -> expectedCheckpoints.put(c.getLong("to"), c));
        long covered = expectedCheckpoints.isEmpty() ? -1 : expectedCheckpoints.lastKey();
        long last = Math.max(head, covered);
        var streams = new HashMap<String, StreamHead>();
        var range = new TreeMap<Long, Document>();
        var found = new Findings();
        String checkpointHash = GENESIS;
        var cutoff = clock.instant().minus(gapTimeout.multipliedBy(3));
        for (long windowStart = 0; windowStart <= last; windowStart += WINDOW) {
            var window = store.byPosition(LongStream.range(windowStart, windowStart + WINDOW).boxed().toList());
            for (long position = windowStart; position < windowStart + WINDOW && position <= last; position++) {
                var document = window.get(position);
                if (document == null) {
                    found.add(missing(position, covered, window, cutoff));
                } else if (isVoid(document)) {
                    found.add(recordedAt(position, document));
                    found.voids++;
                } else {
                    found.add(checked(position, document, streams));
                    found.versions.merge(Integer.toString(hashVersion(document)), 1L, Long::sum);
                    found.events++;
                }
                if (document != null && position <= covered) {
                    range.put(position, document);
                }
                var checkpoint = expectedCheckpoints.get(position);
                if (checkpoint != null) {
                    found.add(checkpointFailure(checkpoint, checkpointHash, position, range));
                    // the next checkpoint is judged on its own: chained to this one as stored
                    checkpointHash = Objects.requireNonNullElse(checkpoint.getString(HASH), GENESIS);
                    found.checkpoints++;
                    range.clear();
                }
            }
        }
        found.add(beyondHead(last, found.events + found.voids));
        return found.verification(head);
    }

    private static Failure checkpointFailure(Document checkpoint, String previousHash, long to,
                                             Map<Long, Document> range) {
        long from = checkpoint.getLong("from");
        var hash = StoreMaintenance.rangeHash(previousHash, from, to, range);
        if (!hash.equals(checkpoint.getString(HASH)) || !previousHash.equals(checkpoint.getString("previous"))) {
            return new Failure(from, Kind.CHECKPOINT_MISMATCH, "checkpoint " + checkpoint.get("_id")
                    + " over positions " + from + ".." + to + " does not match what is stored");
        }
        var recorded = checkpoint.getList(StoreMaintenance.HASH_VERSIONS, Number.class);
        if (recorded != null && !StoreMaintenance.hashVersions(range).equals(
                recorded.stream().map(Number::intValue).toList())) {
            return new Failure(from, Kind.CHECKPOINT_MISMATCH, "checkpoint " + checkpoint.get("_id")
                    + " records hash versions " + recorded + ", positions " + from + ".." + to + " use "
                    + StoreMaintenance.hashVersions(range));
        }
        return null;
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

    private static Failure checked(long position, Document document, HashMap<String, StreamHead> streams) {
        try {
            return check(position, document, streams);
        } catch (RuntimeException unreadable) {
            return new Failure(position, Kind.ALTERED, "the entry is not an event document: "
                    + unreadable.getMessage());
        }
    }

    /**
     * Checks one event; answers its first failure, or null. Whatever it finds, the stream's head moves on to this
     * event (never back), with the hash stored with it, so the events after it are judged on their own.
     */
    private static Failure check(long position, Document document, HashMap<String, StreamHead> streams) {
        var misplaced = recordedAt(position, document);
        var content = Content.of(document);
        var previousHash = Objects.requireNonNullElse(document.getString(PREVIOUS_HASH), GENESIS);
        var altered = misplaced != null ? misplaced : altered(position, document, content, previousHash);
        if (!content.isDomainEvent()) {
            return altered;
        }
        var stream = streams.get(content.aggregateId());
        long expected = stream == null ? 0 : stream.sequence() + 1;
        Failure chain = null;
        if (content.sequence() < expected) {
            chain = new Failure(position, Kind.OUT_OF_ORDER, "sequence " + content.sequence() + " of aggregate "
                    + content.aggregateId() + " comes after sequence " + stream.sequence());
        } else if (content.sequence() > expected) {
            chain = new Failure(position, Kind.MISSING, "aggregate " + content.aggregateId() + " lacks sequence "
                    + expected + (content.sequence() - 1 > expected ? ".." + (content.sequence() - 1) : "")
                    + " before this event");
        } else if (!(stream == null ? GENESIS : stream.hash()).equals(previousHash)) {
            chain = new Failure(position, Kind.ALTERED,
                    "the event does not chain to its predecessor in aggregate " + content.aggregateId());
        }
        if (content.sequence() >= expected) {
            streams.put(content.aggregateId(), new StreamHead(content.sequence(), document.getString(HASH)));
        }
        return altered != null ? altered : chain;
    }

    /** Whether the event's content matches the hash stored with it, computed as the version it names says. */
    private static Failure altered(long position, Document document, Content content, String previousHash) {
        var version = HashVersion.of(hashVersion(document));
        if (version.isEmpty()) {
            return new Failure(position, Kind.ALTERED, "the event names hash version "
                    + document.get(HASH_VERSION) + ", which does not exist");
        }
        try {
            return sameHash(content.hash(version.get(), position, previousHash), document) ? null
                    : new Failure(position, Kind.ALTERED, "the event's content does not match its hash");
        } catch (RuntimeException unhashable) {
            return new Failure(position, Kind.ALTERED, "the event cannot be hashed: " + unhashable.getMessage());
        }
    }
}
