package de.regionet.bench;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;

import java.util.List;
import java.util.Optional;

/** One way of storing events that the benchmark measures, on its own embedded server. */
interface Contender extends AutoCloseable {

    String name();

    EmbeddedServer server();

    /** Takes part in the append phases only. */
    default boolean appendOnly() {
        return false;
    }

    /** One append: these events of one aggregate, stored together. */
    void append(List<DomainEventMessage<Noted>> events);

    /** Reads one aggregate's stream as loading the aggregate does; returns how many events it read. */
    int load(String aggregateId);

    /** Reads every event in store order until all are read or the deadline passes; returns how many it read. */
    long replay(long deadlineNanos);

    /** Whether {@link #audit()} does anything. */
    default boolean audits() {
        return false;
    }

    /** Writes the store's checkpoints and verifies the whole store; empty when the contender cannot. */
    Optional<Audit> audit();

    /** What a tracking processor reads from and keeps its token in; empty for raw inserts, which have neither. */
    Optional<Tracking> tracking();

    @Override
    void close();

    record Tracking(EventStore eventStore, TokenStore tokens) {
    }

    /** What checkpointing and verification took, and what the verifier said. */
    record Audit(long checkpointNanos, long verifyNanos, long eventsChecked, long checkpointsChecked,
                 String result) {
    }
}
