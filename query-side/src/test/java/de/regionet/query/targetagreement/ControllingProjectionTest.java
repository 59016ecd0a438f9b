package de.regionet.query.targetagreement;

import de.regionet.kernel.targetagreement.TargetFigure;
import de.regionet.query.live.LiveMessage;
import de.regionet.query.live.LiveTransport;
import de.regionet.query.readmodel.InMemoryMongo;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.axonframework.eventhandling.ReplayStatus;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.messaging.Message;
import org.springframework.messaging.simp.SimpMessageHeaderAccessor;
import org.springframework.messaging.simp.SimpMessagingTemplate;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static de.regionet.query.targetagreement.SalzlandControlling.projects;
import static de.regionet.query.targetagreement.SalzlandControlling.A;
import static de.regionet.query.targetagreement.SalzlandControlling.AGREEMENT;
import static de.regionet.query.targetagreement.SalzlandControlling.REVIEWED;
import static de.regionet.query.targetagreement.SalzlandControlling.TODAY;
import static de.regionet.query.targetagreement.SalzlandControlling.day;
import static de.regionet.query.targetagreement.SalzlandControlling.number;
import static org.assertj.core.api.Assertions.assertThat;

/** The controlling read model follows agreements and results, counts as of any day and pushes changed figures. */
class ControllingProjectionTest {

    private InMemoryMongo mongo;
    private final List<Message<?>> sent = new ArrayList<>();
    private ControllingProjection projection;
    private SalzlandControlling history;

    @BeforeEach
    void setUp() {
        mongo = new InMemoryMongo();
        var broker = new SimpMessagingTemplate((message, timeout) -> sent.add(message));
        var clock = Clock.fixed(TODAY.atTime(10, 0).toInstant(ZoneOffset.ofHours(2)), ZoneOffset.UTC);
        projection = new ControllingProjection(mongo.database("controlling"), new SimpleMeterRegistry(), broker,
                clock);
        history = new SalzlandControlling(projection);
    }

    @AfterEach
    void tearDown() {
        mongo.close();
    }

    @Test
    void a_correction_updates_the_actuals_but_an_earlier_reviews_frozen_figures_stay() {
        history.deliver(ReplayStatus.REPLAY);
        assertThat(projection.figures(AGREEMENT, day("2026-04-30")).orElseThrow()).isEqualTo(REVIEWED);
        assertThat(projection.figures(AGREEMENT, day("2026-05-20")).orElseThrow().get(0).actual())
                .isEqualByComparingTo("35");
        var review = projection.agreements().find(AGREEMENT).orElseThrow().reviews().get(0);
        assertThat(review.figures()).isEqualTo(REVIEWED);
        assertThat(TargetAgreementAsOf.of(projection.standingOf(projection.agreements().find(AGREEMENT)
                .orElseThrow()), TODAY).reviews().get(0).figures()).isEqualTo(REVIEWED);
    }

    @Test
    void figures_name_every_target_in_force_with_its_actual_and_percentage() {
        history.deliver(ReplayStatus.REPLAY);
        assertThat(projection.figures(AGREEMENT, TODAY)).contains(List.of(
                new TargetFigure("PARTICIPANTS", A, number(80), number(45), new BigDecimal("56.3"),
                        projects("p-a")),
                new TargetFigure("QUALIFICATION_GAINED", null, number(20), number(6), new BigDecimal("30.0"),
                        projects("p-a", "p-c"))));
    }

    @Test
    void an_unknown_agreement_has_no_figures() {
        assertThat(projection.figures("ta-unknown", TODAY)).isEmpty();
    }

    @Test
    void delivering_the_history_twice_changes_nothing() {
        history.deliver(ReplayStatus.REPLAY);
        var agreements = projection.agreements().all("_id");
        var documents = documents();
        var figures = projection.figures(AGREEMENT, TODAY);
        history.deliver(ReplayStatus.REPLAY);
        assertThat(documents()).isEqualTo(documents);
        assertThat(documents.get("controlling_results")).hasSize(6);
        assertThat(documents.get("controlling_projects")).hasSize(3);
        assertThat(projection.agreements().all("_id")).isEqualTo(agreements).hasSize(3);
        assertThat(projection.figures(AGREEMENT, TODAY)).isEqualTo(figures);
        var agreement = agreements.stream().filter(found -> found.id().equals(AGREEMENT)).findFirst().orElseThrow();
        assertThat(agreement.signatures()).hasSize(2);
        assertThat(agreement.amendments()).singleElement()
                .satisfies(amendment -> assertThat(amendment.signatures()).hasSize(2));
        assertThat(agreement.reviews()).hasSize(1);
        assertThat(agreement.version()).isEqualTo(8);
    }

    @Test
    void a_result_pushes_the_changed_figures_of_the_agreements_it_counts_for() {
        history.deliver(ReplayStatus.REGULAR);
        var toSalzland = sent.stream().filter(message -> topicOf(message).equals("/topic/regions.15089")).toList();
        var last = toSalzland.get(toSalzland.size() - 1);
        var live = (LiveMessage) last.getPayload();
        assertThat(live.type()).isEqualTo("TargetFiguresChanged");
        assertThat(live.aggregateId()).isEqualTo(AGREEMENT);
        assertThat(live.version()).isEqualTo(8);
        assertThat(live.position()).isEqualTo(6L);
        assertThat(live.regionKey()).isEqualTo("15089");
        assertThat(live.payload()).isEqualTo(new TargetFiguresFeed.TargetFiguresChanged(AGREEMENT, "15089", TODAY,
                projection.figures(AGREEMENT, TODAY).orElseThrow()));
        assertThat(SimpMessageHeaderAccessor.wrap(last).getFirstNativeHeader(LiveTransport.POSITION_HEADER))
                .isEqualTo("6");
        assertThat(toSalzland).as("r-4 reports for a span outside the agreement's period").hasSize(4);
        assertThat(sent).extracting(ControllingProjectionTest::topicOf)
                .containsOnly("/topic/regions.15089", "/topic/regions.15001");
    }

    @Test
    void a_replay_pushes_nothing() {
        history.deliver(ReplayStatus.REPLAY);
        assertThat(sent).isEmpty();
    }

    @Test
    void a_reset_empties_the_read_model() {
        history.deliver(ReplayStatus.REPLAY);
        projection.reset();
        assertThat(projection.agreements().all("_id")).isEmpty();
        history.deliver(ReplayStatus.REPLAY);
        assertThat(projection.figures(AGREEMENT, TODAY).orElseThrow().get(0).actual()).isEqualByComparingTo("45");
    }

    private Map<String, List<Document>> documents() {
        var database = mongo.database("controlling");
        return Stream.of("target_agreements", "controlling_projects", "controlling_results").collect(Collectors.toMap(
                name -> name, name -> database.getCollection(name).find().into(new ArrayList<>())));
    }

    private static String topicOf(Message<?> message) {
        return SimpMessageHeaderAccessor.getDestination(message.getHeaders());
    }
}
