package de.regionet.query.call;

import de.regionet.kernel.Euro;
import de.regionet.kernel.access.Actor;
import de.regionet.kernel.access.Role;
import de.regionet.kernel.call.CallEvent.CallClosed;
import de.regionet.kernel.call.CallEvent.CallOpened;
import de.regionet.kernel.call.CallEvent.ProposalSubmitted;
import de.regionet.kernel.call.CallEvent.ProposalsSelected;
import de.regionet.kernel.call.CallEvent.Selected;
import de.regionet.kernel.call.CallId;
import de.regionet.kernel.call.NotSelected;
import de.regionet.kernel.call.ProposalId;
import de.regionet.kernel.indicator.IndicatorValues;
import de.regionet.kernel.programme.FundingArea;
import de.regionet.kernel.programme.ProgrammeId;
import de.regionet.kernel.project.ProjectId;
import de.regionet.kernel.region.RegionKey;
import de.regionet.kernel.workinggroup.ResolutionId;
import de.regionet.kernel.workinggroup.WorkingGroupId;
import de.regionet.query.call.CallView.Proposal;
import de.regionet.query.readmodel.InMemoryMongo;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** A call follows its proposals to the selection, and shows each reader only the proposals it may see. */
class CallProjectionTest {

    private static final CallId CALL = new CallId("call-1");
    private static final ProposalId FIRST = new ProposalId("p-1");
    private static final ProposalId SECOND = new ProposalId("p-2");
    private static final ProjectId PROJECT = ProjectId.forProposal(FIRST);
    private static final RegionKey SALZLAND = new RegionKey("15089");

    private InMemoryMongo mongo;
    private CallProjection projection;

    @BeforeEach
    void setUp() {
        mongo = new InMemoryMongo();
        projection = new CallProjection(mongo.database("calls"), new SimpleMeterRegistry());
    }

    @AfterEach
    void tearDown() {
        mongo.close();
    }

    private void deliverHistory() {
        projection.on(new CallOpened(CALL, SALZLAND, new WorkingGroupId("rak-15089"), new ProgrammeId("regio-aktiv"),
                new FundingArea("A"), "Übergang Schule–Beruf 2025", Euro.of("300000"),
                Instant.parse("2025-03-31T22:00:00Z"), List.of("Bezug zum Handlungsschwerpunkt"),
                LocalDate.of(2025, 2, 1)), 0);
        projection.on(submitted(FIRST, "Bildungswerk Nord", "150000"), 1);
        projection.on(submitted(SECOND, "Jugendhilfe Süd", "200000"), 2);
        projection.on(new CallClosed(CALL, Instant.parse("2025-03-31T22:00:00Z")), 3);
        projection.on(new ProposalsSelected(CALL, new ResolutionId("r-7"),
                List.of(new Selected(FIRST, PROJECT, Euro.of("140000.50"))),
                List.of(new NotSelected(SECOND, "Budget ausgeschöpft"))), 4);
    }

    private static ProposalSubmitted submitted(ProposalId proposal, String sponsor, String euro) {
        return new ProposalSubmitted(CALL, proposal, sponsor, "Projekt " + proposal.value(), "Worum es geht",
                Euro.of(euro), 24, new IndicatorValues(Map.of("PARTICIPANTS", BigDecimal.valueOf(40))),
                Instant.parse("2025-03-01T10:00:00Z"));
    }

    private CallView call() {
        return projection.calls().find(CALL.value()).orElseThrow();
    }

    private static Optional<Actor> actor(Role role, Set<RegionKey> regions, String organisation) {
        return Optional.of(new Actor("someone", Set.of(role), regions, organisation));
    }

    @Test
    void the_selection_records_each_proposals_outcome_and_the_sum_granted() {
        deliverHistory();
        var call = call();
        assertThat(call.status()).isEqualTo(CallView.Status.DECIDED);
        assertThat(call.resolutionId()).isEqualTo("r-7");
        assertThat(call.selectedEuro()).isEqualByComparingTo("140000.50");
        assertThat(call.proposals()).extracting(Proposal::status)
                .containsExactly(Proposal.Status.SELECTED, Proposal.Status.NOT_SELECTED);
        assertThat(call.proposals().get(0).projectId()).isEqualTo(PROJECT.value());
        assertThat(call.proposals().get(1).reason()).isEqualTo("Budget ausgeschöpft");
        assertThat(call.proposals().get(0).plannedIndicators()).containsEntry("PARTICIPANTS", BigDecimal.valueOf(40));
    }

    @Test
    void as_of_a_day_a_call_shows_the_proposals_submitted_by_then_and_is_open_until_its_deadline() {
        deliverHistory();
        var opened = CallOnDay.asOf(call(), LocalDate.of(2025, 2, 15));
        assertThat(opened.status()).isEqualTo(CallView.Status.OPEN);
        assertThat(opened.proposals()).isEmpty();
        assertThat(opened.proposalCount()).isZero();

        var lastDay = CallOnDay.asOf(call(), LocalDate.of(2025, 3, 31));
        assertThat(lastDay.status()).isEqualTo(CallView.Status.OPEN);
        assertThat(lastDay.proposals()).extracting(Proposal::status)
                .containsExactly(Proposal.Status.SUBMITTED, Proposal.Status.SUBMITTED);
        assertThat(lastDay.resolutionId()).isNull();

        var after = CallOnDay.asOf(call(), LocalDate.of(2025, 4, 1));
        assertThat(after.status()).isEqualTo(CallView.Status.DECIDED);
        assertThat(after.proposals()).extracting(Proposal::status)
                .containsExactly(Proposal.Status.SELECTED, Proposal.Status.NOT_SELECTED);
    }

    @Test
    void a_call_is_closed_once_its_deadline_passed() {
        projection.on(new CallOpened(CALL, SALZLAND, new WorkingGroupId("rak-15089"), new ProgrammeId("p"),
                new FundingArea("A"), "Aufruf", Euro.of("1"), Instant.parse("2025-03-31T22:00:00Z"), List.of(),
                LocalDate.of(2025, 2, 1)), 0);
        projection.on(new CallClosed(CALL, Instant.parse("2025-03-31T22:00:00Z")), 1);
        assertThat(call().status()).isEqualTo(CallView.Status.CLOSED);
    }

    @Test
    void the_regions_coordination_the_network_office_and_auditors_see_every_proposal() {
        deliverHistory();
        assertThat(call().readBy(actor(Role.REGIONAL_COORDINATOR, Set.of(SALZLAND), null)).proposals()).hasSize(2);
        assertThat(call().readBy(actor(Role.NETWORK_OFFICE, Set.of(), null)).proposals()).hasSize(2);
        assertThat(call().readBy(actor(Role.AUDITOR, Set.of(), null)).proposals()).hasSize(2);
    }

    @Test
    void a_sponsor_sees_only_its_own_proposals_and_others_see_only_how_many_there_are() {
        deliverHistory();
        var sponsor = call().readBy(actor(Role.PROJECT_SPONSOR, Set.of(), "bildungswerk nord"));
        assertThat(sponsor.proposals()).extracting(Proposal::id).containsExactly(FIRST.value());
        var elsewhere = call().readBy(actor(Role.REGIONAL_COORDINATOR, Set.of(new RegionKey("15001")), null));
        assertThat(elsewhere.proposals()).isEmpty();
        assertThat(elsewhere.proposalCount()).isEqualTo(2);
        assertThat(call().readBy(Optional.empty()).proposals()).isEmpty();
    }

    @Test
    void delivering_the_history_again_changes_nothing() {
        deliverHistory();
        var once = call();
        deliverHistory();
        assertThat(call()).isEqualTo(once);
        assertThat(once.proposals()).hasSize(2);
        assertThat(once.version()).isEqualTo(4);
    }
}
