package de.regionet.infra.audit;

import de.regionet.infra.audit.AggregateTypes.AggregateType;
import de.regionet.infra.eventstore.EventLog;
import de.regionet.kernel.Rejection;
import de.regionet.kernel.access.AuditScope;
import de.regionet.kernel.validtime.ValidTime;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import tools.jackson.databind.ObjectMapper;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The history of one aggregate, read from the event store itself: its events as stored, and its state at a point of
 * its history in both times: the events recorded by an instant or up to a version (record time), of them those that
 * had taken effect on a day (valid time, {@link ValidTime}), folded into the view a person reads
 * ({@link ReadableStates}, answered as an {@link AggregateState}), never from a read model's collection and never from a snapshot.
 */
class AggregateHistory {

    /** The metadata entry in which an event recorded after the day it took effect may say so. */
    static final String RECORDED_LATE = "recordedLate";

    private final AggregateTypes types;
    private final EventLog log;
    private final EventStorageEngine engine;
    private final ObjectMapper stateJson;
    private final int window;
    private final ReadableStates views;
    private final PrincipalNames names;
    private final StreamNetworks networks;

    public AggregateHistory(AggregateTypes types, EventLog log, EventStorageEngine engine, ObjectMapper stateJson,
                            int window, ReadableStates views, PrincipalNames names, StreamNetworks networks) {
        this.types = types;
        this.log = log;
        this.engine = engine;
        this.stateJson = stateJson;
        this.window = window;
        this.views = views;
        this.names = names;
        this.networks = networks;
    }

    public record History(String type, String id, long version, List<RecordedEvent> events) {
    }

    /**
     * Which events to read: those recorded by {@code knownAt} (record time) or up to {@code version}, and of them
     * those that had taken effect on {@code asOf} (valid time). Each is optional; none means the record as it is.
     */
    public record Cutoff(LocalDate asOf, Instant knownAt, Long version) {

        boolean recorded(DomainEventMessage<?> event) {
            if (version != null) {
                return event.getSequenceNumber() <= version;
            }
            return knownAt == null || !event.getTimestamp().isAfter(knownAt);
        }

        boolean valid(LocalDate validOn) {
            return asOf == null || !validOn.isAfter(asOf);
        }

        String recordedWhen() {
            return version != null ? "at version " + version : knownAt != null ? "by " + knownAt : "yet";
        }
    }

    /**
     * The events of a stream the reader sees: one of its networks' (404 for any other, as for a stream that does not
     * exist), or of the audit log the entries of its networks' principals (404 where it sees none).
     */
    public History events(String typeName, String id, AuditScope scope) {
        var type = types.named(typeName);
        confine(type, id, scope);
        var entries = log.stream(id, window).stream()
                .filter(entry -> !isAuditLog(type) || scope.readsAny(networks.ofEvent(entry.content()))).toList();
        if (entries.isEmpty() || !type.storedName().equals(entries.get(0).content().aggregateType())) {
            throw notFound(type, id);
        }
        var principals = names.forOneAnswer();
        var events = entries.stream().map(entry -> RecordedEvent.of(entry, principals)).toList();
        return new History(type.name(), id, events.get(events.size() - 1).sequence(), events);
    }

    /**
     * The aggregate as {@code cutoff} asks: 404 if it is no aggregate of this type, if nothing of it was recorded by
     * then, or if its first fact took effect only after {@code asOf} (it did not exist yet). {@code today} is the day
     * a view that always answers for one day answers for when no {@code asOf} was asked.
     */
    public AggregateState state(String typeName, String id, Cutoff cutoff, LocalDate today, AuditScope scope) {
        var type = types.named(typeName);
        confine(type, id, scope);
        var recorded = recorded(type, id, cutoff);
        if (isAuditLog(type)) {
            recorded = recorded.stream().filter(event -> scope.readsAny(networks.ofEvent(type.storedName(), id,
                    event.getMetaData()))).toList();
            if (recorded.isEmpty()) {
                throw notFound(type, id);
            }
        }
        var created = validOn(recorded.get(0));
        if (!cutoff.valid(created)) {
            throw Rejection.notFound("no " + type.name() + " " + id + " existed yet on " + cutoff.asOf() + ": its "
                    + "first fact, " + recorded.get(0).getPayloadType().getSimpleName() + ", took effect on " + created);
        }
        var positions = new HashMap<Long, Long>();
        log.stream(id, window).forEach(entry -> positions.put(entry.content().sequence(), entry.position()));
        var used = new ArrayList<DomainEventMessage<?>>();
        var usedEvents = new ArrayList<AggregateState.Event>();
        var leftOut = new ArrayList<AggregateState.Event>();
        for (var event : recorded) {
            var validOn = validOn(event);
            var described = new AggregateState.Event(positions.getOrDefault(event.getSequenceNumber(), -1L),
                    event.getSequenceNumber(), event.getPayloadType().getSimpleName(), validOn, event.getTimestamp(),
                    event.getMetaData().get(RECORDED_LATE));
            if (cutoff.valid(validOn)) {
                used.add(event);
                usedEvents.add(described);
            } else {
                leftOut.add(described);
            }
        }
        var view = views.view(type.name(), List.copyOf(used), cutoff.asOf(), today);
        var last = used.get(used.size() - 1);
        return new AggregateState(type.name(), id, last.getSequenceNumber(), last.getTimestamp(), cutoff.asOf(),
                cutoff.knownAt(), view != null ? view : payloads(used), usedEvents, leftOut);
    }

    /** The aggregate's events recorded by the cutoff's instant or version, upcast as Axon reads them. */
    private List<DomainEventMessage<?>> recorded(AggregateType type, String id, Cutoff cutoff) {
        var recorded = new ArrayList<DomainEventMessage<?>>();
        boolean exists;
        try (var stored = engine.readEvents(id, 0).asStream()) {
            var iterator = stored.iterator();
            exists = iterator.hasNext();
            while (iterator.hasNext()) {
                var event = iterator.next();
                if (!type.storedName().equals(event.getType())) {
                    throw notFound(type, id);
                }
                if (!cutoff.recorded(event)) {
                    break;
                }
                recorded.add(event);
            }
        }
        if (!exists) {
            throw notFound(type, id);
        }
        if (recorded.isEmpty()) {
            throw Rejection.notFound("no " + type.name() + " " + id + " was recorded " + cutoff.recordedWhen());
        }
        return recorded;
    }

    /** A stream of a network the reader does not see is, to it, no stream at all. */
    private void confine(AggregateType type, String id, AuditScope scope) {
        if (!scope.everything() && !isAuditLog(type) && !scope.reads(networks.ofStream(id))) {
            throw notFound(type, id);
        }
    }

    private static boolean isAuditLog(AggregateType type) {
        return StreamNetworks.AUDIT_LOG.equals(type.storedName());
    }

    private static LocalDate validOn(DomainEventMessage<?> event) {
        return ValidTime.validOn(event.getPayload(), event.getTimestamp());
    }

    /** What a type without a readable view shows: its events' payloads, each under its event type. */
    private List<Map<String, Object>> payloads(List<DomainEventMessage<?>> events) {
        return events.stream().map(event -> Map.<String, Object>of("type", event.getPayloadType().getSimpleName(),
                "payload", stateJson.valueToTree(event.getPayload()))).toList();
    }

    private static Rejection notFound(AggregateType type, String id) {
        return Rejection.notFound("no " + type.name() + " " + id + " in the event store");
    }
}
