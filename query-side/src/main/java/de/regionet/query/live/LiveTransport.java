package de.regionet.query.live;

import org.axonframework.eventhandling.TrackingToken;

import java.util.List;

/**
 * What carries the live feed's messages to subscribers. It sends them in position order: an event whose token
 * shows an earlier position still being written (a gap) waits until that position is stored, or for a limited time
 * (an append that never completes is voided by the store's maintenance well before). So a client that resumes after
 * the last position it saw misses nothing. Each message carries its position as the STOMP header
 * {@value #POSITION_HEADER}.
 */
public interface LiveTransport {

    /** The STOMP header of every live message that names the event's global position. */
    String POSITION_HEADER = "x-position";

    /**
     * Sends the deliveries of the event at this position (of none, when the event has no position) once no
     * earlier position the token shows as a gap can still come.
     */
    void send(List<LiveRouting.Delivery> deliveries, Long position, TrackingToken token);
}
