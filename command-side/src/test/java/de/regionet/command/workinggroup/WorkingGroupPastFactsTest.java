package de.regionet.command.workinggroup;

import de.regionet.command.access.Senders;
import de.regionet.kernel.ContradictsRecordedDecisions;
import de.regionet.kernel.Rejection;
import de.regionet.kernel.workinggroup.DecisionCommand.CastCirculationVote;
import de.regionet.kernel.workinggroup.DecisionCommand.RecordResolution;
import de.regionet.kernel.workinggroup.DecisionEvent.CirculationOpened;
import de.regionet.kernel.workinggroup.DecisionEvent.CirculationVoteCast;
import de.regionet.kernel.workinggroup.DecisionEvent.ResolutionRecorded;
import de.regionet.kernel.workinggroup.MemberId;
import de.regionet.kernel.workinggroup.Outcome;
import de.regionet.kernel.workinggroup.Procedure;
import de.regionet.kernel.workinggroup.ResolutionId;
import de.regionet.kernel.workinggroup.Vote;
import de.regionet.kernel.workinggroup.WorkingGroupCommand.AdmitMember;
import de.regionet.kernel.workinggroup.WorkingGroupCommand.WithdrawMember;
import de.regionet.kernel.workinggroup.WorkingGroupEvent.MemberAdmitted;
import de.regionet.kernel.workinggroup.WorkingGroupEvent.MemberWithdrawn;
import de.regionet.kernel.workinggroup.WorkingGroupEvent.WorkingGroupEstablished;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.hamcrest.FeatureMatcher;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static de.regionet.command.access.Rejections.rejected;
import static de.regionet.command.access.Rejections.rejectedAs;
import static de.regionet.command.workinggroup.Rak.AGENCY;
import static de.regionet.command.workinggroup.Rak.BILDUNGSWERK;
import static de.regionet.command.workinggroup.Rak.CHAMBER;
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
import static de.regionet.kernel.workinggroup.StakeholderCategory.SOCIAL_PARTNER;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.equalTo;

/**
 * The Salzlandkreis working group's history recorded today (the fixture's clock, years after it happened): facts
 * dated in 2022 and 2023 are accepted and judged by the membership of their own day, and a withdrawal that would
 * unseat a member from decisions already recorded is refused unless it is recorded as a correction.
 */
class WorkingGroupPastFactsTest {

    private static final LocalDate FOUNDED = LocalDate.of(2022, 3, 1);
    private static final MemberId UNION = new MemberId("m-dgb");
    private static final LocalDate UNION_ADMITTED = LocalDate.of(2023, 2, 1);
    private static final ResolutionId SEPTEMBER_2022 = new ResolutionId("b-2022-09");
    private static final ResolutionId MAY_2023 = new ResolutionId("b-2023-05");

    private FixtureConfiguration<WorkingGroup> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(WorkingGroup.class);
        fixture.registerCommandDispatchInterceptor(Senders.byDefault(Senders.OFFICE));
    }

    /** The group founded on 1 March 2022 with the six members of {@link Rak}, admitted on 1 July 2022. */
    private static Object[] foundedAndConstituted(Object... more) {
        var events = new ArrayList<Object>(List.of(constituted()));
        events.set(0, new WorkingGroupEstablished(RAK, SALZLANDKREIS, "RAK Salzlandkreis", FOUNDED));
        events.addAll(List.of(more));
        return events.toArray();
    }

    private static RecordResolution meeting(ResolutionId id, LocalDate date, List<MemberId> present) {
        return new RecordResolution(RAK, id, date, "TOP 1", "Der RAK beschließt ...", null, present,
                present.stream().map(Rak::yes).toList(), List.of(), null);
    }

    private static ResolutionRecorded recorded(ResolutionId id, LocalDate date, List<MemberId> votingMembers,
                                               List<MemberId> present) {
        return new ResolutionRecorded(RAK, id, Procedure.MEETING, null, date, "TOP 1", "Der RAK beschließt ...",
                null, RULES, votingMembers, present, present.stream().map(Rak::yes).toList(), List.of(), true,
                Outcome.ADOPTED);
    }

    // ---- admission as of its day

    @Test
    void a_member_admitted_in_2023_is_recorded_today_with_its_day() {
        fixture.given(foundedAndConstituted())
                .when(new AdmitMember(RAK, UNION, "DGB Region Magdeburg", SOCIAL_PARTNER, UNION_ADMITTED, null))
                .expectSuccessfulHandlerExecution()
                .expectEvents(inSalzlandkreis(new MemberAdmitted(RAK, UNION, "DGB Region Magdeburg", SOCIAL_PARTNER,
                        UNION_ADMITTED)));
    }

    @Test
    void nobody_is_admitted_before_the_working_group_was_established() {
        fixture.given(foundedAndConstituted())
                .when(new AdmitMember(RAK, UNION, "DGB Region Magdeburg", SOCIAL_PARTNER, FOUNDED.minusDays(1), null))
                .expectException(rejected(Rejection.Kind.INVALID, "admittedOn"))
                .expectNoEvents();
    }

    @Test
    void a_group_stored_without_its_founding_day_admits_members_of_any_day() {
        fixture.given(constituted())
                .when(new AdmitMember(RAK, UNION, "DGB Region Magdeburg", SOCIAL_PARTNER, LocalDate.of(2020, 1, 1),
                        null))
                .expectSuccessfulHandlerExecution();
    }

    // ---- decisions judged by the members of their day

    @Test
    void a_resolution_of_2022_is_judged_by_the_members_of_2022() {
        var present = List.of(AGENCY, CHAMBER, JOBCENTER);
        fixture.given(foundedAndConstituted())
                .when(meeting(SEPTEMBER_2022, MEETING, present))
                .expectSuccessfulHandlerExecution()
                .expectEvents(inSalzlandkreis(recorded(SEPTEMBER_2022, MEETING, VOTING, present)));
    }

    @Test
    void a_member_admitted_in_2023_cannot_have_voted_in_2022() {
        var admittedLater = new MemberAdmitted(RAK, UNION, "DGB Region Magdeburg", SOCIAL_PARTNER, UNION_ADMITTED);
        fixture.given(foundedAndConstituted(admittedLater))
                .when(new RecordResolution(RAK, SEPTEMBER_2022, MEETING, "TOP 1", "Der RAK beschließt ...", null,
                        List.of(AGENCY, CHAMBER, JOBCENTER), List.of(yes(AGENCY), yes(CHAMBER), yes(JOBCENTER),
                        yes(UNION)), List.of(), null))
                .expectException(rejected(Rejection.Kind.INVALID, "votes"))
                .expectExceptionMessage(UNION + " voted but was not a member of this working group on " + MEETING)
                .expectNoEvents();
    }

    @Test
    void a_member_withdrawn_before_a_meeting_cannot_have_been_present() {
        fixture.given(foundedAndConstituted(new MemberWithdrawn(RAK, CHAMBER, LocalDate.of(2022, 8, 31))))
                .when(meeting(SEPTEMBER_2022, MEETING, List.of(AGENCY, CHAMBER, JOBCENTER)))
                .expectException(rejected(Rejection.Kind.INVALID, "present"))
                .expectNoEvents();
    }

    @Test
    void a_member_withdrawn_on_the_day_of_the_meeting_still_sat_in_it() {
        var present = List.of(AGENCY, CHAMBER, JOBCENTER);
        fixture.given(foundedAndConstituted(new MemberWithdrawn(RAK, CHAMBER, MEETING)))
                .when(meeting(SEPTEMBER_2022, MEETING, present))
                .expectSuccessfulHandlerExecution();
    }

    // ---- late withdrawals that contradict recorded decisions

    @Test
    void a_withdrawal_before_decisions_the_member_took_part_in_is_refused_naming_them() {
        var decisions = foundedAndConstituted(
                recorded(SEPTEMBER_2022, MEETING, VOTING, List.of(AGENCY, CHAMBER, JOBCENTER)),
                recorded(MAY_2023, LocalDate.of(2023, 5, 10), VOTING, List.of(AGENCY, CHAMBER, MUNICIPALITY_SEAT)));
        fixture.given(decisions)
                .when(new WithdrawMember(RAK, CHAMBER, LocalDate.of(2022, 8, 31), null))
                .expectException(allOf(rejected(Rejection.Kind.CONFLICT, "withdrawnOn"),
                        affecting(SEPTEMBER_2022.value(), MAY_2023.value())))
                .expectNoEvents();
    }

    private static Matcher<Object> affecting(String... resolutions) {
        return new FeatureMatcher<>(equalTo(List.of(resolutions)), "a contradiction affecting", "affected") {
            @Override
            protected List<String> featureValueOf(Object actual) {
                return actual instanceof ContradictsRecordedDecisions contradiction ? contradiction.affected() : null;
            }
        };
    }

    @Test
    void a_withdrawal_recorded_as_a_correction_marks_the_affected_decisions_and_rewrites_none() {
        fixture.given(foundedAndConstituted(
                        recorded(SEPTEMBER_2022, MEETING, VOTING, List.of(AGENCY, CHAMBER, JOBCENTER)),
                        recorded(MAY_2023, LocalDate.of(2023, 5, 10), VOTING, List.of(AGENCY, JOBCENTER,
                                MUNICIPALITY_SEAT))))
                .when(new WithdrawMember(RAK, CHAMBER, LocalDate.of(2022, 8, 31), true, null))
                .expectSuccessfulHandlerExecution()
                .expectEvents(inSalzlandkreis(new MemberWithdrawn(RAK, CHAMBER, LocalDate.of(2022, 8, 31),
                        List.of(SEPTEMBER_2022))));
    }

    @Test
    void a_withdrawal_after_every_decision_the_member_took_part_in_affects_none() {
        fixture.given(foundedAndConstituted(
                        recorded(SEPTEMBER_2022, MEETING, VOTING, List.of(AGENCY, CHAMBER, JOBCENTER))))
                .when(new WithdrawMember(RAK, CHAMBER, MEETING, null))
                .expectSuccessfulHandlerExecution()
                .expectEvents(inSalzlandkreis(new MemberWithdrawn(RAK, CHAMBER, MEETING)));
    }

    @Test
    void a_withdrawal_before_a_vote_in_a_written_procedure_is_refused() {
        var circulation = new ResolutionId("u-2022-1");
        var opened = new CirculationOpened(RAK, 1, circulation, "Umlauf", null, LocalDate.of(2022, 10, 1),
                LocalDate.of(2022, 10, 14), RULES, VOTING, List.of());
        fixture.given(foundedAndConstituted(opened,
                        new CirculationVoteCast(RAK, 1, BILDUNGSWERK, Vote.YES, LocalDate.of(2022, 10, 5))))
                .when(new WithdrawMember(RAK, BILDUNGSWERK, LocalDate.of(2022, 10, 2), null))
                .expectException(rejectedAs(Rejection.Kind.CONFLICT))
                .expectExceptionMessage("a withdrawal on 2022-10-02 contradicts decisions already recorded in which "
                        + BILDUNGSWERK + " took part later: u-2022-1; record it as a correction to mark them as "
                        + "affected")
                .expectNoEvents();
    }

    @Test
    void a_vote_in_a_written_procedure_of_2022_is_recorded_with_its_day() {
        var opened = new CirculationOpened(RAK, 1, new ResolutionId("u-2022-1"), "Umlauf", null,
                LocalDate.of(2022, 10, 1), LocalDate.of(2022, 10, 14), RULES, VOTING, List.of());
        fixture.given(foundedAndConstituted(opened))
                .when(new CastCirculationVote(RAK, 1, AGENCY, Vote.YES, LocalDate.of(2022, 10, 5), null))
                .expectSuccessfulHandlerExecution()
                .expectEvents(inSalzlandkreis(new CirculationVoteCast(RAK, 1, AGENCY, Vote.YES,
                        LocalDate.of(2022, 10, 5))));
    }
}
