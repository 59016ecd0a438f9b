package de.regionet.query.network;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.PushOptions;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import de.regionet.query.network.ActivityView.Entry;
import de.regionet.query.readmodel.BatchWrites;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What the network activity dashboard takes from one processor batch, written at its end in a fixed number of round
 * trips however many events the batch holds: the latest list read once and the entries it does not hold yet added by
 * one {@code $push} {@code $each} that sorts and trims on the server; the mark read by its {@code _id}, the
 * decisions made in memory, the mark set to this batch's positions, then one {@code $inc} per month.
 *
 * <p>Why one mark suffices: the processor stores its token right after this batch's writes, so the only events that
 * can come again (after a crash or a failed token write) are those of the last batch written, and the mark lists
 * exactly their positions. Positions the batch before held beyond this batch's newest stay in the mark, for a retry
 * that came in a smaller batch. A replay starts with a reset, which removes the mark. Marks before counts, as for a
 * single event: a crash between them loses counts (an under-count, repaired by a rebuild), a re-delivery never
 * counts twice. The mark is one small document rewritten per batch, whatever the number of aggregates or months:
 * a rebuild no longer writes one mark per (month, aggregate), which had made it the slowest read model to rebuild.
 *
 * <p>A batch of one event costs what it cost before batching: the guarded {@code $push} without a read, the mark
 * read by its {@code _id}.
 */
final class ActivityWrites implements BatchWrites.Pending {

    static final String LATEST_ID = "latest";
    private static final String ENTRIES = "entries";
    private static final String EVENTS = "events";
    private static final String STATE_WIDE = "stateWide";
    private static final String REGIONS = "regions";
    private static final String POSITIONS = "positions";
    /** The mark: the positions the last batch written counted. */
    static final String LAST_BATCH_ID = "last-batch";
    private static final String POSITION = "position";

    /** An event to count at its position in the store ({@code null} outside a tracking processor: always counts). */
    record Counted(YearMonth month, Long position, List<String> regionKeys) {
    }

    private final MongoCollection<Document> latest;
    private final MongoCollection<Document> counted;
    private final MongoCollection<Document> counts;
    private final List<Entry> entries = new ArrayList<>();
    private final List<Counted> events = new ArrayList<>();

    ActivityWrites(MongoCollection<Document> latest, MongoCollection<Document> counted,
                   MongoCollection<Document> counts) {
        this.latest = latest;
        this.counted = counted;
        this.counts = counts;
    }

    void list(Entry entry) {
        entries.add(entry);
    }

    void count(Counted event) {
        events.add(event);
    }

    @Override
    public void flush() {
        remember();
        count();
        entries.clear();
        events.clear();
    }

    private void remember() {
        if (entries.size() == 1) {
            rememberOne(entries.get(0));
        } else if (!entries.isEmpty()) {
            rememberAll();
        }
    }

    /**
     * Adds the entry unless the list holds it already (the guard beside the exact {@code _id}, which makes the
     * embedded server scan: the collection holds this one document). One write, no read.
     */
    private void rememberOne(Entry entry) {
        var notYetListed = new Document("_id", LATEST_ID)
                .append(ENTRIES + "." + POSITION, new Document("$ne", entry.position()));
        try {
            latest.updateOne(notYetListed, push(List.of(entry)), new UpdateOptions().upsert(true));
        } catch (MongoWriteException e) {
            // the upsert collided with the existing list: it holds the entry already
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
        }
    }

    /** Reads the list once and pushes the newest {@value NetworkActivityProjection#LATEST} entries it lacks. */
    private void rememberAll() {
        var listed = new HashSet<Long>();
        var document = latest.find(Filters.eq("_id", LATEST_ID)).first();
        if (document != null) {
            document.getList(ENTRIES, Document.class, List.of())
                    .forEach(entry -> listed.add(entry.get(POSITION, Number.class).longValue()));
        }
        // a full list keeps nothing older than its oldest entry
        long oldestKept = listed.size() >= NetworkActivityProjection.LATEST
                ? listed.stream().mapToLong(Long::longValue).min().orElseThrow() : Long.MIN_VALUE;
        var fresh = new ArrayList<Entry>();
        for (var entry : entries) {
            if (entry.position() > oldestKept && listed.add(entry.position())) {
                fresh.add(entry);
            }
        }
        fresh.sort(Comparator.comparingLong(Entry::position).reversed());
        if (!fresh.isEmpty()) {
            latest.updateOne(Filters.eq("_id", LATEST_ID),
                    push(fresh.subList(0, Math.min(fresh.size(), NetworkActivityProjection.LATEST))),
                    new UpdateOptions().upsert(true));
        }
    }

    private static Bson push(List<Entry> fresh) {
        return Updates.pushEach(ENTRIES, fresh, new PushOptions().sortDocument(new Document(POSITION, -1))
                .slice(NetworkActivityProjection.LATEST));
    }

    /**
     * Decides per event whether it counts, writes the new mark, then the counts. An event counts unless the last
     * batch written holds its position already, or this batch held it before (a re-delivery within the batch). The
     * new mark holds every position of this batch, counted now or before.
     */
    private void count() {
        var lastBatch = lastBatch();
        var batch = new TreeSet<Long>();
        var byMonth = new TreeMap<YearMonth, Increments>();
        for (var event : events) {
            if (event.position() != null && (!batch.add(event.position()) || lastBatch.contains(event.position()))) {
                continue;
            }
            byMonth.computeIfAbsent(event.month(), month -> new Increments()).add(event.regionKeys());
        }
        if (!batch.isEmpty()) {
            // this batch may come again until its token is stored, and so may what the last one held beyond it
            long newest = batch.last();
            var mark = new TreeSet<>(batch);
            lastBatch.stream().filter(position -> position > newest).forEach(mark::add);
            if (!mark.equals(lastBatch)) {
                counted.updateOne(Filters.eq("_id", LAST_BATCH_ID), Updates.set(POSITIONS, List.copyOf(mark)),
                        new UpdateOptions().upsert(true));
            }
        }
        byMonth.forEach((month, increments) -> counts.updateOne(Filters.eq("_id", month.toString()),
                increments.update(), new UpdateOptions().upsert(true)));
    }

    /** The positions the last batch counted, read by the mark's exact {@code _id}. */
    private Set<Long> lastBatch() {
        var mark = counted.find(Filters.eq("_id", LAST_BATCH_ID)).first();
        var positions = new TreeSet<Long>();
        if (mark != null) {
            mark.getList(POSITIONS, Number.class, List.of()).forEach(position -> positions.add(position.longValue()));
        }
        return positions;
    }

    /** What one month's counts grow by. */
    private static final class Increments {
        private long events;
        private long stateWide;
        private final Map<String, Long> regions = new TreeMap<>();

        void add(List<String> regionKeys) {
            events++;
            if (regionKeys.isEmpty()) {
                stateWide++;
            }
            regionKeys.forEach(key -> regions.merge(key, 1L, Long::sum));
        }

        Bson update() {
            var increments = new ArrayList<Bson>();
            increments.add(Updates.inc(EVENTS, events));
            increments.add(Updates.inc(STATE_WIDE, stateWide));
            // region keys are official keys (digits only), safe as field names
            regions.forEach((key, count) -> increments.add(Updates.inc(REGIONS + "." + key, count)));
            return Updates.combine(increments);
        }
    }
}
