package de.regionet.infra.audit;

import java.util.List;

/**
 * What a lineage walk ({@link LineageWalk}) answers: the streams an aggregate's history is tied to, each with where it
 * stands relative to the one asked about, and all their events as one timeline in store order.
 */
public record Lineage(String type, String id, List<Stream> streams, List<RecordedEvent> timeline, boolean truncated) {

    /** A stream of the lineage, with where it stands relative to the one asked about. */
    public record Stream(String type, String id, String relation, long firstPosition, List<Tie> reachedBy) {
    }

    /** How a stream was reached: from which stream, by what tie. */
    public record Tie(String fromType, String fromId, String kind) {
    }
}
