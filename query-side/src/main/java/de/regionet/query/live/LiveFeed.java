package de.regionet.query.live;

import de.regionet.query.readmodel.EventPosition;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.springframework.stereotype.Component;

/**
 * Pushes stored events to the live topics: each feature declares its topics and which events they carry
 * ({@link LiveTopics}), {@link LiveRouting} asks every declaration, and the {@link LiveTransport} sends the messages
 * in position order, each with the event's global position (in the body and as the STOMP header
 * {@value LiveTransport#POSITION_HEADER}). Runs in its own processing group, which starts at the head of the event
 * store: a feed reports what happens, it does not replay history; a client that missed something resumes from a
 * position ({@code x-from-position}), served from the same routing.
 */
@Component
@ProcessingGroup(LiveFeed.NAME)
public class LiveFeed {

    public static final String NAME = "live-feed";

    private final LiveRouting routing;
    private final LiveTransport transport;

    LiveFeed(LiveRouting routing, LiveTransport transport) {
        this.routing = routing;
        this.transport = transport;
    }

    @EventHandler
    @DisallowReplay
    void on(Object payload, EventMessage<?> event, TrackingToken token) {
        var position = EventPosition.of(event, token);
        transport.send(routing.deliveries(payload, event, position), position, token);
    }
}
