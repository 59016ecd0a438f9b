package de.regionet.infra.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import de.regionet.kernel.validtime.ValidTime;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An aggregate at a point of its history: what a person reads of it, and the events that view was built from.
 *
 * @param version     the sequence number of the last event the view was built from
 * @param lastEventAt when that event was recorded
 * @param asOf        the day asked for (valid time), if one was
 * @param knownAt     the instant asked for (record time), if one was
 * @param state       the readable view ({@link ReadableStates}); for a type without one, the events' payloads
 * @param events      the events the view was built from, in stream order
 * @param notYetValid the events recorded by then that took effect only after {@code asOf}, left out
 */
public record AggregateState(String type, String id, long version, Instant lastEventAt, LocalDate asOf,
                             Instant knownAt, Object state, List<Event> events, List<Event> notYetValid) {

    /**
     * One event of a state: where it is in the store and its stream, its type, the day it took effect
     * ({@link ValidTime}), when it was recorded, and what its metadata says about being recorded late, if anything.
     */
    public record Event(long position, long sequence, String type, LocalDate validOn, Instant recordedAt,
                        @JsonInclude(JsonInclude.Include.NON_NULL) Object recordedLate) {
    }
}
