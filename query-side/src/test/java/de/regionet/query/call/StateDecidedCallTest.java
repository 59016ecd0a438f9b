package de.regionet.query.call;

import de.regionet.kernel.Euro;
import de.regionet.kernel.access.Actor;
import de.regionet.kernel.access.Grant;
import de.regionet.kernel.access.Role;
import de.regionet.kernel.call.Advice;
import de.regionet.kernel.call.CallEvent.CallClosed;
import de.regionet.kernel.call.CallEvent.CallOpened;
import de.regionet.kernel.call.CallEvent.FundingDecided;
import de.regionet.kernel.call.CallEvent.Granted;
import de.regionet.kernel.call.CallEvent.ProposalSubmitted;
import de.regionet.kernel.call.CallEvent.ProposalsAdvised;
import de.regionet.kernel.call.CallId;
import de.regionet.kernel.call.DecisionProcedure;
import de.regionet.kernel.call.FundingRefusal;
import de.regionet.kernel.call.ProposalId;
import de.regionet.kernel.indicator.IndicatorValues;
import de.regionet.kernel.network.Networks;
import de.regionet.kernel.programme.FundingArea;
import de.regionet.kernel.programme.ProgrammeId;
import de.regionet.kernel.project.Fund;
import de.regionet.kernel.project.FundAmount;
import de.regionet.kernel.project.ProjectId;
import de.regionet.kernel.region.RegionKey;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A state-wide call the state decides, as its view tells it: each proposal in its own region with the region's
 * advice and the state's decision side by side, read per region, and as of a day.
 */
class StateDecidedCallTest {

    private static final CallId CALL = new CallId("call-nrw");
    private static final RegionKey RUHR = new RegionKey("99641");
    private static final RegionKey MUENSTERLAND = new RegionKey("99642");
    private static final ProposalId FIRST = new ProposalId("p-1");
    private static final ProposalId SECOND = new ProposalId("p-2");
    private static final Instant DEADLINE = Instant.parse("2026-03-31T10:00:00Z");
    private static final LocalDate MAY_4 = LocalDate.of(2026, 5, 4);
    private static final LocalDate JUNE_1 = LocalDate.of(2026, 6, 1);

    private static CallView folded() {
        var events = List.<Object>of(
                new CallOpened(CALL, null, null, new ProgrammeId("esf-nrw"), new FundingArea("A"), "Fachkräfte",
                        Euro.of("500000"), DEADLINE, List.of(), LocalDate.of(2026, 2, 1),
                        DecisionProcedure.REGIONAL_ADVICE_STATE_DECISION),
                new ProposalSubmitted(CALL, FIRST, "Bildungswerk", "Kurse", "Kurse", Euro.of("200000"), 24,
                        IndicatorValues.NONE, Instant.parse("2026-03-01T10:00:00Z"), RUHR),
                new ProposalSubmitted(CALL, SECOND, "Werkstatt", "Coaching", "Coaching", Euro.of("100000"), 24,
                        IndicatorValues.NONE, Instant.parse("2026-03-01T10:00:00Z"), MUENSTERLAND),
                new CallClosed(CALL, DEADLINE),
                new ProposalsAdvised(CALL, RUHR, List.of(new Advice(FIRST, false, null, "Kein Bedarf")), MAY_4),
                new ProposalsAdvised(CALL, MUENSTERLAND, List.of(new Advice(SECOND, true, 1, "Passt")), MAY_4),
                new FundingDecided(CALL, List.of(new Granted(FIRST, ProjectId.forProposal(FIRST), List.of(
                        new FundAmount(Fund.ESF_PLUS, Euro.of("100000")),
                        new FundAmount(Fund.EFRE, Euro.of("50000"))))),
                        List.of(new FundingRefusal(SECOND, "Mittel ausgeschöpft")), JUNE_1));
        CallView view = null;
        for (int version = 0; version < events.size(); version++) {
            view = CallFold.FOLD.next(view, events.get(version), version, null);
        }
        return view;
    }

    @Test
    void the_state_may_decide_otherwise_than_the_region_advised_and_both_are_kept() {
        var call = folded();
        assertThat(call.regionKey()).isNull();
        assertThat(call.procedure()).isEqualTo(DecisionProcedure.REGIONAL_ADVICE_STATE_DECISION);
        assertThat(call.status()).isEqualTo(CallView.Status.DECIDED);
        assertThat(call.selectedEuro()).isEqualByComparingTo("150000");
        var first = call.proposals().get(0);
        assertThat(first.regionKey()).isEqualTo("99641");
        assertThat(first.advice().recommended()).isFalse();
        assertThat(first.status()).isEqualTo(CallView.Proposal.Status.GRANTED);
        assertThat(first.decision().funds()).containsExactly(
                new CallView.Funding("ESF_PLUS", new BigDecimal("100000.00")),
                new CallView.Funding("EFRE", new BigDecimal("50000.00")));
        assertThat(first.projectId()).isEqualTo(ProjectId.forProposal(FIRST).value());
        var second = call.proposals().get(1);
        assertThat(second.advice().rank()).isEqualTo(1);
        assertThat(second.status()).isEqualTo(CallView.Proposal.Status.REFUSED);
        assertThat(second.reason()).isEqualTo("Mittel ausgeschöpft");
    }

    @Test
    void a_coordinator_reads_the_proposals_of_its_own_region_and_the_granting_authority_all() {
        var call = folded();
        var ruhr = new Actor("c", Set.of(Role.REGIONAL_COORDINATOR), Set.of(RUHR), null);
        var granting = new Actor("g", Set.of(Role.GRANTING_AUTHORITY), Set.of(), null);
        assertThat(call.readBy(Optional.of(ruhr)).proposals()).extracting(CallView.Proposal::id)
                .containsExactly("p-1");
        assertThat(call.readBy(Optional.of(granting)).proposals()).hasSize(2);
        assertThat(call.readBy(Optional.empty()).proposals()).isEmpty();
    }

    @Test
    void only_the_granting_authority_of_the_calls_network_reads_every_proposal() {
        var call = folded();
        assertThat(call.network()).isEqualTo("sachsen-anhalt");
        var networks = Networks.known();
        var ofSaxonyAnhalt = new Actor("g-st", List.of(Grant.in(networks.get(0), Role.GRANTING_AUTHORITY,
                Set.of())), null);
        var ofNrw = new Actor("g-nrw", List.of(Grant.in(networks.get(1), Role.GRANTING_AUTHORITY, Set.of())), null);
        assertThat(call.readBy(Optional.of(ofSaxonyAnhalt)).proposals()).hasSize(2);
        assertThat(call.readBy(Optional.of(ofNrw)).proposals()).isEmpty();
    }

    @Test
    void before_the_decision_day_a_proposal_shows_only_the_advice() {
        var onMay5 = CallOnDay.asOf(folded(), MAY_4.plusDays(1));
        assertThat(onMay5.status()).isEqualTo(CallView.Status.CLOSED);
        assertThat(onMay5.proposals()).allSatisfy(proposal -> {
            assertThat(proposal.advice()).isNotNull();
            assertThat(proposal.decision()).isNull();
            assertThat(proposal.status()).isEqualTo(CallView.Proposal.Status.SUBMITTED);
        });
        assertThat(CallOnDay.asOf(folded(), MAY_4.minusDays(1)).proposals())
                .allSatisfy(proposal -> assertThat(proposal.advice()).isNull());
    }
}
