package de.regionet.query.workinggroup.priority;

import de.regionet.kernel.Period;
import de.regionet.kernel.programme.FundingArea;
import de.regionet.kernel.region.RegionKey;
import de.regionet.kernel.workinggroup.DecisionEvent.PrioritiesAdopted;
import de.regionet.kernel.workinggroup.PriorityForAction;
import de.regionet.kernel.workinggroup.ResolutionId;
import de.regionet.kernel.workinggroup.WorkingGroupEvent.WorkingGroupEstablished;
import de.regionet.kernel.workinggroup.WorkingGroupId;
import de.regionet.query.readmodel.InMemoryMongo;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The priorities read model keeps every adoption once, in the order adopted. */
class PriorityProjectionTest {

    private static final WorkingGroupId RAK = new WorkingGroupId("rak-15089");

    private InMemoryMongo mongo;
    private PriorityProjection projection;

    @BeforeEach
    void setUp() {
        mongo = new InMemoryMongo();
        projection = new PriorityProjection(mongo.database("priorities"), new SimpleMeterRegistry());
    }

    @AfterEach
    void tearDown() {
        mongo.close();
    }

    private void deliverHistory() {
        projection.on(new WorkingGroupEstablished(RAK, new RegionKey("15089"), "RAK Salzlandkreis"), 0);
        projection.on(adopted("r-1", "2023-01-01", "2025-12-31", "Übergang Schule–Beruf"), 5);
        projection.on(adopted("r-2", "2025-01-01", "2027-12-31", "Fachkräftesicherung"), 9);
    }

    private static PrioritiesAdopted adopted(String resolution, String from, String to, String title) {
        return new PrioritiesAdopted(RAK, new ResolutionId(resolution),
                new Period(LocalDate.parse(from), LocalDate.parse(to)),
                List.of(new PriorityForAction(title, List.of(new FundingArea("I"), new FundingArea("A")))));
    }

    @Test
    void adoptions_are_kept_in_order_with_their_funding_areas() {
        deliverHistory();
        var view = projection.priorities().find(RAK.value()).orElseThrow();
        assertThat(view.regionKey()).isEqualTo("15089");
        assertThat(view.adoptions()).extracting(PrioritiesView.Adoption::resolutionId).containsExactly("r-1", "r-2");
        assertThat(view.adoptions().get(0).priorities().get(0).fundingAreas()).containsExactly("A", "I");
        assertThat(projection.currentOf(RAK.value(), LocalDate.of(2024, 6, 1)))
                .extracting(PrioritiesView.Priority::title).containsExactly("Übergang Schule–Beruf");
        assertThat(projection.currentOf(RAK.value(), LocalDate.of(2025, 6, 1)))
                .extracting(PrioritiesView.Priority::title).containsExactly("Fachkräftesicherung");
    }

    @Test
    void delivering_the_history_again_changes_nothing() {
        deliverHistory();
        var once = projection.priorities().find(RAK.value()).orElseThrow();
        deliverHistory();
        assertThat(projection.priorities().find(RAK.value())).contains(once);
    }

    @Test
    void a_working_group_without_priorities_or_an_unknown_one_has_none() {
        deliverHistory();
        assertThat(projection.currentOf("unknown", LocalDate.of(2024, 6, 1))).isEmpty();
        assertThat(projection.currentOf(null, LocalDate.of(2024, 6, 1))).isEmpty();
    }
}
