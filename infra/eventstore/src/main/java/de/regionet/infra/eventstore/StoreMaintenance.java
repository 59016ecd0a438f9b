package de.regionet.infra.eventstore;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;

import static de.regionet.infra.eventstore.EventDocuments.*;

/**
 * Keeps the store dense and checkpointed, in the background:
 * <ol>
 * <li>A position that stays empty while a later append is older than the gap timeout was abandoned (its writer
 * died between reserving and inserting): it gets a void document, so readers stop waiting and the verifier can
 * tell an abandoned position from a deleted event.</li>
 * <li>Every full range of {@code checkpointInterval} positions, once all of it is stored, gets a checkpoint: a
 * SHA-256 over the previous checkpoint's hash and each position's event hash (or "void"). A deleted or inserted
 * event, or a deleted stream, changes it. It also records which {@link HashVersion}s the range's events use.</li>
 * </ol>
 * Ranges are fixed, so nodes running this concurrently write identical checkpoints.
 */
public class StoreMaintenance {

    static final String CHECKPOINTS = "event_checkpoints";
    /** The hash versions the events of a checkpoint's range use (absent in checkpoints written before version 2). */
    static final String HASH_VERSIONS = "hashVersions";
    private static final Logger log = LoggerFactory.getLogger(StoreMaintenance.class);

    private final MongoEventStore store;
    private final MongoCollection<Document> checkpoints;
    private final int interval;
    private final Duration gapTimeout;
    private final Clock clock;

    public StoreMaintenance(MongoEventStore store, MongoCollection<Document> checkpoints, int interval,
                            Duration gapTimeout, Clock clock) {
        this.store = store;
        this.checkpoints = checkpoints;
        this.interval = interval;
        this.gapTimeout = gapTimeout;
        this.clock = clock;
    }

    /** One round: void abandoned positions, write every checkpoint that can be written. */
    public synchronized void run() {
        try {
            long head = store.head();
            var last = latestCheckpoint();
            long next = last == null ? 0 : last.getLong("_id") + 1;
            String previousHash = last == null ? GENESIS : last.getString(HASH);
            while (next * interval <= head) {
                long from = next * interval;
                long to = from + interval - 1;
                var found = store.byPosition(LongStream.rangeClosed(from, Math.min(to, head)).boxed().toList());
                if (voidAbandoned(from, Math.min(to, head), found) || to > head
                        || !found.values().stream().allMatch(store.completeAppends(found.values()))) {
                    return;
                }
                previousHash = writeCheckpoint(next, from, to, previousHash, found);
                next++;
            }
        } catch (RuntimeException e) {
            log.warn("Event store maintenance failed; it is retried in the next round", e);
        }
    }

    /** Voids abandoned positions in {@code [from, to]}; true if some position is still empty. */
    private boolean voidAbandoned(long from, long to, Map<Long, Document> found) {
        var cutoff = clock.instant().minus(gapTimeout);
        boolean missing = false;
        for (long position = to; position >= from; position--) {
            if (found.containsKey(position)) {
                continue;
            }
            final long gap = position;
            boolean olderAppendAfter = found.values().stream().anyMatch(document -> position(document) > gap
                    && document.getDate(STORED_AT).toInstant().isBefore(cutoff));
            var now = Date.from(clock.instant());
            if (olderAppendAfter && store.insertVoid(gap, "abandoned", now)) {
                found.put(gap, voidAt(gap, "abandoned", now));
            } else {
                missing = true;
            }
        }
        return missing;
    }

    private String writeCheckpoint(long number, long from, long to, String previousHash, Map<Long, Document> found) {
        var hash = rangeHash(previousHash, from, to, found);
        var checkpoint = new Document("_id", number).append("from", from).append("to", to)
                .append("previous", previousHash).append(HASH, hash).append(HASH_VERSIONS, hashVersions(found))
                .append("createdAt", Date.from(clock.instant()));
        try {
            checkpoints.insertOne(checkpoint);
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
        }
        checkpoints.replaceOne(Filters.eq("_id", "latest"), new Document("_id", "latest").append("number", number),
                new ReplaceOptions().upsert(true));
        return hash;
    }

    static String rangeHash(String previousHash, long from, long to, Map<Long, Document> found) {
        return EventDocuments.rangeHash(previousHash, from, to, position -> checkpointEntry(found.get(position)));
    }

    /** The hash versions the events among these documents use, ascending. */
    static List<Integer> hashVersions(Map<Long, Document> documents) {
        return documents.values().stream().filter(document -> !isVoid(document))
                .map(EventDocuments::hashVersion).distinct().sorted().toList();
    }

    private Document latestCheckpoint() {
        var pointer = checkpoints.find(Filters.eq("_id", "latest")).first();
        if (pointer == null) {
            return null;
        }
        long number = pointer.getLong("number");
        // a crash between writing a checkpoint and moving the pointer leaves the pointer one behind
        var newer = checkpoints.find(Filters.eq("_id", number + 1)).first();
        return newer != null ? newer : checkpoints.find(Filters.eq("_id", number)).first();
    }
}
