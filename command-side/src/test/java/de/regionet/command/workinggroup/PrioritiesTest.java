package de.regionet.command.workinggroup;

import de.regionet.command.access.Senders;
import de.regionet.kernel.Period;
import de.regionet.kernel.Rejection;
import de.regionet.kernel.programme.FundingArea;
import de.regionet.kernel.workinggroup.DecisionCommand.AdoptPriorities;
import de.regionet.kernel.workinggroup.DecisionEvent.PrioritiesAdopted;
import de.regionet.kernel.workinggroup.DecisionEvent.ResolutionRecorded;
import de.regionet.kernel.workinggroup.Outcome;
import de.regionet.kernel.workinggroup.PriorityForAction;
import de.regionet.kernel.workinggroup.Procedure;
import de.regionet.kernel.workinggroup.ResolutionId;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static de.regionet.command.access.Rejections.rejected;
import static de.regionet.command.workinggroup.Rak.AGENCY;
import static de.regionet.command.workinggroup.Rak.CHAMBER;
import static de.regionet.command.workinggroup.Rak.CONSTITUTED_VERSION;
import static de.regionet.command.workinggroup.Rak.JOBCENTER;
import static de.regionet.command.workinggroup.Rak.MEETING;
import static de.regionet.command.workinggroup.Rak.RAK;
import static de.regionet.command.workinggroup.Rak.RULES;
import static de.regionet.command.workinggroup.Rak.SALZLANDKREIS;
import static de.regionet.command.workinggroup.Rak.VOTING;
import static de.regionet.command.workinggroup.Rak.constituted;
import static de.regionet.command.workinggroup.Rak.inSalzlandkreis;
import static de.regionet.command.workinggroup.Rak.no;
import static de.regionet.command.workinggroup.Rak.yes;

/** Priorities for action, adopted by an adopted resolution of the working group itself. */
class PrioritiesTest {

    private static final ResolutionId ADOPTED = new ResolutionId("b-2022-04");
    private static final ResolutionId REJECTED = new ResolutionId("b-2022-05");
    private static final Period PERIOD = new Period(LocalDate.of(2023, 1, 1), LocalDate.of(2025, 12, 31));
    private static final List<PriorityForAction> PRIORITIES = List.of(
            new PriorityForAction("Übergang Schule–Beruf", List.of(new FundingArea("I"), new FundingArea("A"))),
            new PriorityForAction("Fachkräftesicherung", List.of(new FundingArea("C"))));

    private FixtureConfiguration<WorkingGroup> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(WorkingGroup.class);
        fixture.registerCommandDispatchInterceptor(Senders.byDefault(Senders.OFFICE));
    }

    private static ResolutionRecorded resolution(ResolutionId id, Outcome outcome) {
        var votes = outcome == Outcome.ADOPTED ? List.of(yes(AGENCY), yes(JOBCENTER), no(CHAMBER))
                : List.of(no(AGENCY), no(JOBCENTER), yes(CHAMBER));
        return new ResolutionRecorded(RAK, id, Procedure.MEETING, null, MEETING, "TOP 2",
                "Der RAK beschließt die Handlungsschwerpunkte 2023–2025.", null, RULES, VOTING,
                List.of(AGENCY, JOBCENTER, CHAMBER), votes, List.of(), true, outcome);
    }

    private static Object[] withResolutions() {
        var events = new ArrayList<>(List.of(constituted()));
        events.add(resolution(ADOPTED, Outcome.ADOPTED));
        events.add(resolution(REJECTED, Outcome.REJECTED));
        return events.toArray();
    }

    @Test
    void priorities_adopted_by_an_adopted_resolution_are_recorded_for_the_region() {
        fixture.given(withResolutions())
                .when(new AdoptPriorities(RAK, ADOPTED, PERIOD, PRIORITIES, null))
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload(new DecisionAnswer.Priorities(CONSTITUTED_VERSION + 3, SALZLANDKREIS))
                .expectEvents(inSalzlandkreis(new PrioritiesAdopted(RAK, ADOPTED, PERIOD, PRIORITIES)));
    }

    @Test
    void funding_areas_of_a_priority_are_kept_in_order_and_once() {
        var priority = new PriorityForAction(" Übergang Schule–Beruf ",
                List.of(new FundingArea("I"), new FundingArea("A"), new FundingArea("I")));
        org.assertj.core.api.Assertions.assertThat(priority).isEqualTo(new PriorityForAction("Übergang Schule–Beruf",
                List.of(new FundingArea("A"), new FundingArea("I"))));
    }

    @Test
    void priorities_need_a_resolution_of_this_working_group() {
        fixture.given(withResolutions())
                .when(new AdoptPriorities(RAK, new ResolutionId("b-of-another-rak"), PERIOD, PRIORITIES, null))
                .expectException(rejected(Rejection.Kind.INVALID, "resolutionId"))
                .expectExceptionMessage("no resolution b-of-another-rak of this working group")
                .expectNoEvents();
    }

    @Test
    void priorities_need_an_adopted_resolution() {
        fixture.given(withResolutions())
                .when(new AdoptPriorities(RAK, REJECTED, PERIOD, PRIORITIES, null))
                .expectException(rejected(Rejection.Kind.INVALID, "resolutionId"))
                .expectExceptionMessage("resolution b-2022-05 was rejected; priorities for action need an adopted "
                        + "resolution")
                .expectNoEvents();
    }

    @Test
    void a_priority_listed_twice_is_refused_whatever_its_spelling() {
        var twice = List.of(new PriorityForAction("Übergang Schule–Beruf", List.of(new FundingArea("A"))),
                new PriorityForAction("übergang  schule - beruf", List.of(new FundingArea("I"))));
        fixture.given(withResolutions())
                .when(new AdoptPriorities(RAK, ADOPTED, PERIOD, twice, null))
                .expectException(rejected(Rejection.Kind.INVALID, "priorities"))
                .expectExceptionMessage("the priority \"übergang  schule - beruf\" is listed twice")
                .expectNoEvents();
    }
}
