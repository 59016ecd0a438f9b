package de.regionet.infra.audit;

import org.axonframework.eventhandling.DomainEventMessage;

import java.time.LocalDate;
import java.util.List;

/**
 * The view a person reads of an aggregate, folded from the events the audit chose: the port through which the audit,
 * which knows neither side, shows an aggregate as the read side would. The application provides it from the read
 * models' own transitions.
 */
@FunctionalInterface
public interface ReadableStates {

    /**
     * The readable view of the aggregate of {@code type} (its name in URLs, e.g. {@code working-group}) built from
     * {@code events} in stream order: as of {@code asOf} where a day was asked for, else as recorded (a view that
     * always answers for one day answers for {@code today}); {@code null} for a type without such a view.
     */
    Object view(String type, List<DomainEventMessage<?>> events, LocalDate asOf, LocalDate today);
}
