package de.regionet.infra.audit;

import de.regionet.infra.audit.AggregateTypes.AggregateType;
import de.regionet.infra.eventstore.EventLog;
import de.regionet.kernel.Rejection;
import org.axonframework.config.AggregateConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.EventSourcedAggregate;
import org.axonframework.eventsourcing.NoSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.modelling.command.inspection.AggregateModel;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The history of one aggregate, read from the event store itself: its events as stored, and its state as of a time
 * or version, rebuilt by Axon's own aggregate model from its events up to that point (never from a read model and
 * never from a snapshot), then written as JSON the way snapshots write aggregates.
 */
class AggregateHistory {

    private final AggregateTypes types;
    private final EventLog log;
    private final EventStorageEngine engine;
    private final ObjectMapper stateJson;
    private final int window;

    public AggregateHistory(AggregateTypes types, EventLog log, EventStorageEngine engine, ObjectMapper stateJson,
                            int window) {
        this.types = types;
        this.log = log;
        this.engine = engine;
        this.stateJson = stateJson;
        this.window = window;
    }

    public record History(String type, String id, long version, List<RecordedEvent> events) {
    }

    /**
     * An aggregate's state at a point of its history.
     *
     * @param version     the sequence number of the last event applied
     * @param lastEventAt when that event happened
     * @param asOf        the time asked for, if a time was asked for
     * @param deleted     whether the aggregate had been marked deleted by then
     */
    public record State(String type, String id, long version, Instant lastEventAt, Instant asOf, boolean deleted,
                        JsonNode state) {
    }

    /** Where to stop replaying: after the last event at or before a time, or after a version. */
    public record Cutoff(Instant asOf, Long version) {

        public static Cutoff latest() {
            return new Cutoff(null, null);
        }

        boolean includes(DomainEventMessage<?> event) {
            if (version != null) {
                return event.getSequenceNumber() <= version;
            }
            return asOf == null || !event.getTimestamp().isAfter(asOf);
        }

        String describe() {
            return version != null ? "at version " + version : asOf != null ? "as of " + asOf : "now";
        }
    }

    public History events(String typeName, String id) {
        var type = types.named(typeName);
        var entries = log.stream(id, window);
        if (entries.isEmpty() || !type.storedName().equals(entries.get(0).content().aggregateType())) {
            throw notFound(type, id);
        }
        var events = entries.stream().map(RecordedEvent::of).toList();
        return new History(type.name(), id, events.get(events.size() - 1).sequence(), events);
    }

    public State state(String typeName, String id, Cutoff cutoff) {
        var type = types.named(typeName);
        var events = new ArrayList<DomainEventMessage<?>>();
        boolean exists;
        try (var stored = engine.readEvents(id, 0).asStream()) {
            var iterator = stored.iterator();
            exists = iterator.hasNext();
            while (iterator.hasNext()) {
                var event = iterator.next();
                if (!type.storedName().equals(event.getType())) {
                    throw notFound(type, id);
                }
                if (!cutoff.includes(event)) {
                    break;
                }
                events.add(event);
            }
        }
        if (!exists) {
            throw notFound(type, id);
        }
        if (events.isEmpty()) {
            throw Rejection.notFound("no " + type.name() + " " + id + " existed yet " + cutoff.describe());
        }
        var aggregate = replay(type, id, events);
        var last = events.get(events.size() - 1);
        return new State(type.name(), id, last.getSequenceNumber(), last.getTimestamp(), cutoff.asOf(),
                aggregate.isDeleted(), stateJson.valueToTree(aggregate.getAggregateRoot()));
    }

    /** Axon's own way of loading an aggregate, with the events chosen here instead of all of them. */
    @SuppressWarnings("unchecked")
    private static <T> EventSourcedAggregate<T> replay(AggregateType type, String id,
                                                       List<DomainEventMessage<?>> events) {
        var configuration = (AggregateConfiguration<T>) type.configuration();
        var model = (AggregateModel<T>) type.model();
        T root = configuration.aggregateFactory().createAggregateRoot(id, events.get(0));
        var aggregate = EventSourcedAggregate.initialize(root, model, null, NoSnapshotTriggerDefinition.TRIGGER);
        aggregate.initializeState(DomainEventStream.of(events));
        return aggregate;
    }

    private static Rejection notFound(AggregateType type, String id) {
        return Rejection.notFound("no " + type.name() + " " + id + " in the event store");
    }
}
