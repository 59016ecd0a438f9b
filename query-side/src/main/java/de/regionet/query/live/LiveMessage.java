package de.regionet.query.live;

import java.time.Instant;

/**
 * What a live feed pushes for one stored event: its type, aggregate and version, global position, time, the
 * region it concerns (if any) and the event payload as summary.
 */
public record LiveMessage(String type, String aggregateId, long version, Long position, Instant time,
                          String regionKey, Object payload) {
}
