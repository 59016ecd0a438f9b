package de.regionet.command.dispatch;

import de.regionet.kernel.EventMetaData;
import de.regionet.kernel.region.RegionKey;
import org.axonframework.messaging.MetaData;

/** Metadata aggregates attach to the events they apply. */
public final class EventContext {

    private EventContext() {
    }

    /** Places an event in its region, for feeds, exports and authorisation that do not read payloads. */
    public static MetaData inRegion(RegionKey key) {
        return MetaData.with(EventMetaData.REGION_KEY, key.value());
    }
}
