package de.regionet.query.network;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import de.regionet.kernel.EventMetaData;
import de.regionet.kernel.NetworkTime;
import de.regionet.query.network.ActivityView.Entry;
import de.regionet.query.network.ActivityView.Latest;
import de.regionet.query.network.ActivityView.Month;
import de.regionet.query.network.ActivityView.RegionCount;
import de.regionet.query.readmodel.BatchWrites;
import de.regionet.query.readmodel.EventPosition;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.bson.Document;
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
 * {@code $inc}; and which events were counted already is kept apart, one bit per store position in small marks of
 * {@value ActivityWrites#BUCKET} positions each ({@link ActivityWrites}).
 *
 * <p>That mark is written first, and the counts grow only for the events it did not hold. A re-delivered event
 * therefore never counts twice; a crash between the two writes loses those events' counts (an under-count, which a
 * rebuild repairs) rather than risking a double count. A processor batch's events are collected and written at its
 * end: a fixed number of round trips per batch, not four per event.
 */
@Component
@ProcessingGroup(NetworkActivityProjection.NAME)
public class NetworkActivityProjection {

    public static final String NAME = "network_activity";
    static final int LATEST = 50;
    private static final String EVENTS = "events";
    private static final String STATE_WIDE = "stateWide";
    private static final String REGIONS = "regions";

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
        var month = YearMonth.from(event.getTimestamp().atZone(NetworkTime.ZONE));
        var entry = position == null ? null : new Entry(position, payload.getClass().getSimpleName(), aggregateType,
                aggregateId, version, event.getTimestamp(), regionKeys);
        var counted = new ActivityWrites.Counted(month, position, regionKeys);
        BatchWrites.apply(NAME, this::writes, writes -> {
            if (entry != null) {
                writes.list(entry);
            }
            writes.count(counted);
        });
    }

    private ActivityWrites writes() {
        return new ActivityWrites(latest.withDocumentClass(Document.class), counted, counts);
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
        var document = latest.find(Filters.eq("_id", ActivityWrites.LATEST_ID)).first();
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
