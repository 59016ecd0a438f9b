package de.regionet.command.programme;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonCreator;
import de.regionet.command.access.NetworkScope;
import de.regionet.command.stream.ExpectedVersion;
import de.regionet.kernel.Rejection;
import de.regionet.kernel.network.Networks;
import de.regionet.kernel.programme.AreaDefinition;
import de.regionet.kernel.programme.FundingArea;
import de.regionet.kernel.programme.ProgrammeAreas;
import de.regionet.kernel.programme.ProgrammeCommand;
import de.regionet.kernel.programme.ProgrammeCommand.AmendProgramme;
import de.regionet.kernel.programme.ProgrammeCommand.LaunchProgramme;
import de.regionet.kernel.programme.ProgrammeEvent;
import de.regionet.kernel.programme.ProgrammeEvent.ProgrammeAmended;
import de.regionet.kernel.programme.ProgrammeEvent.ProgrammeLaunched;
import de.regionet.kernel.programme.ProgrammeId;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A funding programme with its budget and lettered funding areas, amended over time (REGIO AKTIV added areas L and M
 * from 2025-04-01). Its events are kept as they are, so every check of an area on a day folds them with the one
 * fold the whole network uses ({@link ProgrammeAreas}).
 */
@Aggregate(snapshotTriggerDefinition = "snapshotTrigger")
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
public class Programme {

    @AggregateIdentifier
    private ProgrammeId id;
    // the events as they are, typed so that a snapshot reads them back; not final: a snapshot is read into them
    private ProgrammeLaunched launched;
    private List<ProgrammeAmended> amendments = new ArrayList<>();

    /** For Axon, and for Jackson when it reads a snapshot. */
    @JsonCreator
    protected Programme() {
    }

    @CommandHandler
    Programme(LaunchProgramme command, MetaData metaData, Networks networks) {
        var in = NetworkScope.forNew(metaData, command.network(), networks, "programmes");
        var codes = new HashSet<FundingArea>();
        for (var area : command.areas()) {
            if (!codes.add(area.code())) {
                throw Rejection.invalid("fundingAreas", "funding area " + area.code() + " is listed twice");
            }
            if (!command.period().contains(area.from())) {
                throw Rejection.invalid("fundingAreas", "funding area " + area.code() + " starts on " + area.from()
                        + ", outside the programme's period " + command.period().from() + " to "
                        + command.period().to());
            }
        }
        apply(new ProgrammeLaunched(command.programmeId(), command.name(), command.period(), command.budget(),
                command.areas(), in));
    }

    /** Only the office of the programme's network changes it (a launch is checked where it is written). */
    @CommandHandlerInterceptor
    Object checkVersion(ProgrammeCommand command, MetaData metaData, InterceptorChain chain) throws Exception {
        if (!(command instanceof LaunchProgramme)) {
            NetworkScope.checkOffice(metaData, launched.network(), "programme " + id);
        }
        ExpectedVersion.check(command.expectedVersion());
        return chain.proceed();
    }

    @CommandHandler
    long handle(AmendProgramme command) {
        var areas = areas();
        var day = command.effectiveFrom();
        if (!areas.period().contains(day)) {
            throw Rejection.invalid("effectiveFrom", "an amendment takes effect within the programme's period ("
                    + areas.period().from() + " to " + areas.period().to() + "), not on " + day);
        }
        if (areas.lastAmendedFrom() != null && day.isBefore(areas.lastAmendedFrom())) {
            throw Rejection.invalid("effectiveFrom", "amendment " + areas.amendments() + " took effect on "
                    + areas.lastAmendedFrom() + "; a later amendment cannot take effect before it");
        }
        var touched = new HashSet<FundingArea>();
        for (var area : command.addAreas()) {
            requireOnce(touched, area.code());
            if (areas.openOn(area.code(), day)) {
                throw Rejection.conflict("funding area " + area.code() + " is already part of the programme on " + day);
            }
        }
        for (var area : command.retitleAreas()) {
            requireOnce(touched, area.code());
            requireOpen(areas, area.code(), day, "retitleAreas");
        }
        for (var area : command.closeAreas()) {
            requireOnce(touched, area);
            requireOpen(areas, area, day, "closeAreas");
        }
        apply(new ProgrammeAmended(id, areas.amendments() + 1, day, from(command.addAreas(), day),
                from(command.retitleAreas(), day), command.closeAreas()));
        return AggregateLifecycle.getVersion();
    }

    private static void requireOnce(HashSet<FundingArea> touched, FundingArea area) {
        if (!touched.add(area)) {
            throw Rejection.invalid(null, "funding area " + area + " appears more than once in the amendment");
        }
    }

    private static void requireOpen(ProgrammeAreas areas, FundingArea area, LocalDate day, String field) {
        if (!areas.openOn(area, day)) {
            throw Rejection.invalid(field, "the programme has no funding area " + area + " on " + day);
        }
    }

    /** The areas of an amendment take effect on its day, whatever day a client sent with them. */
    private static List<AreaDefinition> from(List<AreaDefinition> areas, LocalDate day) {
        return areas.stream().map(area -> new AreaDefinition(area.code(), area.title(), day)).toList();
    }

    private ProgrammeAreas areas() {
        var events = new ArrayList<ProgrammeEvent>();
        events.add(launched);
        events.addAll(amendments);
        return ProgrammeAreas.of(events);
    }

    @EventSourcingHandler
    void on(ProgrammeLaunched event) {
        id = event.programmeId();
        launched = event;
    }

    @EventSourcingHandler
    void on(ProgrammeAmended event) {
        amendments.add(event);
    }
}
