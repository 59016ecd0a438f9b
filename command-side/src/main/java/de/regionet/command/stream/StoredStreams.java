package de.regionet.command.stream;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Another aggregate's events as stored, for the few checks one aggregate makes of another (which areas a programme
 * has, what a working group resolved). Reads from the first event, never from a snapshot, and takes no lock: the
 * facts it answers are recorded once and never change.
 */
@Component
public class StoredStreams {

    private final EventStore store;

    public StoredStreams(EventStore store) {
        this.store = store;
    }

    /** The payloads of {@code aggregateId}'s events, in order; empty for an unknown aggregate. */
    public List<Object> payloads(String aggregateId) {
        try (var events = store.readEvents(aggregateId, 0).asStream()) {
            return events.map(DomainEventMessage::getPayload).map(Object.class::cast).toList();
        }
    }
}
