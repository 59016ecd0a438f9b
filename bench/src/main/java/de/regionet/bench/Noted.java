package de.regionet.bench;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;

import java.util.Map;
import java.util.UUID;

/**
 * The benchmark's event: about the size of a RegioNet event, with the metadata every RegioNet event carries
 * (principal, correlation and causation id, trace id). {@code appendedAtNanos} is set only by the latency probe.
 */
record Noted(String aggregateId, long sequence, long appendedAtNanos, String text) {

    static final String AGGREGATE_TYPE = "BenchAggregate";

    private static final String TEXT = "Working group of region 15001 recorded a resolution on its priorities for "
            + "action, period 2026, with 11 votes in favour, 2 against and 1 abstention";

    static DomainEventMessage<Noted> message(String aggregateId, long sequence) {
        return message(aggregateId, sequence, 0);
    }

    static DomainEventMessage<Noted> message(String aggregateId, long sequence, long appendedAtNanos) {
        var correlation = UUID.randomUUID().toString();
        return new GenericDomainEventMessage<>(AGGREGATE_TYPE, aggregateId, sequence,
                new Noted(aggregateId, sequence, appendedAtNanos, TEXT),
                Map.of("principal", "coordinator-15001", "correlationId", correlation, "causationId", correlation,
                        "traceId", UUID.randomUUID().toString().replace("-", "")));
    }
}
