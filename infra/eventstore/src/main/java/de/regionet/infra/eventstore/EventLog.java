package de.regionet.infra.eventstore;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import org.bson.Document;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.LongStream;

import static de.regionet.infra.eventstore.EventDocuments.*;

/**
 * The event store as stored, for the audit API, its one reader of raw events: entries by global position, the
 * events of one aggregate stream, and the checkpoints. Every read addresses documents by exact key ({@code _id}
 * or stream key, with {@code $in}), so it stays flat as the store grows, on the embedded server as on MongoDB.
 */
public class EventLog {

    private final MongoEventStore store;
    private final MongoCollection<Document> checkpoints;

    public EventLog(MongoEventStore store, MongoCollection<Document> checkpoints) {
        this.store = store;
        this.checkpoints = checkpoints;
    }

    /**
     * One position of the log: an event, or a void (the position of a failed or abandoned append, which will never
     * hold an event).
     *
     * @param hashVersion the number of the {@link HashVersion} the event's hash was computed with (as stored)
     * @param complete    whether the append the entry belongs to is stored completely (only then is it committed)
     */
    public record Entry(long position, Content content, String previousHash, String hash, int hashVersion,
                        String voidReason, Instant storedAt, boolean complete) {

        public boolean isVoid() {
            return voidReason != null;
        }
    }

    /**
     * A checkpoint: the hash over the range {@code from..to} of positions, chained to its predecessor, and the hash
     * versions the range's events use ({@code null} for a checkpoint written before versions were recorded).
     */
    public record Checkpoint(long number, long from, long to, String previous, String hash,
                             List<Integer> hashVersions) {
    }

    /** The highest position any append reserved, or -1 for an empty store. */
    public long head() {
        return store.head();
    }

    /** The entries stored at these positions; a position without an entry is absent from the map. */
    public Map<Long, Entry> at(Collection<Long> positions) {
        var found = store.byPosition(positions);
        var complete = store.completeAppends(found.values());
        var entries = new HashMap<Long, Entry>();
        found.forEach((position, document) -> entries.put(position, entry(document, complete.test(document))));
        return entries;
    }

    /** The committed events of one aggregate, in sequence order, read by stream key in windows. */
    public List<Entry> stream(String aggregateId, int window) {
        var result = new ArrayList<Entry>();
        for (long first = 0; ; first += window) {
            var keys = LongStream.range(first, first + window).mapToObj(seq -> streamKey(aggregateId, seq)).toList();
            var found = new TreeMap<Long, Document>();
            store.events().find(Filters.in(STREAM_KEY, keys))
                    .forEach(document -> found.put(document.getLong(SEQUENCE), document));
            var complete = store.completeAppends(found.values());
            for (long sequence = first; sequence < first + window; sequence++) {
                var document = found.get(sequence);
                if (document == null || !complete.test(document)) {
                    return result;
                }
                result.add(entry(document, true));
            }
        }
    }

    /** The first event of each of these aggregates that has one: tells which ids name a stream, and its type. */
    public Map<String, Entry> firstEvents(Collection<String> aggregateIds) {
        var result = new HashMap<String, Entry>();
        if (aggregateIds.isEmpty()) {
            return result;
        }
        var keys = aggregateIds.stream().map(id -> streamKey(id, 0)).toList();
        store.events().find(Filters.in(STREAM_KEY, keys))
                .forEach(document -> result.put(document.getString(AGGREGATE_ID), entry(document, true)));
        return result;
    }

    /** The latest checkpoint whose range ends at or before {@code position}, if there is one. */
    public Optional<Checkpoint> latestCheckpointUpTo(long position) {
        var pointer = checkpoints.find(Filters.eq("_id", "latest")).first();
        if (pointer == null) {
            return Optional.empty();
        }
        var latest = checkpoint(pointer.getLong("number") + 1).or(() -> checkpoint(pointer.getLong("number")));
        if (latest.isEmpty() || latest.get().to() <= position) {
            return latest;
        }
        long interval = latest.get().to() - latest.get().from() + 1;
        long number = (position + 1) / interval - 1;
        return number < 0 ? Optional.empty() : checkpoint(number);
    }

    private Optional<Checkpoint> checkpoint(long number) {
        return Optional.ofNullable(checkpoints.find(Filters.eq("_id", number)).first())
                .map(c -> new Checkpoint(c.getLong("_id"), c.getLong("from"), c.getLong("to"),
                        c.getString("previous"), c.getString(HASH), hashVersions(c)));
    }

    private static List<Integer> hashVersions(Document checkpoint) {
        var versions = checkpoint.getList(StoreMaintenance.HASH_VERSIONS, Number.class);
        return versions == null ? null : versions.stream().map(Number::intValue).toList();
    }

    private static Entry entry(Document document, boolean complete) {
        var storedAt = document.getDate(STORED_AT);
        var when = storedAt == null ? null : storedAt.toInstant();
        if (isVoid(document)) {
            return new Entry(position(document), null, null, null, 0, document.getString(VOID), when, true);
        }
        return new Entry(position(document), Content.of(document),
                java.util.Objects.requireNonNullElse(document.getString(PREVIOUS_HASH), GENESIS),
                document.getString(HASH), hashVersion(document), null, when, complete);
    }
}
