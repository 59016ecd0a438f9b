package de.regionet.infra.console.audit;

import de.regionet.infra.audit.AggregateState;
import de.regionet.infra.audit.RecordedEvent;
import de.regionet.kernel.NetworkTime;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;

/**
 * One event of a stream's history as the page shows it: where it is, what it is, the day it took effect, when it
 * was recorded (in Berlin), who caused it (the user name, or erased: {@code principalErased}) in which request,
 * whether it says it was recorded late, and whether the state shown counts it ({@code COUNTED}), leaves it out as
 * taking effect after "Stand am" ({@code NOT_YET_VALID}) or did not know it yet at "Bekannt am"
 * ({@code NOT_YET_RECORDED}).
 */
record HistoryRow(long position, long sequence, String type, LocalDate validOn, ZonedDateTime recordedAt,
                  String principal, boolean principalErased, String recordedLate, String correlationId,
                  String standing) {

    static final String COUNTED = "counted";
    static final String NOT_YET_VALID = "not-yet-valid";
    static final String NOT_YET_RECORDED = "not-yet-recorded";

    /**
     * The rows of {@code events}, the valid days and late notes taken from {@code everything} (the state of the whole
     * record), the standing from {@code shown} (the state asked for; {@code null} when none could be built).
     */
    static List<HistoryRow> of(List<RecordedEvent> events, AggregateState everything,
                               AggregateState shown) {
        var described = new HashMap<Long, AggregateState.Event>();
        everything.events().forEach(event -> described.put(event.sequence(), event));
        var counted = new HashSet<Long>();
        var leftOut = new HashSet<Long>();
        if (shown != null) {
            shown.events().forEach(event -> counted.add(event.sequence()));
            shown.notYetValid().forEach(event -> leftOut.add(event.sequence()));
        }
        return events.stream().map(event -> {
            var about = described.get(event.sequence());
            var standing = counted.contains(event.sequence()) ? COUNTED
                    : leftOut.contains(event.sequence()) ? NOT_YET_VALID : NOT_YET_RECORDED;
            return new HistoryRow(event.position(), event.sequence(), event.type(),
                    about == null ? null : about.validOn(), event.time().atZone(NetworkTime.ZONE), event.principal(),
                    event.principalErased(),
                    about == null || about.recordedLate() == null ? null : String.valueOf(about.recordedLate()),
                    event.correlationId(), standing);
        }).toList();
    }
}
