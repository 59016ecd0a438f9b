package de.regionet.command.workinggroup;

import de.regionet.command.access.Senders;
import de.regionet.kernel.NetworkTime;
import de.regionet.kernel.workinggroup.CastVote;
import de.regionet.kernel.workinggroup.DecisionCommand.CastCirculationVote;
import de.regionet.kernel.workinggroup.DecisionCommand.OpenCirculation;
import de.regionet.kernel.workinggroup.DecisionCommand.RecordResolution;
import de.regionet.kernel.workinggroup.DecisionEvent.ResolutionRecorded;
import de.regionet.kernel.workinggroup.Outcome;
import de.regionet.kernel.workinggroup.Procedure;
import de.regionet.kernel.workinggroup.ResolutionEffect;
import de.regionet.kernel.workinggroup.ResolutionId;
import de.regionet.kernel.workinggroup.Subject;
import de.regionet.kernel.workinggroup.Vote;
import de.regionet.kernel.workinggroup.WorkingGroupEvent.WorkingGroupEstablished;
import de.regionet.kernel.workinggroup.WorkingGroupKind;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static de.regionet.command.workinggroup.Rak.AGENCY;
import static de.regionet.command.workinggroup.Rak.CONSTITUTED;
import static de.regionet.command.workinggroup.Rak.JOBCENTER;
import static de.regionet.command.workinggroup.Rak.MEETING;
import static de.regionet.command.workinggroup.Rak.MUNICIPALITY_SEAT;
import static de.regionet.command.workinggroup.Rak.RAK;
import static de.regionet.command.workinggroup.Rak.RULES;
import static de.regionet.command.workinggroup.Rak.SALZLANDKREIS;
import static de.regionet.command.workinggroup.Rak.VOTING;
import static de.regionet.command.workinggroup.Rak.constituted;
import static de.regionet.command.workinggroup.Rak.inSalzlandkreis;
import static de.regionet.command.workinggroup.Rak.yes;
import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.hamcrest.CoreMatchers.anything;
import static org.axonframework.test.matchers.Matchers.equalTo;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.payloadsMatching;

/**
 * An advisory working group (Regionaler Facharbeitskreis) judges its resolutions by the same rules as a deciding
 * one, but each is recorded as a recommendation; a deciding group's, and one established before kinds existed, as a
 * decision.
 */
class AdvisoryWorkingGroupTest {

    private static final ResolutionId ADVICE = new ResolutionId("e-2022-09");
    private static final Subject IDEA = new Subject(Subject.Type.PROPOSAL, "idee-4", List.of());

    private FixtureConfiguration<WorkingGroup> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(WorkingGroup.class);
        fixture.registerCommandDispatchInterceptor(Senders.byDefault(Senders.OFFICE));
    }

    /** The Rak members and rules, in a group established as {@code kind}. */
    private static Object[] constitutedAs(WorkingGroupKind kind) {
        var events = new ArrayList<>(List.of(constituted()));
        events.set(0, new WorkingGroupEstablished(RAK, SALZLANDKREIS, "Facharbeitskreis", CONSTITUTED, kind));
        return events.toArray();
    }

    private static RecordResolution meeting() {
        var votes = List.of(yes(AGENCY), yes(JOBCENTER), yes(MUNICIPALITY_SEAT));
        return new RecordResolution(RAK, ADVICE, MEETING, "TOP 2", "Der Facharbeitskreis empfiehlt die Idee 4.",
                IDEA, List.of(AGENCY, JOBCENTER, MUNICIPALITY_SEAT), votes, List.of(), null);
    }

    private static ResolutionRecorded recorded(RecordResolution meeting, ResolutionEffect effect) {
        return new ResolutionRecorded(RAK, ADVICE, Procedure.MEETING, null, meeting.date(), meeting.agendaItem(),
                meeting.motion(), meeting.subject(), RULES, VOTING, meeting.present(), meeting.votes(), List.of(),
                true, Outcome.ADOPTED, effect);
    }

    @Test
    void an_advisory_working_group_is_established_as_advisory() {
        fixture.givenNoPriorActivity()
                .whenConstructing(() -> new WorkingGroup(RAK, SALZLANDKREIS, "Facharbeitskreis", CONSTITUTED,
                        WorkingGroupKind.ADVISORY))
                .expectEvents(inSalzlandkreis(new WorkingGroupEstablished(RAK, SALZLANDKREIS, "Facharbeitskreis",
                        CONSTITUTED, WorkingGroupKind.ADVISORY)));
    }

    @Test
    void a_working_group_established_without_a_kind_is_deciding() {
        fixture.givenNoPriorActivity()
                .whenConstructing(() -> new WorkingGroup(RAK, SALZLANDKREIS, "RAK", CONSTITUTED, null))
                .expectEvents(inSalzlandkreis(new WorkingGroupEstablished(RAK, SALZLANDKREIS, "RAK", CONSTITUTED,
                        WorkingGroupKind.DECIDING)));
    }

    @Test
    void an_advisory_groups_resolution_from_a_meeting_is_a_recommendation() {
        var meeting = meeting();
        fixture.given(constitutedAs(WorkingGroupKind.ADVISORY))
                .when(meeting)
                .expectEvents(inSalzlandkreis(recorded(meeting, ResolutionEffect.RECOMMENDATION)));
    }

    @Test
    void a_deciding_groups_resolution_is_a_decision() {
        var meeting = meeting();
        fixture.given(constitutedAs(WorkingGroupKind.DECIDING))
                .when(meeting)
                .expectEvents(inSalzlandkreis(recorded(meeting, ResolutionEffect.DECISION)));
    }

    @Test
    void a_group_established_before_kinds_existed_decides() {
        var meeting = meeting();
        fixture.given(constituted())
                .when(meeting)
                .expectEvents(inSalzlandkreis(recorded(meeting, ResolutionEffect.DECISION)));
    }

    @Test
    void an_advisory_groups_written_procedure_ends_in_a_recommendation() {
        var openedOn = LocalDate.of(2022, 10, 1);
        var deadline = LocalDate.of(2022, 10, 14);
        var open = new OpenCirculation(RAK, ADVICE, "Empfehlung im Umlauf", null, openedOn, deadline,
                deadline.plusDays(1).atStartOfDay(NetworkTime.ZONE).toInstant(), null);
        var votes = new ArrayList<CastCirculationVote>();
        for (var member : VOTING) {
            votes.add(new CastCirculationVote(RAK, 1, member, Vote.YES, openedOn.plusDays(2), null));
        }
        var last = votes.remove(votes.size() - 1);
        var commands = new ArrayList<Object>();
        commands.add(open);
        commands.addAll(votes);
        var cast = VOTING.stream().map(member -> new CastVote(member, Vote.YES)).toList();
        fixture.givenCurrentTime(openedOn.atTime(9, 0).atZone(NetworkTime.ZONE).toInstant())
                .andGiven(constitutedAs(WorkingGroupKind.ADVISORY))
                .andGivenCommands(commands)
                .when(last)
                .expectEventsMatching(payloadsMatching(exactSequenceOf(anything(), equalTo(new ResolutionRecorded(
                        RAK, ADVICE, Procedure.WRITTEN, 1, openedOn.plusDays(2), null, "Empfehlung im Umlauf", null,
                        RULES, VOTING, VOTING, cast, List.of(), true, Outcome.ADOPTED,
                        ResolutionEffect.RECOMMENDATION)), andNoMore())));
    }
}
