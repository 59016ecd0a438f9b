package de.regionet.query.network;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import de.regionet.kernel.EventMetaData;
import de.regionet.kernel.NetworkTime;
import de.regionet.query.network.ActivityView.Counted;
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
import org.springframework.stereotype.Component;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The network office dashboard: the newest {@value #LATEST} events across the network, and per calendar month
 * (Europe/Berlin) how many events each region had (an event concerning several regions counts for each). Two small
 * collections addressed by {@code _id} only: one document with the latest events (an event already in it, or older
 * than all of a full list, changes nothing), and one document per month whose counts remember, per aggregate, the
 * last version counted, so a re-delivered event is not counted twice.
 */
@Component
@ProcessingGroup(NetworkActivityProjection.NAME)
public class NetworkActivityProjection {

    public static final String NAME = "network_activity";
    static final int LATEST = 50;
    private static final String LATEST_ID = "latest";

    private final MongoCollection<Latest> latest;
    private final MongoCollection<Month> months;

    NetworkActivityProjection(MongoDatabase database) {
        this.latest = database.getCollection(NAME + "_latest", Latest.class);
        this.months = database.getCollection(NAME + "_months", Month.class);
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
        count(YearMonth.from(event.getTimestamp().atZone(NetworkTime.ZONE)), aggregateId, version, regionKeys);
    }

    private void remember(Entry entry) {
        var entries = new ArrayList<>(latestEntries());
        boolean known = entries.stream().anyMatch(existing -> existing.position() == entry.position());
        boolean tooOld = entries.size() >= LATEST && entries.get(entries.size() - 1).position() > entry.position();
        if (known || tooOld) {
            return;
        }
        entries.add(entry);
        entries.sort(Comparator.comparingLong(Entry::position).reversed());
        var kept = List.copyOf(entries.subList(0, Math.min(LATEST, entries.size())));
        latest.replaceOne(Filters.eq("_id", LATEST_ID), new Latest(LATEST_ID, kept), new ReplaceOptions().upsert(true));
    }

    private void count(YearMonth month, String aggregateId, long version, List<String> regionKeys) {
        var id = month.toString();
        var current = month(month).orElse(new Month(id, 0, List.of(), 0, List.of()));
        var counted = new ArrayList<>(current.counted());
        if (aggregateId != null) {
            var before = counted.stream().filter(c -> c.aggregateId().equals(aggregateId)).findFirst();
            if (before.isPresent() && before.get().version() >= version) {
                return;
            }
            before.ifPresent(counted::remove);
            counted.add(new Counted(aggregateId, version));
        }
        var regions = new ArrayList<>(current.regions());
        long stateWide = current.stateWide();
        if (regionKeys.isEmpty()) {
            stateWide++;
        }
        for (var regionKey : regionKeys) {
            var previous = regions.stream().filter(r -> r.regionKey().equals(regionKey)).findFirst();
            previous.ifPresent(regions::remove);
            regions.add(new RegionCount(regionKey, previous.map(RegionCount::events).orElse(0L) + 1));
        }
        regions.sort(Comparator.comparing(RegionCount::regionKey));
        months.replaceOne(Filters.eq("_id", id), new Month(id, current.events() + 1, List.copyOf(regions), stateWide,
                List.copyOf(counted)), new ReplaceOptions().upsert(true));
    }

    @ResetHandler
    void reset() {
        latest.deleteMany(Filters.empty());
        months.deleteMany(Filters.empty());
    }

    /** The newest events, newest first (the API's and the console's activity list). */
    public List<Entry> latestEntries() {
        var document = latest.find(Filters.eq("_id", LATEST_ID)).first();
        return document == null ? List.of() : document.entries();
    }

    Optional<Month> month(YearMonth month) {
        return Optional.ofNullable(months.find(Filters.eq("_id", month.toString())).first());
    }
}
