package de.regionet.query.live;

import java.time.Instant;

/**
 * What a live feed pushes for one stored event: its type, aggregate and version, global position, time, the
 * region it concerns (if any) and the event payload as summary. On a topic {@link LiveTopic#withOrigin() with origin}
 * (the audit topic) it also names who caused the event and in which request ({@code principal}, as the event's
 * metadata names it: a user by its pseudonym, never by name; {@code correlationId}); elsewhere those are
 * {@code null}.
 */
public record LiveMessage(String type, String aggregateId, long version, Long position, Instant time,
                          String regionKey, Object payload, String principal, String correlationId) {

    LiveMessage withOrigin(String principal, String correlationId) {
        return new LiveMessage(type, aggregateId, version, position, time, regionKey, payload, principal,
                correlationId);
    }
}
