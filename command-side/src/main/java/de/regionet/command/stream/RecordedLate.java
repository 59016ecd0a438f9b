package de.regionet.command.stream;

import de.regionet.kernel.EventMetaData;
import de.regionet.kernel.NetworkTime;
import de.regionet.kernel.validtime.ValidTime;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;

import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Marks every event whose fact took effect before the day it is recorded ({@link EventMetaData#RECORDED_LATE}), so
 * that feeds, the audit and readers can tell a late record from a fact recorded as it happened without knowing any
 * payload type. Who recorded it is the principal the event already carries. Runs on the event bus before events are
 * stored, once for all aggregates; an event that names no day of its own is never late.
 */
final class RecordedLate implements MessageDispatchInterceptor<EventMessage<?>> {

    @Override
    public BiFunction<Integer, EventMessage<?>, EventMessage<?>> handle(List<? extends EventMessage<?>> messages) {
        return (index, event) -> isLate(event)
                ? event.andMetaData(Map.of(EventMetaData.RECORDED_LATE, Boolean.TRUE)) : event;
    }

    /** Whether the event's valid day lies before the day of its timestamp, in the network's time zone. */
    static boolean isLate(EventMessage<?> event) {
        var recordedOn = NetworkTime.dayOf(event.getTimestamp());
        return ValidTime.dayOf(event.getPayload()).filter(day -> day.isBefore(recordedOn)).isPresent();
    }
}
