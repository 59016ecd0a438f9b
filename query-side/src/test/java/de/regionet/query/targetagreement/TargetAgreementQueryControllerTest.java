package de.regionet.query.targetagreement;

import de.regionet.kernel.Rejection;
import de.regionet.kernel.region.RegionKey;
import de.regionet.query.targetagreement.Standing.MilestoneStatus;
import de.regionet.query.targetagreement.Standing.Status;
import de.regionet.query.targetagreement.Standing.Trend;
import de.regionet.query.targetagreement.TargetAgreementAsOf.MilestoneStanding;
import de.regionet.query.readmodel.InMemoryMongo;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.axonframework.eventhandling.ReplayStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.messaging.simp.SimpMessagingTemplate;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;

import static de.regionet.query.targetagreement.SalzlandControlling.AGREEMENT;
import static de.regionet.query.targetagreement.SalzlandControlling.DESSAU;
import static de.regionet.query.targetagreement.SalzlandControlling.DESSAU_AGREEMENT;
import static de.regionet.query.targetagreement.SalzlandControlling.REVIEWED;
import static de.regionet.query.targetagreement.SalzlandControlling.SALZLAND;
import static de.regionet.query.targetagreement.SalzlandControlling.TODAY;
import static de.regionet.query.targetagreement.SalzlandControlling.day;
import static de.regionet.query.targetagreement.SalzlandControlling.number;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A target agreement is read as of a day, by those who may read its region only. */
class TargetAgreementQueryControllerTest {

    private InMemoryMongo mongo;
    private TargetAgreementQueryController controller;

    @BeforeEach
    void setUp() {
        mongo = new InMemoryMongo();
        var clock = Clock.fixed(TODAY.atTime(10, 0).toInstant(ZoneOffset.ofHours(2)), ZoneOffset.UTC);
        var projection = new ControllingProjection(mongo.database("controlling"), new SimpleMeterRegistry(),
                new SimpMessagingTemplate((message, timeout) -> true), clock);
        new SalzlandControlling(projection).deliver(ReplayStatus.REPLAY);
        controller = new TargetAgreementQueryController(projection, clock);
    }

    @AfterEach
    void tearDown() {
        mongo.close();
    }

    @Test
    void the_regions_coordination_reads_its_agreement_as_of_today_with_its_version_as_etag() {
        var answer = controller.one(AGREEMENT, null, null, SignedIn.coordinatorOf(SALZLAND));
        assertThat(answer.getHeaders().getETag()).isEqualTo("\"8\"");
        var agreement = answer.getBody();
        assertThat(agreement.asOf()).isEqualTo(TODAY);
        assertThat(agreement.status()).isEqualTo(Status.IN_FORCE);
        var participants = agreement.targets().get(0);
        assertThat(participants.target()).isEqualByComparingTo("80");
        assertThat(participants.actual()).isEqualByComparingTo("45");
        assertThat(participants.percent()).isEqualTo(new BigDecimal("56.3"));
        assertThat(participants.trend()).isEqualTo(Trend.AHEAD);
        assertThat(participants.milestones()).containsExactly(
                new MilestoneStanding(day("2026-06-30"), number(30), number(35), MilestoneStatus.REACHED));
        assertThat(agreement.targets().get(1).milestones()).extracting(MilestoneStanding::status)
                .containsExactly(MilestoneStatus.MISSED, MilestoneStatus.PENDING);
        assertThat(agreement.targets().get(1).trend()).isEqualTo(Trend.BEHIND);
        assertThat(agreement.reviews().get(0).figures()).isEqualTo(REVIEWED);
    }

    @Test
    void as_of_an_earlier_day_the_agreement_shows_the_targets_and_figures_of_that_day() {
        var agreement = controller.one(AGREEMENT, day("2026-05-19"), null, SignedIn.auditor()).getBody();
        assertThat(agreement.asOf()).isEqualTo(day("2026-05-19"));
        assertThat(agreement.targets().get(0).target()).isEqualByComparingTo("100");
        assertThat(agreement.targets().get(0).actual()).isEqualByComparingTo("30");
        assertThat(controller.one(AGREEMENT, day("2025-12-12"), null, SignedIn.office()).getBody().status())
                .isEqualTo(Status.DRAFT);
    }

    @Test
    void another_regions_coordinator_and_anonymous_readers_are_told_it_does_not_exist() {
        for (var reader : List.of(SignedIn.coordinatorOf(DESSAU), SignedIn.anonymous())) {
            assertThatThrownBy(() -> controller.one(AGREEMENT, null, null, reader))
                    .isInstanceOfSatisfying(Rejection.class,
                            rejection -> assertThat(rejection.kind()).isEqualTo(Rejection.Kind.NOT_FOUND));
        }
        assertThatThrownBy(() -> controller.one("ta-unknown", null, null, SignedIn.office()))
                .isInstanceOfSatisfying(Rejection.class,
                        rejection -> assertThat(rejection.kind()).isEqualTo(Rejection.Kind.NOT_FOUND));
    }

    @Test
    void the_list_holds_what_the_reader_may_read_in_the_period_asked_about() {
        assertThat(controller.list(null, null, null, null, SignedIn.office())).extracting(TargetAgreementAsOf::id)
                .containsExactly(DESSAU_AGREEMENT, "ta-boerde", AGREEMENT);
        assertThat(controller.list(null, null, null, null, SignedIn.coordinatorOf(DESSAU)))
                .extracting(TargetAgreementAsOf::id)
                .containsExactly(DESSAU_AGREEMENT);
        assertThat(controller.list(new RegionKey(SALZLAND), "2026", null, null, SignedIn.auditor()))
                .extracting(TargetAgreementAsOf::id).containsExactly(AGREEMENT);
        assertThat(controller.list(null, "2026-12-31", null, null, SignedIn.office())).hasSize(3);
        assertThat(controller.list(null, "2025", null, null, SignedIn.office())).isEmpty();
        assertThat(controller.list(null, "2027-01-01", null, null, SignedIn.office())).isEmpty();
        assertThat(controller.list(null, null, null, null, SignedIn.anonymous())).isEmpty();
        assertThat(controller.list(null, null, null, null, SignedIn.office()).get(2).asOf()).isEqualTo(TODAY);
    }

    @Test
    void a_period_that_is_neither_a_year_nor_a_day_is_invalid() {
        for (var period : new String[] {"26", "2026-13-01", "2026-02-30", "letztes Jahr", "2026-1-1"}) {
            assertThatThrownBy(() -> controller.list(null, period, null, null, SignedIn.office()))
                    .isInstanceOfSatisfying(Rejection.class, rejection -> {
                        assertThat(rejection.kind()).isEqualTo(Rejection.Kind.INVALID);
                        assertThat(rejection.field()).isEqualTo("period");
                    });
        }
    }

    @Test
    void the_agreement_is_written_in_the_field_names_its_clients_read() {
        var json = JsonMapper.builder().build()
                .writeValueAsString(controller.one(AGREEMENT, null, null, SignedIn.office()).getBody());
        assertThat(json).startsWith("{\"id\":\"ta-salzland\",\"regionKey\":\"15089\",\"from\":\"2026-01-01\","
                + "\"to\":\"2026-12-31\",\"parties\":[\"Regio-Netzwerkstelle\",\"Salzlandkreis\"],"
                + "\"status\":\"IN_FORCE\",\"signatures\":[{\"party\":\"Regio-Netzwerkstelle\","
                + "\"signedOn\":\"2025-12-10\"},{\"party\":\"Salzlandkreis\",\"signedOn\":\"2025-12-15\"}],"
                + "\"inForceFrom\":\"2026-01-01\",\"asOf\":\"2026-07-10\",\"targets\":[{\"indicator\":\"PARTICIPANTS\","
                + "\"fundingArea\":\"A\",\"target\":80,\"actual\":45,\"percent\":56.3,\"milestones\":[{\"date\":"
                + "\"2026-06-30\",\"value\":30,\"actual\":35,\"status\":\"REACHED\"}],\"trend\":\"AHEAD\","
                + "\"projects\":[\"p-a\"]}");
        assertThat(json).contains("\"amendments\":[{\"number\":1,\"targets\":[{\"indicator\":\"PARTICIPANTS\","
                + "\"value\":80,\"fundingArea\":\"A\",\"milestones\":[{\"date\":\"2026-06-30\",\"value\":30}]}],"
                + "\"reason\":\"Späterer Projektstart\",\"proposedOn\":\"2026-05-01\",\"signatures\":[");
        assertThat(json).contains("\"reviews\":[{\"review\":1,\"date\":\"2026-04-30\",\"assessment\":\"AT_RISK\","
                + "\"measures\":\"Zweite Kohorte früher beginnen\",\"figures\":[{\"indicator\":\"PARTICIPANTS\","
                + "\"fundingArea\":\"A\",\"target\":100,\"actual\":30,\"percent\":30.0,\"projects\":[\"p-a\"]}");
        assertThat(json).endsWith(",\"version\":8}");
    }
}
