package de.regionet.query.network;

import org.bson.codecs.pojo.annotations.BsonId;

import java.time.Instant;
import java.util.List;

/** The network office dashboard's read documents: the latest events, and event counts per region and month. */
public final class ActivityView {

    private ActivityView() {
    }

    /** One event as the dashboard lists it. */
    public record Entry(long position, String type, String aggregateType, String aggregateId, long version,
                        Instant time, List<String> regionKeys) {
    }

    /** The newest events across the network, newest first, kept to a fixed number. */
    public record Latest(@BsonId String id, List<Entry> entries) {
    }

    /** A region's event count in a month. */
    public record RegionCount(String regionKey, long events) {
    }

    /**
     * The events of one calendar month (Europe/Berlin): all of them, per region (an event concerning several regions
     * counts for each), and those concerning no region (state-wide). Read from the month's counter document, which
     * {@link NetworkActivityProjection} grows by {@code $inc}.
     */
    public record Month(@BsonId String id, long events, List<RegionCount> regions, long stateWide) {
    }
}
