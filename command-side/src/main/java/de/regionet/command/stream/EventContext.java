package de.regionet.command.stream;

import de.regionet.kernel.EventMetaData;
import de.regionet.kernel.region.RegionKey;
import org.axonframework.messaging.MetaData;

import java.util.Collection;

/** Metadata aggregates attach to the events they apply. */
public final class EventContext {

    private EventContext() {
    }

    /** Places an event in its region, for feeds, exports and authorisation that do not read payloads. */
    public static MetaData inRegion(RegionKey key) {
        return MetaData.with(EventMetaData.REGION_KEY, key.value());
    }

    /** Places an event that concerns several regions (e.g. an agreement's parties) in each of them. */
    public static MetaData inRegions(Collection<RegionKey> keys) {
        return MetaData.with(EventMetaData.REGION_KEYS,
                keys.stream().map(RegionKey::value).distinct().sorted().toList());
    }

    /** Marks an event the public may see (about something published), so public feeds can carry it. */
    public static MetaData publicly() {
        return MetaData.with(EventMetaData.AUDIENCE, EventMetaData.PUBLIC);
    }

    /** {@link #publicly()} if {@code visible}, else no metadata. */
    public static MetaData publiclyIf(boolean visible) {
        return visible ? publicly() : MetaData.emptyInstance();
    }
}
