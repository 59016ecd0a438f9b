package de.regionet.query.planning;

import de.regionet.kernel.call.CallId;
import de.regionet.kernel.planning.Need;
import de.regionet.kernel.planning.NeedId;
import de.regionet.kernel.planning.PlanningContent;
import de.regionet.kernel.planning.PlanningDocumentId;
import de.regionet.kernel.planning.PlanningDocumentKind;
import de.regionet.kernel.planning.PlanningEvent.NeedLinkedToCall;
import de.regionet.kernel.planning.PlanningEvent.PlanningDocumentAdopted;
import de.regionet.kernel.planning.PlanningEvent.PlanningDocumentRevised;
import de.regionet.kernel.planning.PlanningEvent.PlanningDocumentSuperseded;
import de.regionet.kernel.region.RegionKey;
import de.regionet.kernel.workinggroup.WorkingGroupId;
import de.regionet.query.readmodel.InMemoryMongo;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A planning document answers the version adopted by a day, its validity and links, idempotently. */
class PlanningDocumentProjectionTest {

    private static final PlanningDocumentId CONCEPT = new PlanningDocumentId("concept-2016");
    private static final NeedId NACHWUCHS = new NeedId("B1");
    private static final LocalDate ADOPTED_ON = LocalDate.of(2016, 7, 4);
    private static final LocalDate REVISED_ON = LocalDate.of(2018, 1, 15);
    private static final LocalDate SUPERSEDED_ON = LocalDate.of(2020, 7, 1);

    private InMemoryMongo mongo;
    private PlanningDocumentProjection projection;

    @BeforeEach
    void setUp() {
        mongo = new InMemoryMongo();
        projection = new PlanningDocumentProjection(mongo.database("planning"), new SimpleMeterRegistry());
    }

    @AfterEach
    void tearDown() {
        mongo.close();
    }

    private static PlanningContent content(String title, LocalDate from) {
        return new PlanningContent(title, from, LocalDate.of(2020, 12, 31),
                List.of(new Need(NACHWUCHS, "Nachwuchs im Handwerk", "Zu wenig Auszubildende.")),
                List.of("Personal 4.0"), List.of("ESF: Fachkräftesicherung"));
    }

    private void deliverHistory() {
        projection.on(new PlanningDocumentAdopted(CONCEPT, new RegionKey("99601"), new WorkingGroupId("fak"),
                PlanningDocumentKind.IMPLEMENTATION_CONCEPT, content("Konzept 2016", ADOPTED_ON), ADOPTED_ON), 0);
        projection.on(new PlanningDocumentRevised(CONCEPT, 2, content("Konzept 2018", REVISED_ON), REVISED_ON), 1);
        projection.on(new NeedLinkedToCall(CONCEPT, NACHWUCHS, new CallId("call-1")), 2);
        projection.on(new PlanningDocumentSuperseded(CONCEPT, new PlanningDocumentId("concept-2021"),
                SUPERSEDED_ON), 3);
    }

    private PlanningDocumentAsOf on(LocalDate day) {
        return PlanningDocumentAsOf.of(projection.documents().find(CONCEPT.value()).orElseThrow(), day);
    }

    @Test
    void before_a_revision_the_first_version_is_current_and_the_revision_not_yet_listed() {
        deliverHistory();
        var document = on(REVISED_ON.minusDays(1));
        assertThat(document.current().number()).isEqualTo(1);
        assertThat(document.current().title()).isEqualTo("Konzept 2016");
        assertThat(document.versions()).hasSize(1);
        assertThat(document.inForce()).isTrue();
    }

    @Test
    void supersession_ends_the_validity_the_day_before() {
        deliverHistory();
        assertThat(on(SUPERSEDED_ON.minusDays(1)).inForce()).isTrue();
        var document = on(SUPERSEDED_ON);
        assertThat(document.current().number()).isEqualTo(2);
        assertThat(document.validTo()).isEqualTo(SUPERSEDED_ON.minusDays(1));
        assertThat(document.inForce()).isFalse();
        assertThat(document.supersededBy().successorId()).isEqualTo("concept-2021");
        assertThat(document.links()).extracting(PlanningDocumentView.Link::callId).containsExactly("call-1");
    }

    @Test
    void a_redelivered_or_older_event_changes_nothing() {
        deliverHistory();
        var before = projection.documents().find(CONCEPT.value()).orElseThrow();
        projection.on(new NeedLinkedToCall(CONCEPT, NACHWUCHS, new CallId("call-1")), 2);
        projection.on(new PlanningDocumentRevised(CONCEPT, 2, content("Konzept 2018", REVISED_ON), REVISED_ON), 1);
        assertThat(projection.documents().find(CONCEPT.value())).contains(before);
    }
}
