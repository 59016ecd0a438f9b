package de.regionet.query.live;

import org.axonframework.eventhandling.TrackingToken;

import java.util.List;

/**
 * What carries the live feed's messages to subscribers. It sends them in position order: an event whose token
 * shows an earlier position still being written (a gap) waits until that position is stored, or for a limited time
 * (an append that never completes is voided by the store's maintenance well before). So a client that resumes after
 * the last position it saw misses nothing. Each message carries its position as the STOMP header
 * {@value #POSITION_HEADER}, and the position of the message before it on its destination as
 * {@value #PREVIOUS_POSITION_HEADER}, so a client can see a gap.
 */
public interface LiveTransport {

    /** The STOMP header of every live message that names the event's global position. */
    String POSITION_HEADER = "x-position";

    /**
     * The STOMP header naming the position of the message sent before this one on the same destination (absent on
     * the first one a node sends there after it started, and on the first one a resumption replays). A client that
     * sees a value greater than the last position it got on that subscription missed something, and resumes from
     * that last position ({@code x-from-position}).
     */
    String PREVIOUS_POSITION_HEADER = "x-previous-position";

    /**
     * Sends the deliveries of the event at this position (of none, when the event has no position) once no
     * earlier position the token shows as a gap can still come.
     */
    void send(List<LiveRouting.Delivery> deliveries, Long position, TrackingToken token);
}
