package de.regionet.query.network;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.PushOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import de.regionet.query.network.ActivityView.Entry;
import de.regionet.query.readmodel.BatchWrites;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.types.Binary;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the network activity dashboard takes from one processor batch, written at its end in a fixed number of round
 * trips however many events the batch holds: the latest list read once and the entries it does not hold yet added by
 * one {@code $push} {@code $each} that sorts and trims on the server; the marks of the batch's positions read with
 * one {@code $in}, the decisions made in memory in event order, the marks written in one bulk write, then one
 * {@code $inc} per month.
 *
 * <p>A mark is a bitmap of {@value #BUCKET} consecutive store positions ({@code "positions/<n>"}, 128 bytes), one bit
 * per event counted: an event counts once whenever and however often it comes again (a retried batch, a claim
 * taken over, a batch cut differently), and a batch touches one or two marks whatever the number of aggregates or
 * months it holds. Until the marks were by position, each (month, aggregate) had one holding the last version
 * counted, and a rebuild over many aggregates upserted nearly one document per event. Marks before counts, as for
 * a single event: a crash between them loses counts (an under-count, repaired by a rebuild), a re-delivery never
 * counts twice. A replay starts with a reset, which removes the marks.
 *
 * <p>A batch of one event costs what it cost before batching: the guarded {@code $push} without a read, the mark
 * read by its {@code _id}. One processor thread writes the marks (a single segment); several segments would need
 * the bits set by an atomic operator instead of the read and {@code $set}.
 */
final class ActivityWrites implements BatchWrites.Pending {

    static final String LATEST_ID = "latest";
    private static final String ENTRIES = "entries";
    private static final String EVENTS = "events";
    private static final String STATE_WIDE = "stateWide";
    private static final String REGIONS = "regions";
    private static final String BITS = "bits";
    /** A mark covers this many consecutive store positions, one bit each: 128 bytes. */
    static final int BUCKET = 1024;
    private static final String MARK_PREFIX = "positions/";
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
     * Decides per event in order whether it counts (its position not marked yet), writes the marks it set, then the
     * counts. An event outside a tracking processor has no position and always counts.
     */
    private void count() {
        var marks = marks();
        var changed = new LinkedHashSet<Long>();
        var byMonth = new TreeMap<YearMonth, Increments>();
        for (var event : events) {
            if (event.position() != null) {
                var bucket = event.position() / BUCKET;
                var bits = marks.computeIfAbsent(bucket, empty -> new BitSet(BUCKET));
                int bit = (int) (event.position() % BUCKET);
                if (bits.get(bit)) {
                    continue;
                }
                bits.set(bit);
                changed.add(bucket);
            }
            byMonth.computeIfAbsent(event.month(), month -> new Increments()).add(event.regionKeys());
        }
        if (!changed.isEmpty()) {
            counted.bulkWrite(changed.stream().<WriteModel<Document>>map(bucket -> new UpdateOneModel<>(
                    Filters.eq("_id", markId(bucket)), Updates.set(BITS, new Binary(marks.get(bucket).toByteArray())),
                    new UpdateOptions().upsert(true))).toList());
        }
        byMonth.forEach((month, increments) -> counts.updateOne(Filters.eq("_id", month.toString()),
                increments.update(), new UpdateOptions().upsert(true)));
    }

    /** The marks of the buckets this batch's positions fall in: by the exact {@code _id}, or one {@code $in}. */
    private Map<Long, BitSet> marks() {
        var buckets = new LinkedHashSet<String>();
        events.stream().filter(event -> event.position() != null)
                .forEach(event -> buckets.add(markId(event.position() / BUCKET)));
        var marks = new HashMap<Long, BitSet>();
        if (!buckets.isEmpty()) {
            var filter = buckets.size() == 1 ? Filters.eq("_id", buckets.iterator().next())
                    : Filters.in("_id", buckets);
            counted.find(filter).forEach(mark -> marks.put(Long.parseLong(mark.getString("_id")
                    .substring(MARK_PREFIX.length())), BitSet.valueOf(mark.get(BITS, Binary.class).getData())));
        }
        return marks;
    }

    private static String markId(long bucket) {
        return MARK_PREFIX + bucket;
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
