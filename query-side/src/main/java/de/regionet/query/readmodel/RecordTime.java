package de.regionet.query.readmodel;

import de.regionet.kernel.validtime.ValidTime;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The two times of the event a projection is handling, taken from Axon's current unit of work: the instant it was
 * recorded (its timestamp, as stored in the event store, so a replay sees the same instant) and the day its fact
 * took effect ({@link ValidTime}). Empty where no event is being handled (a projection called directly).
 */
final class RecordTime {

    private RecordTime() {
    }

    static Optional<Instant> ofCurrentEvent() {
        return currentEvent().map(EventMessage::getTimestamp);
    }

    /** The day the handled event's fact names as the day it took effect, if it names one. */
    static Optional<LocalDate> validDayOfCurrentEvent() {
        return currentEvent().flatMap(event -> ValidTime.dayOf(event.getPayload()));
    }

    private static Optional<EventMessage<?>> currentEvent() {
        if (!CurrentUnitOfWork.isStarted()) {
            return Optional.empty();
        }
        return CurrentUnitOfWork.get().getMessage() instanceof EventMessage<?> event
                ? Optional.of(event) : Optional.empty();
    }
}
