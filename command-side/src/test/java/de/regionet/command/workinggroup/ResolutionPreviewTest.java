package de.regionet.command.workinggroup;

import de.regionet.command.access.Senders;
import de.regionet.kernel.Rejection;
import de.regionet.kernel.access.SentBy;
import de.regionet.kernel.workinggroup.CastVote;
import de.regionet.kernel.workinggroup.DecisionCommand.PreviewResolution;
import de.regionet.kernel.workinggroup.DecisionCommand.RecordResolution;
import de.regionet.kernel.workinggroup.MemberId;
import de.regionet.kernel.workinggroup.Recusal;
import de.regionet.kernel.workinggroup.ResolutionId;
import de.regionet.kernel.workinggroup.Subject;
import de.regionet.command.workinggroup.ResolutionJudgement.Verdict;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static de.regionet.command.access.Rejections.rejected;
import static de.regionet.command.workinggroup.Rak.AGENCY;
import static de.regionet.command.workinggroup.Rak.BILDUNGSWERK;
import static de.regionet.command.workinggroup.Rak.CHAMBER;
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
import static de.regionet.command.workinggroup.Rak.no;
import static de.regionet.command.workinggroup.Rak.recused;
import static de.regionet.command.workinggroup.Rak.yes;
import static org.assertj.core.api.Assertions.assertThat;

/** A meeting's resolution judged by the working group's own rules, and nothing recorded. */
class ResolutionPreviewTest {

    private static final Subject PROPOSAL = new Subject(Subject.Type.PROPOSAL, "p-17", List.of(SPONSOR));

    private FixtureConfiguration<WorkingGroup> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(WorkingGroup.class);
        fixture.registerCommandDispatchInterceptor(Senders.byDefault(Senders.OFFICE));
    }

    private static PreviewResolution preview(Subject subject, List<MemberId> present, List<CastVote> votes,
                                             List<Recusal> recusals) {
        return new PreviewResolution(new RecordResolution(RAK, new ResolutionId("b-preview"), MEETING, "TOP 3",
                "Der RAK beschließt ...", subject, present, votes, recusals, null));
    }

    @Test
    void a_preview_answers_quorum_counts_and_the_outcome_and_records_nothing() {
        fixture.given(constituted())
                .when(preview(null, List.of(AGENCY, JOBCENTER, CHAMBER, MUNICIPALITY_SEAT, EQUALITY),
                        List.of(yes(AGENCY), yes(JOBCENTER), no(CHAMBER), abstains(MUNICIPALITY_SEAT)), List.of()))
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload(new ResolutionJudgement(MEETING, RULES, VOTING, 4, 3, 2, 1, 1,
                        List.of(), Verdict.ADOPTED))
                .expectNoEvents();
    }

    @Test
    void a_preview_answers_rejected_when_the_majority_is_not_reached() {
        fixture.given(constituted())
                .when(preview(null, List.of(AGENCY, JOBCENTER, CHAMBER),
                        List.of(yes(AGENCY), no(JOBCENTER), abstains(CHAMBER)), List.of()))
                .expectResultMessagePayload(new ResolutionJudgement(MEETING, RULES, VOTING, 3, 3, 1, 1, 1,
                        List.of(), Verdict.REJECTED))
                .expectNoEvents();
    }

    /** Recording it would be refused; the preview shows why, in numbers, so the page can say so before saving. */
    @Test
    void a_preview_of_an_inquorate_meeting_answers_inquorate_instead_of_refusing() {
        var recusal = recused(BILDUNGSWERK);
        fixture.given(constituted())
                .when(preview(PROPOSAL, List.of(AGENCY, JOBCENTER, BILDUNGSWERK), List.of(yes(AGENCY), yes(JOBCENTER)),
                        List.of(recusal)))
                .expectResultMessagePayload(new ResolutionJudgement(MEETING, RULES, VOTING, 2, 3, 2, 0, 0,
                        List.of(recusal), Verdict.INQUORATE))
                .expectNoEvents();
    }

    @Test
    void a_preview_refuses_what_recording_refuses_with_the_same_problem() {
        fixture.given(constituted())
                .when(preview(null, List.of(AGENCY, JOBCENTER, CHAMBER), List.of(yes(AGENCY), yes(STRANGER)),
                        List.of()))
                .expectException(rejected(Rejection.Kind.INVALID, "votes"))
                .expectExceptionMessage("m-unbekannt voted but was not a member of this working group on 2022-09-14")
                .expectNoEvents();
        fixture.given(constituted())
                .when(preview(PROPOSAL, List.of(AGENCY, JOBCENTER, CHAMBER, BILDUNGSWERK),
                        List.of(yes(AGENCY), yes(JOBCENTER), no(CHAMBER)), List.of()))
                .expectException(rejected(Rejection.Kind.INVALID, "recusals"))
                .expectExceptionMessage("m-bildungswerk (Bildungswerk Salzland) must be recused: the organisation "
                        + "sponsors the PROPOSAL p-17 being decided")
                .expectNoEvents();
    }

    @Test
    void whoever_may_record_a_resolution_may_preview_it_and_nobody_else() {
        assertThat(PreviewResolution.class.getAnnotation(SentBy.class).value())
                .containsExactly(RecordResolution.class.getAnnotation(SentBy.class).value());
    }
}
