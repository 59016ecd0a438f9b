package de.regionet.command.workinggroup;

import de.regionet.command.access.Senders;
import de.regionet.kernel.Rejection;
import de.regionet.kernel.workinggroup.CastVote;
import de.regionet.kernel.workinggroup.DecisionCommand.RecordResolution;
import de.regionet.kernel.workinggroup.DecisionCommand.SetRulesOfProcedure;
import de.regionet.kernel.workinggroup.DecisionEvent.ResolutionRecorded;
import de.regionet.kernel.workinggroup.DecisionEvent.RulesOfProcedureSet;
import de.regionet.kernel.workinggroup.MemberId;
import de.regionet.kernel.workinggroup.Outcome;
import de.regionet.kernel.workinggroup.Procedure;
import de.regionet.kernel.workinggroup.Recusal;
import de.regionet.kernel.workinggroup.ResolutionId;
import de.regionet.kernel.workinggroup.RulesOfProcedure;
import de.regionet.kernel.workinggroup.RulesOfProcedure.Majority;
import de.regionet.kernel.workinggroup.StakeholderCategory;
import de.regionet.kernel.workinggroup.Subject;
import de.regionet.kernel.workinggroup.WorkingGroupEvent.MemberAdmitted;
import de.regionet.kernel.workinggroup.WorkingGroupEvent.MemberWithdrawn;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
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
import static de.regionet.command.workinggroup.Rak.CONSTITUTED;
import static de.regionet.command.workinggroup.Rak.CONSTITUTED_VERSION;
import static de.regionet.command.workinggroup.Rak.EQUALITY;
import static de.regionet.command.workinggroup.Rak.JOBCENTER;
import static de.regionet.command.workinggroup.Rak.MEETING;
import static de.regionet.command.workinggroup.Rak.MUNICIPALITY_SEAT;
import static de.regionet.command.workinggroup.Rak.RAK;
import static de.regionet.command.workinggroup.Rak.RULES;
import static de.regionet.command.workinggroup.Rak.SPONSOR;
import static de.regionet.command.workinggroup.Rak.STRANGER;
import static de.regionet.command.workinggroup.Rak.VOTING;
import static de.regionet.command.workinggroup.Rak.abstains;
import static de.regionet.command.workinggroup.Rak.constituted;
import static de.regionet.command.workinggroup.Rak.inSalzlandkreis;
import static de.regionet.command.workinggroup.Rak.no;
import static de.regionet.command.workinggroup.Rak.recused;
import static de.regionet.command.workinggroup.Rak.yes;
import static de.regionet.kernel.workinggroup.RulesOfProcedure.Quorum.MORE_THAN_HALF_OF_VOTING_MEMBERS;

/** Rules of procedure and resolutions from meetings, judged by the membership and the rules of their date. */
class ResolutionTest {

    private static final ResolutionId RESOLUTION = new ResolutionId("b-2022-03");
    private static final Subject PROPOSAL = new Subject(Subject.Type.PROPOSAL, "p-17", List.of(SPONSOR));

    private FixtureConfiguration<WorkingGroup> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(WorkingGroup.class);
        fixture.registerCommandDispatchInterceptor(Senders.byDefault(Senders.OFFICE));
    }

    private static RecordResolution meeting(LocalDate date, Subject subject, List<MemberId> present,
                                            List<CastVote> votes, List<Recusal> recusals) {
        return new RecordResolution(RAK, RESOLUTION, date, "TOP 3", "Der RAK beschließt ...", subject, present,
                votes, recusals, null);
    }

    private static RecordResolution meeting(List<MemberId> present, List<CastVote> votes) {
        return meeting(MEETING, null, present, votes, List.of());
    }

    private static ResolutionRecorded recorded(RecordResolution meeting, RulesOfProcedure rules,
                                               List<MemberId> votingMembers, Outcome outcome) {
        return new ResolutionRecorded(RAK, meeting.resolutionId(), Procedure.MEETING, null, meeting.date(),
                meeting.agendaItem(), meeting.motion(), meeting.subject(), rules, votingMembers, meeting.present(),
                meeting.votes(), meeting.recusals(), true, outcome);
    }

    private static Object[] constitutedAnd(Object... more) {
        var events = new ArrayList<>(List.of(constituted()));
        events.addAll(List.of(more));
        return events.toArray();
    }

    // ---- rules of procedure

    @Test
    void setting_rules_of_procedure_records_them_in_the_region() {
        var rules = new RulesOfProcedure(LocalDate.of(2023, 1, 1), MORE_THAN_HALF_OF_VOTING_MEMBERS,
                Majority.TWO_THIRDS, List.of(StakeholderCategory.JOB_CENTRE));
        fixture.given(constituted())
                .when(new SetRulesOfProcedure(RAK, rules, null))
                .expectResultMessagePayload(CONSTITUTED_VERSION + 1)
                .expectEvents(inSalzlandkreis(new RulesOfProcedureSet(RAK, rules)));
    }

    @Test
    void rules_that_publish_the_voting_record_are_recorded_with_that_setting() {
        var published = new RulesOfProcedure(LocalDate.of(2023, 1, 1), MORE_THAN_HALF_OF_VOTING_MEMBERS,
                Majority.SIMPLE, RULES.votingCategories(), true);
        fixture.given(constituted())
                .when(new SetRulesOfProcedure(RAK, published, null))
                .expectResultMessagePayload(CONSTITUTED_VERSION + 1)
                .expectEvents(inSalzlandkreis(new RulesOfProcedureSet(RAK, published)));
    }

    @Test
    void rules_keep_the_voting_record_confidential_unless_they_say_otherwise() {
        var unsaid = new RulesOfProcedure(LocalDate.of(2023, 1, 1), MORE_THAN_HALF_OF_VOTING_MEMBERS,
                Majority.SIMPLE, RULES.votingCategories(), null);
        fixture.given(constituted())
                .when(new SetRulesOfProcedure(RAK, unsaid, null))
                .expectEvents(inSalzlandkreis(new RulesOfProcedureSet(RAK, new RulesOfProcedure(
                        LocalDate.of(2023, 1, 1), MORE_THAN_HALF_OF_VOTING_MEMBERS, Majority.SIMPLE,
                        RULES.votingCategories(), false))));
    }

    /**
     * Publishing the voting record is a rule like the others: a resolution carries the setting of its own date's
     * rules, so members knew when they voted whether their votes would be published.
     */
    @Test
    void a_resolution_carries_whether_the_rules_of_its_date_publish_the_voting_record() {
        var published = new RulesOfProcedure(LocalDate.of(2023, 1, 1), MORE_THAN_HALF_OF_VOTING_MEMBERS,
                Majority.SIMPLE, RULES.votingCategories(), true);
        var votes = List.of(yes(AGENCY), yes(JOBCENTER), yes(MUNICIPALITY_SEAT), no(CHAMBER), no(BILDUNGSWERK));
        var after = new RecordResolution(RAK, new ResolutionId("b-2023-01"), LocalDate.of(2023, 3, 1), "TOP 2",
                "Der RAK beschließt ...", null, VOTING, votes, List.of(), null);
        var before = new RecordResolution(RAK, new ResolutionId("b-2022-05"), LocalDate.of(2022, 12, 7), "TOP 4",
                "Der RAK beschließt ...", null, VOTING, votes, List.of(), null);

        fixture.given(constitutedAnd(new RulesOfProcedureSet(RAK, published)))
                .when(after)
                .expectEvents(inSalzlandkreis(recorded(after, published, VOTING, Outcome.ADOPTED)));
        fixture.given(constitutedAnd(new RulesOfProcedureSet(RAK, published)))
                .when(before)
                .expectEvents(inSalzlandkreis(recorded(before, RULES, VOTING, Outcome.ADOPTED)));
    }

    @Test
    void rules_that_would_change_how_a_recorded_resolution_was_judged_are_refused() {
        var meeting = meeting(List.of(AGENCY, JOBCENTER, CHAMBER), List.of(yes(AGENCY), yes(JOBCENTER)));
        var backdated = new RulesOfProcedure(MEETING, MORE_THAN_HALF_OF_VOTING_MEMBERS, Majority.TWO_THIRDS,
                RULES.votingCategories());
        fixture.given(constitutedAnd(recorded(meeting, RULES, VOTING, Outcome.ADOPTED)))
                .when(new SetRulesOfProcedure(RAK, backdated, null))
                .expectException(rejected(Rejection.Kind.CONFLICT, "validFrom"))
                .expectExceptionMessage("rules valid from 2022-09-14 would change the rules a decision of 2022-09-14 "
                        + "was judged by; new rules of procedure take effect after the last decision")
                .expectNoEvents();
    }

    // ---- outcome

    @Test
    void a_resolution_is_recorded_with_the_outcome_computed_from_the_votes() {
        var meeting = meeting(List.of(AGENCY, JOBCENTER, CHAMBER, MUNICIPALITY_SEAT, EQUALITY),
                List.of(yes(AGENCY), yes(JOBCENTER), no(CHAMBER), abstains(MUNICIPALITY_SEAT)));
        fixture.given(constituted())
                .when(meeting)
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload(new DecisionAnswer.Resolution(CONSTITUTED_VERSION + 1, Outcome.ADOPTED))
                .expectEvents(inSalzlandkreis(recorded(meeting, RULES, VOTING, Outcome.ADOPTED)));
    }

    @Test
    void a_motion_without_more_yes_than_no_votes_is_recorded_as_rejected() {
        var meeting = meeting(List.of(AGENCY, JOBCENTER, CHAMBER),
                List.of(yes(AGENCY), no(JOBCENTER), abstains(CHAMBER)));
        fixture.given(constituted())
                .when(meeting)
                .expectResultMessagePayload(new DecisionAnswer.Resolution(CONSTITUTED_VERSION + 1, Outcome.REJECTED))
                .expectEvents(inSalzlandkreis(recorded(meeting, RULES, VOTING, Outcome.REJECTED)));
    }

    @Test
    void abstentions_do_not_count_towards_the_majority() {
        var meeting = meeting(List.of(AGENCY, JOBCENTER, CHAMBER, MUNICIPALITY_SEAT),
                List.of(yes(AGENCY), abstains(JOBCENTER), abstains(CHAMBER), abstains(MUNICIPALITY_SEAT)));
        fixture.given(constituted())
                .when(meeting)
                .expectEvents(inSalzlandkreis(recorded(meeting, RULES, VOTING, Outcome.ADOPTED)));
    }

    // ---- quorum

    @Test
    void a_resolution_of_a_body_that_is_not_quorate_is_refused() {
        fixture.given(constituted())
                .when(meeting(List.of(AGENCY, JOBCENTER, EQUALITY), List.of(yes(AGENCY), yes(JOBCENTER))))
                .expectException(rejected(Rejection.Kind.INVALID, "present"))
                .expectExceptionMessage("the working group was not quorate on 2022-09-14: 2 of its 5 members with a "
                        + "vote took part (present and not recused), 3 are needed")
                .expectNoEvents();
    }

    @Test
    void recused_members_do_not_count_towards_the_quorum() {
        var present = List.of(AGENCY, JOBCENTER, BILDUNGSWERK);
        fixture.given(constituted())
                .when(meeting(MEETING, PROPOSAL, present, List.of(yes(AGENCY), yes(JOBCENTER)),
                        List.of(recused(BILDUNGSWERK))))
                .expectException(rejected(Rejection.Kind.INVALID, "present"))
                .expectExceptionMessage(org.hamcrest.Matchers.startsWith(
                        "the working group was not quorate on 2022-09-14: 2 of its 5"))
                .expectNoEvents();
    }

    @Test
    void members_without_a_vote_do_not_count_towards_the_quorum_nor_vote() {
        fixture.given(constituted())
                .when(meeting(List.of(AGENCY, JOBCENTER, CHAMBER, EQUALITY), List.of(yes(AGENCY), yes(EQUALITY))))
                .expectException(rejected(Rejection.Kind.INVALID, "votes"))
                .expectExceptionMessage("m-gleichstellung (Gleichstellungsbeauftragte Salzlandkreis, "
                        + "EQUAL_OPPORTUNITIES) has no vote under the rules of procedure in force on 2022-09-14")
                .expectNoEvents();
    }

    // ---- who votes

    @Test
    void a_non_member_voting_is_refused() {
        fixture.given(constituted())
                .when(meeting(List.of(AGENCY, JOBCENTER, CHAMBER), List.of(yes(AGENCY), yes(STRANGER))))
                .expectException(rejected(Rejection.Kind.INVALID, "votes"))
                .expectExceptionMessage("m-unbekannt voted but was not a member of this working group on 2022-09-14")
                .expectNoEvents();
    }

    @Test
    void a_member_admitted_after_the_meeting_did_not_sit_in_it() {
        var latecomer = new MemberId("m-hwk");
        fixture.given(constitutedAnd(new MemberAdmitted(RAK, latecomer, "Handwerkskammer Halle",
                        StakeholderCategory.BUSINESS, MEETING.plusDays(1))))
                .when(meeting(List.of(AGENCY, JOBCENTER, CHAMBER, latecomer), List.of(yes(AGENCY))))
                .expectException(rejected(Rejection.Kind.INVALID, "present"))
                .expectExceptionMessage("m-hwk was not a member of this working group on 2022-09-14")
                .expectNoEvents();
    }

    @Test
    void a_member_that_withdrew_before_the_meeting_cannot_vote_in_it() {
        fixture.given(constitutedAnd(new MemberWithdrawn(RAK, CHAMBER, MEETING.minusDays(1))))
                .when(meeting(List.of(AGENCY, JOBCENTER, MUNICIPALITY_SEAT), List.of(yes(AGENCY), yes(CHAMBER))))
                .expectException(rejected(Rejection.Kind.INVALID, "votes"))
                .expectExceptionMessage("m-ihk voted but was not a member of this working group on 2022-09-14")
                .expectNoEvents();
    }

    @Test
    void a_member_that_withdraws_on_the_day_of_the_meeting_still_sat_in_it() {
        var meeting = meeting(List.of(AGENCY, JOBCENTER, CHAMBER), List.of(yes(AGENCY), no(CHAMBER), yes(JOBCENTER)));
        fixture.given(constitutedAnd(new MemberWithdrawn(RAK, CHAMBER, MEETING)))
                .when(meeting)
                .expectEvents(inSalzlandkreis(recorded(meeting, RULES, VOTING, Outcome.ADOPTED)));
    }

    @Test
    void a_double_vote_is_refused() {
        fixture.given(constituted())
                .when(meeting(List.of(AGENCY, JOBCENTER, CHAMBER), List.of(yes(AGENCY), no(JOBCENTER), yes(JOBCENTER))))
                .expectException(rejected(Rejection.Kind.INVALID, "votes"))
                .expectExceptionMessage("m-jobcenter voted twice; every member votes once")
                .expectNoEvents();
    }

    @Test
    void a_vote_of_a_member_not_listed_as_present_is_refused() {
        fixture.given(constituted())
                .when(meeting(List.of(AGENCY, JOBCENTER, CHAMBER), List.of(yes(AGENCY), yes(MUNICIPALITY_SEAT))))
                .expectException(rejected(Rejection.Kind.INVALID, "votes"))
                .expectExceptionMessage("m-landkreis voted but is not listed as present")
                .expectNoEvents();
    }

    @Test
    void a_member_listed_twice_as_present_is_refused() {
        fixture.given(constituted())
                .when(meeting(List.of(AGENCY, JOBCENTER, CHAMBER, AGENCY), List.of(yes(AGENCY))))
                .expectException(rejected(Rejection.Kind.INVALID, "present"))
                .expectExceptionMessage("m-agentur is listed as present twice")
                .expectNoEvents();
    }

    // ---- recusal

    @Test
    void a_recused_member_voting_is_refused() {
        fixture.given(constituted())
                .when(meeting(MEETING, PROPOSAL, List.of(AGENCY, JOBCENTER, CHAMBER, BILDUNGSWERK),
                        List.of(yes(AGENCY), yes(BILDUNGSWERK)), List.of(recused(BILDUNGSWERK))))
                .expectException(rejected(Rejection.Kind.INVALID, "votes"))
                .expectExceptionMessage("m-bildungswerk is recused and may not vote")
                .expectNoEvents();
    }

    @Test
    void a_present_member_of_the_proposals_sponsor_that_is_not_recused_is_refused() {
        fixture.given(constituted())
                .when(meeting(MEETING, PROPOSAL, List.of(AGENCY, JOBCENTER, CHAMBER, BILDUNGSWERK),
                        List.of(yes(AGENCY), yes(JOBCENTER), no(CHAMBER)), List.of()))
                .expectException(rejected(Rejection.Kind.INVALID, "recusals"))
                .expectExceptionMessage("m-bildungswerk (Bildungswerk Salzland) must be recused: the organisation "
                        + "sponsors the PROPOSAL p-17 being decided")
                .expectNoEvents();
    }

    @Test
    void the_sponsor_is_recognised_regardless_of_case() {
        var subject = new Subject(Subject.Type.CALL, "call-4", List.of("BILDUNGSWERK SALZLAND", "Träger X"));
        fixture.given(constituted())
                .when(meeting(MEETING, subject, List.of(AGENCY, JOBCENTER, CHAMBER, BILDUNGSWERK),
                        List.of(yes(AGENCY)), List.of()))
                .expectException(rejected(Rejection.Kind.INVALID, "recusals"))
                .expectNoEvents();
    }

    @Test
    void a_recused_sponsor_lets_the_others_decide_and_the_recusal_is_recorded() {
        var meeting = meeting(MEETING, PROPOSAL, List.of(AGENCY, JOBCENTER, CHAMBER, BILDUNGSWERK),
                List.of(yes(AGENCY), yes(JOBCENTER), no(CHAMBER)),
                List.of(new Recusal(BILDUNGSWERK, "Träger des Projektvorschlags")));
        fixture.given(constituted())
                .when(meeting)
                .expectEvents(inSalzlandkreis(recorded(meeting, RULES, VOTING, Outcome.ADOPTED)));
    }

    @Test
    void an_absent_sponsor_need_not_be_recused() {
        var meeting = meeting(MEETING, PROPOSAL, List.of(AGENCY, JOBCENTER, CHAMBER),
                List.of(yes(AGENCY), yes(JOBCENTER), yes(CHAMBER)), List.of());
        fixture.given(constituted())
                .when(meeting)
                .expectEvents(inSalzlandkreis(recorded(meeting, RULES, VOTING, Outcome.ADOPTED)));
    }

    @Test
    void only_a_present_member_can_be_recused() {
        fixture.given(constituted())
                .when(meeting(MEETING, PROPOSAL, List.of(AGENCY, JOBCENTER, CHAMBER), List.of(yes(AGENCY)),
                        List.of(recused(BILDUNGSWERK))))
                .expectException(rejected(Rejection.Kind.INVALID, "recusals"))
                .expectExceptionMessage("m-bildungswerk is recused but not listed as present; only a present member "
                        + "can be recused")
                .expectNoEvents();
    }

    // ---- the rules of the day

    @Test
    void a_resolution_dated_before_any_rules_of_procedure_is_refused() {
        fixture.given(constituted())
                .when(meeting(CONSTITUTED.minusDays(1), null, List.of(AGENCY, JOBCENTER, CHAMBER),
                        List.of(yes(AGENCY)), List.of()))
                .expectException(rejected(Rejection.Kind.INVALID, "date"))
                .expectExceptionMessage("no rules of procedure are in force on 2022-06-30; set the working group's "
                        + "rules first")
                .expectNoEvents();
    }

    /**
     * The same three yes and two no votes adopt a motion under the first rules (simple majority) and reject it under
     * the second (two thirds), each meeting judged by the rules of its own date, even when the older meeting is
     * recorded after the rules changed.
     */
    @Test
    void rules_changed_between_two_meetings_each_resolution_is_judged_by_its_own_dates_rules() {
        var newYear = LocalDate.of(2023, 1, 1);
        var twoThirds = new RulesOfProcedure(newYear, MORE_THAN_HALF_OF_VOTING_MEMBERS, Majority.TWO_THIRDS,
                RULES.votingCategories());
        var votes = List.of(yes(AGENCY), yes(JOBCENTER), yes(MUNICIPALITY_SEAT), no(CHAMBER), no(BILDUNGSWERK));
        var after = new RecordResolution(RAK, new ResolutionId("b-2023-01"), LocalDate.of(2023, 3, 1), "TOP 2",
                "Der RAK beschließt ...", null, VOTING, votes, List.of(), null);
        var before = new RecordResolution(RAK, new ResolutionId("b-2022-05"), LocalDate.of(2022, 12, 7), "TOP 4",
                "Der RAK beschließt ...", null, VOTING, votes, List.of(), null);

        fixture.given(constitutedAnd(new RulesOfProcedureSet(RAK, twoThirds)))
                .when(after)
                .expectResultMessagePayload(new DecisionAnswer.Resolution(CONSTITUTED_VERSION + 2, Outcome.REJECTED))
                .expectEvents(inSalzlandkreis(recorded(after, twoThirds, VOTING, Outcome.REJECTED)));

        fixture.given(constitutedAnd(new RulesOfProcedureSet(RAK, twoThirds),
                        recorded(after, twoThirds, VOTING, Outcome.REJECTED)))
                .when(before)
                .expectResultMessagePayload(new DecisionAnswer.Resolution(CONSTITUTED_VERSION + 3, Outcome.ADOPTED))
                .expectEvents(inSalzlandkreis(recorded(before, RULES, VOTING, Outcome.ADOPTED)));
    }

    @Test
    void who_has_a_vote_follows_the_rules_of_the_day() {
        var onlyPublicBodies = new RulesOfProcedure(LocalDate.of(2023, 1, 1), MORE_THAN_HALF_OF_VOTING_MEMBERS,
                Majority.SIMPLE, List.of(StakeholderCategory.MUNICIPALITY, StakeholderCategory.EMPLOYMENT_AGENCY,
                StakeholderCategory.JOB_CENTRE));
        var meeting = new RecordResolution(RAK, RESOLUTION, LocalDate.of(2023, 2, 1), "TOP 1", "Der RAK beschließt ...",
                null, List.of(AGENCY, JOBCENTER, CHAMBER), List.of(yes(AGENCY), yes(JOBCENTER), no(CHAMBER)),
                List.of(), null);
        fixture.given(constitutedAnd(new RulesOfProcedureSet(RAK, onlyPublicBodies)))
                .when(meeting)
                .expectException(rejected(Rejection.Kind.INVALID, "votes"))
                .expectExceptionMessage("m-ihk (IHK Magdeburg, BUSINESS) has no vote under the rules of procedure in "
                        + "force on 2023-02-01")
                .expectNoEvents();
    }

    @Test
    void a_version_of_the_rules_with_the_same_start_replaces_the_earlier_one() {
        var corrected = new RulesOfProcedure(CONSTITUTED, MORE_THAN_HALF_OF_VOTING_MEMBERS, Majority.TWO_THIRDS,
                RULES.votingCategories());
        var meeting = meeting(VOTING, List.of(yes(AGENCY), yes(JOBCENTER), yes(MUNICIPALITY_SEAT), no(CHAMBER),
                no(BILDUNGSWERK)));
        fixture.given(constitutedAnd(new RulesOfProcedureSet(RAK, corrected)))
                .when(meeting)
                .expectEvents(inSalzlandkreis(recorded(meeting, corrected, VOTING, Outcome.REJECTED)));
    }

    @Test
    void a_resolution_id_cannot_be_used_twice() {
        var meeting = meeting(List.of(AGENCY, JOBCENTER, CHAMBER), List.of(yes(AGENCY)));
        fixture.given(constitutedAnd(recorded(meeting, RULES, VOTING, Outcome.ADOPTED)))
                .when(meeting)
                .expectException(rejectedAs(Rejection.Kind.CONFLICT))
                .expectExceptionMessage("resolution id b-2022-03 is already taken in this working group")
                .expectNoEvents();
    }
}
