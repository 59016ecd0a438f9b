package de.regionet.query.readmodel;

import de.regionet.kernel.EventMetaData;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackingToken;

/** Where a stored event is in the event store, as a tracking processor sees it. */
public final class EventPosition {

    private EventPosition() {
    }

    /**
     * An event's own global position, which the event store adds to the metadata of events read in position order
     * (the token of a late event names the reader's progress, not the event's position); else the token's.
     */
    public static Long of(EventMessage<?> event, TrackingToken token) {
        var own = EventMetaData.globalPositionOf(event.getMetaData());
        if (own != null) {
            return own;
        }
        return token == null || token.position().isEmpty() ? null : token.position().getAsLong();
    }
}
