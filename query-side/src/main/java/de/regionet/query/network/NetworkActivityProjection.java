package de.regionet.query.network;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.PushOptions;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import de.regionet.kernel.EventMetaData;
import de.regionet.kernel.NetworkTime;
import de.regionet.query.network.ActivityView.Entry;
import de.regionet.query.network.ActivityView.Latest;
import de.regionet.query.network.ActivityView.Month;
import de.regionet.query.network.ActivityView.RegionCount;
import de.regionet.query.readmodel.EventPosition;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The network office dashboard: the newest {@value #LATEST} events across the network, and per calendar month
 * (Europe/Berlin) how many events each region had (an event concerning several regions counts for each). Every
 * event costs a fixed number of small writes, however many events the month already holds (issue 20): the latest
 * list takes the event with one {@code $push} that sorts and trims it on the server; the month's counts grow by
 * {@code $inc}; and whether an aggregate's event was counted already is kept apart, in one small document per
 * month and aggregate ({@code "<month>/<aggregateId>"}) holding the last version counted.
 *
 * <p>That mark is written first, by a conditional update only a newer version passes, and the counts grow only
 * when this delivery wrote it. A re-delivered or replayed event therefore never counts twice; a crash between the
 * two writes loses that one event's count (an under-count of one, which a rebuild repairs) rather than risking a
 * double count. Events of no aggregate carry no version to judge by and count on every delivery.
 */
@Component
@ProcessingGroup(NetworkActivityProjection.NAME)
public class NetworkActivityProjection {

    public static final String NAME = "network_activity";
    static final int LATEST = 50;
    private static final String LATEST_ID = "latest";
    private static final String EVENTS = "events";
    private static final String STATE_WIDE = "stateWide";
    private static final String REGIONS = "regions";
    private static final String VERSION = "version";
    private static final String POSITION = "position";

    private final MongoCollection<Latest> latest;
    private final MongoCollection<Document> counts;
    private final MongoCollection<Document> counted;
    private final MongoCollection<Document> formerMonths;

    NetworkActivityProjection(MongoDatabase database) {
        this.latest = database.getCollection(NAME + "_latest", Latest.class);
        this.counts = database.getCollection(NAME + "_counts");
        this.counted = database.getCollection(NAME + "_counted");
        this.formerMonths = database.getCollection(NAME + "_months");
    }

    @EventHandler
    void on(Object payload, EventMessage<?> event, TrackingToken token) {
        String aggregateType = null;
        String aggregateId = null;
        long version = 0;
        if (event instanceof DomainEventMessage<?> domainEvent) {
            aggregateType = domainEvent.getType();
            aggregateId = domainEvent.getAggregateIdentifier();
            version = domainEvent.getSequenceNumber();
        }
        var regionKeys = List.copyOf(new TreeSet<>(EventMetaData.regionsOf(event.getMetaData())));
        var position = EventPosition.of(event, token);
        if (position != null) {
            remember(new Entry(position, payload.getClass().getSimpleName(), aggregateType, aggregateId, version,
                    event.getTimestamp(), regionKeys));
        }
        var month = YearMonth.from(event.getTimestamp().atZone(NetworkTime.ZONE));
        if (aggregateId == null || firstDelivery(month, aggregateId, version, position)) {
            count(month, regionKeys);
        }
    }

    /**
     * Adds the entry unless the list holds it already (the guard beside the exact {@code _id}, which makes the
     * embedded server scan: the collection holds this one document): the server sorts the list newest first and
     * keeps {@value #LATEST}, so an entry older than all of a full list drops out at once. One write, no read.
     */
    private void remember(Entry entry) {
        var push = Updates.pushEach("entries", List.of(entry),
                new PushOptions().sortDocument(new Document(POSITION, -1)).slice(LATEST));
        var notYetListed = new Document("_id", LATEST_ID)
                .append("entries.position", new Document("$ne", entry.position()));
        applied(latest.withDocumentClass(Document.class), notYetListed, push);
    }

    /**
     * Marks {@code version} as counted for the aggregate in {@code month}; true if this delivery wrote the mark,
     * false if that version or a later one was counted before. Read and written by the exact {@code _id} alone (the
     * embedded server scans the collection for a filter with any further field); one processor thread handles
     * this read model's events at a time, so nothing writes the mark in between.
     */
    private boolean firstDelivery(YearMonth month, String aggregateId, long version, Long position) {
        var id = Filters.eq("_id", month + "/" + aggregateId);
        var mark = counted.find(id).first();
        if (mark != null && mark.get(VERSION, Number.class).longValue() >= version) {
            return false;
        }
        counted.updateOne(id, Updates.combine(Updates.set(VERSION, version), Updates.set(POSITION, position)),
                new UpdateOptions().upsert(true));
        return true;
    }

    private void count(YearMonth month, List<String> regionKeys) {
        var increments = new ArrayList<Bson>();
        increments.add(Updates.inc(EVENTS, 1L));
        increments.add(Updates.inc(STATE_WIDE, regionKeys.isEmpty() ? 1L : 0L));
        // region keys are official keys (digits only), safe as field names
        regionKeys.forEach(key -> increments.add(Updates.inc(REGIONS + "." + key, 1L)));
        counts.updateOne(Filters.eq("_id", month.toString()), Updates.combine(increments),
                new UpdateOptions().upsert(true));
    }

    /**
     * Applies {@code update} to the one document {@code filter} addresses by {@code _id}, creating it if missing;
     * false if the document exists and the rest of the filter (the guard) refused it: the upsert then collides
     * with the existing {@code _id}.
     */
    private static boolean applied(MongoCollection<Document> collection, Bson filter, Bson update) {
        try {
            var result = collection.updateOne(filter, update, new UpdateOptions().upsert(true));
            return result.getModifiedCount() > 0 || result.getUpsertedId() != null;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }

    @ResetHandler
    void reset() {
        latest.deleteMany(Filters.empty());
        counts.deleteMany(Filters.empty());
        counted.deleteMany(Filters.empty());
        formerMonths.drop();
    }

    /** The newest events, newest first (the API's and the console's activity list). */
    public List<Entry> latestEntries() {
        var document = latest.find(Filters.eq("_id", LATEST_ID)).first();
        return document == null ? List.of() : document.entries();
    }

    Optional<Month> month(YearMonth month) {
        return Optional.ofNullable(counts.find(Filters.eq("_id", month.toString())).first()).map(document -> {
            var regions = new ArrayList<RegionCount>();
            var byRegion = document.get(REGIONS, Document.class);
            if (byRegion != null) {
                for (Map.Entry<String, Object> region : byRegion.entrySet()) {
                    regions.add(new RegionCount(region.getKey(), ((Number) region.getValue()).longValue()));
                }
            }
            return new Month(month.toString(), number(document, EVENTS), List.copyOf(regions),
                    number(document, STATE_WIDE));
        });
    }

    private static long number(Document document, String field) {
        var value = document.get(field, Number.class);
        return value == null ? 0 : value.longValue();
    }
}
