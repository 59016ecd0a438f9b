package de.regionet.query.readmodel;

import org.axonframework.eventhandling.DomainEventMessage;

import java.time.Instant;
import java.util.List;

/**
 * One aggregate's events folded, in stream order, into the view its projection keeps, through the same
 * transitions, without a collection: how the audit shows an aggregate as of a point of its record. Events before
 * the creating one, and events a view does not keep, leave the view as it is.
 *
 * @param <V> the view
 */
@FunctionalInterface
public interface EventFold<V> {

    /** The view after {@code event}; {@code view} is {@code null} until the creating event was folded. */
    V next(V view, Object event, long version, Instant at);

    /** The view after all of {@code events}; {@code null} if none of them created it. */
    default V over(List<? extends DomainEventMessage<?>> events) {
        V view = null;
        for (var event : events) {
            view = next(view, event.getPayload(), event.getSequenceNumber(), event.getTimestamp());
        }
        return view;
    }
}
