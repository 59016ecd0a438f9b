package de.regionet.command.targetagreement;

import de.regionet.command.access.CommandSenders;
import de.regionet.command.access.Senders;
import de.regionet.kernel.Period;
import de.regionet.kernel.Rejection;
import de.regionet.kernel.programme.FundingArea;
import de.regionet.kernel.project.ProjectId;
import de.regionet.kernel.region.RegionKey;
import de.regionet.kernel.targetagreement.Assessment;
import de.regionet.kernel.targetagreement.Milestone;
import de.regionet.kernel.targetagreement.Target;
import de.regionet.kernel.targetagreement.TargetAgreementCommand.ProposeTargetAmendment;
import de.regionet.kernel.targetagreement.TargetAgreementCommand.RecordReview;
import de.regionet.kernel.targetagreement.TargetAgreementCommand.SignTargetAgreement;
import de.regionet.kernel.targetagreement.TargetAgreementCommand.SignTargetAmendment;
import de.regionet.kernel.targetagreement.TargetAgreementEvent.ReviewRecorded;
import de.regionet.kernel.targetagreement.TargetAgreementEvent.TargetAgreementDrafted;
import de.regionet.kernel.targetagreement.TargetAgreementEvent.TargetAgreementEnteredIntoForce;
import de.regionet.kernel.targetagreement.TargetAgreementEvent.TargetAgreementSigned;
import de.regionet.kernel.targetagreement.TargetAgreementEvent.TargetAmendmentEnteredIntoForce;
import de.regionet.kernel.targetagreement.TargetAgreementEvent.TargetAmendmentProposed;
import de.regionet.kernel.targetagreement.TargetAgreementEvent.TargetAmendmentSigned;
import de.regionet.kernel.targetagreement.TargetAgreementId;
import de.regionet.kernel.targetagreement.TargetFigure;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static de.regionet.command.access.Rejections.rejected;
import static de.regionet.command.access.Rejections.rejectedAs;

/** The 2026 target agreement between the network office and the Salzlandkreis: signing, amending, reviewing. */
class TargetAgreementTest {

    static final TargetAgreementId AGREEMENT = new TargetAgreementId("ziel-2026");
    static final RegionKey SALZLANDKREIS = new RegionKey("15089");
    static final Period YEAR_2026 = new Period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
    static final List<String> PARTIES = List.of("Regio-Netzwerkstelle", "Salzlandkreis");
    static final Target PARTICIPANTS = new Target("PARTICIPANTS", BigDecimal.valueOf(100), new FundingArea("A"),
            List.of(new Milestone(LocalDate.of(2026, 6, 30), BigDecimal.valueOf(40))));
    static final TargetAgreementDrafted DRAFTED = new TargetAgreementDrafted(AGREEMENT, SALZLANDKREIS, YEAR_2026,
            PARTIES, List.of(PARTICIPANTS));
    static final TargetAgreementSigned OFFICE_SIGNED = new TargetAgreementSigned(AGREEMENT, "Regio-Netzwerkstelle",
            LocalDate.of(2026, 1, 5));
    static final TargetAgreementSigned REGION_SIGNED = new TargetAgreementSigned(AGREEMENT, "Salzlandkreis",
            LocalDate.of(2026, 1, 10));
    static final TargetAgreementEnteredIntoForce IN_FORCE = new TargetAgreementEnteredIntoForce(AGREEMENT,
            LocalDate.of(2026, 1, 10));
    static final Target FEWER = new Target("PARTICIPANTS", BigDecimal.valueOf(80), new FundingArea("A"), List.of());
    static final List<TargetFigure> FIGURES = List.of(new TargetFigure("PARTICIPANTS", new FundingArea("A"),
            BigDecimal.valueOf(100), BigDecimal.valueOf(45), new BigDecimal("45.0"),
            List.of(new ProjectId("project-1"))));

    private FixtureConfiguration<TargetAgreement> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(TargetAgreement.class);
        fixture.registerCommandDispatchInterceptor(Senders.byDefault(Senders.OFFICE));
        fixture.registerCommandHandlerInterceptor(new CommandSenders());
    }

    @Test
    void the_first_signature_leaves_the_agreement_waiting_for_the_other_side() {
        fixture.given(DRAFTED)
                .when(new SignTargetAgreement(AGREEMENT, "regio-netzwerkstelle ", LocalDate.of(2026, 1, 5), 0L))
                .expectResultMessagePayload(1L)
                .expectEvents(OFFICE_SIGNED);
    }

    @Test
    void the_agreement_is_in_force_once_both_sides_signed() {
        fixture.given(DRAFTED, OFFICE_SIGNED)
                .when(new SignTargetAgreement(AGREEMENT, "Salzlandkreis", LocalDate.of(2026, 1, 10), null),
                        Senders.sentBy(Senders.coordinatorOf("15089")))
                .expectEvents(REGION_SIGNED, IN_FORCE);
    }

    @Test
    void signed_before_its_period_the_agreement_is_in_force_from_its_start() {
        fixture.given(DRAFTED, new TargetAgreementSigned(AGREEMENT, "Regio-Netzwerkstelle", LocalDate.of(2025, 12, 1)))
                .when(new SignTargetAgreement(AGREEMENT, "Salzlandkreis", LocalDate.of(2025, 12, 15), null))
                .expectEvents(new TargetAgreementSigned(AGREEMENT, "Salzlandkreis", LocalDate.of(2025, 12, 15)),
                        new TargetAgreementEnteredIntoForce(AGREEMENT, YEAR_2026.from()));
    }

    @Test
    void a_party_that_is_not_one_of_the_agreement_may_not_sign() {
        fixture.given(DRAFTED)
                .when(new SignTargetAgreement(AGREEMENT, "Börde", LocalDate.of(2026, 1, 5), null))
                .expectException(rejected(Rejection.Kind.INVALID, "party"))
                .expectNoEvents();
    }

    @Test
    void signing_twice_is_rejected() {
        fixture.given(DRAFTED, OFFICE_SIGNED)
                .when(new SignTargetAgreement(AGREEMENT, "Regio-Netzwerkstelle", LocalDate.of(2026, 1, 6), null))
                .expectException(rejectedAs(Rejection.Kind.CONFLICT))
                .expectNoEvents();
    }

    @Test
    void a_signature_after_the_period_is_rejected() {
        fixture.given(DRAFTED, OFFICE_SIGNED)
                .when(new SignTargetAgreement(AGREEMENT, "Salzlandkreis", LocalDate.of(2027, 1, 2), null))
                .expectException(rejected(Rejection.Kind.INVALID, "signedOn"))
                .expectNoEvents();
    }

    @Test
    void a_coordinator_of_another_region_may_not_sign() {
        fixture.given(DRAFTED)
                .when(new SignTargetAgreement(AGREEMENT, "Salzlandkreis", LocalDate.of(2026, 1, 10), null),
                        Senders.sentBy(Senders.coordinatorOf("15001")))
                .expectException(rejectedAs(Rejection.Kind.FORBIDDEN))
                .expectNoEvents();
    }

    @Test
    void a_target_is_adjusted_once_both_sides_signed_the_amendment() {
        fixture.given(DRAFTED, OFFICE_SIGNED, REGION_SIGNED, IN_FORCE,
                        new TargetAmendmentProposed(AGREEMENT, 1, List.of(FEWER), "Projektstart verzögert",
                                LocalDate.of(2026, 5, 1)),
                        new TargetAmendmentSigned(AGREEMENT, 1, "Regio-Netzwerkstelle", LocalDate.of(2026, 5, 2)))
                .when(new SignTargetAmendment(AGREEMENT, 1, "Salzlandkreis", LocalDate.of(2026, 5, 6), null))
                .expectEvents(new TargetAmendmentSigned(AGREEMENT, 1, "Salzlandkreis", LocalDate.of(2026, 5, 6)),
                        new TargetAmendmentEnteredIntoForce(AGREEMENT, 1, LocalDate.of(2026, 5, 6)));
    }

    @Test
    void the_office_proposes_an_amendment_of_a_target_it_has() {
        fixture.given(DRAFTED, OFFICE_SIGNED, REGION_SIGNED, IN_FORCE)
                .when(new ProposeTargetAmendment(AGREEMENT, List.of(FEWER), "Projektstart verzögert",
                        LocalDate.of(2026, 5, 1), 3L))
                .expectResultMessagePayload(new Numbered(4, 1))
                .expectEvents(new TargetAmendmentProposed(AGREEMENT, 1, List.of(FEWER), "Projektstart verzögert",
                        LocalDate.of(2026, 5, 1)));
    }

    @Test
    void an_amendment_of_a_target_the_agreement_lacks_is_rejected() {
        fixture.given(DRAFTED, OFFICE_SIGNED, REGION_SIGNED, IN_FORCE)
                .when(new ProposeTargetAmendment(AGREEMENT, List.of(new Target("PARTICIPANTS", BigDecimal.TEN, null,
                        List.of())), "Ohne Förderbereich", LocalDate.of(2026, 5, 1), null))
                .expectException(rejected(Rejection.Kind.INVALID, "targets"))
                .expectNoEvents();
    }

    @Test
    void a_draft_is_not_amended() {
        fixture.given(DRAFTED, OFFICE_SIGNED)
                .when(new ProposeTargetAmendment(AGREEMENT, List.of(FEWER), "Zu früh", LocalDate.of(2026, 1, 8), null))
                .expectException(rejectedAs(Rejection.Kind.CONFLICT))
                .expectNoEvents();
    }

    @Test
    void one_amendment_awaits_signatures_at_a_time() {
        fixture.given(DRAFTED, OFFICE_SIGNED, REGION_SIGNED, IN_FORCE,
                        new TargetAmendmentProposed(AGREEMENT, 1, List.of(FEWER), "Erste", LocalDate.of(2026, 5, 1)))
                .when(new ProposeTargetAmendment(AGREEMENT, List.of(FEWER), "Zweite", LocalDate.of(2026, 5, 2), null))
                .expectException(rejectedAs(Rejection.Kind.CONFLICT))
                .expectNoEvents();
    }

    @Test
    void signing_an_unknown_amendment_is_rejected() {
        fixture.given(DRAFTED, OFFICE_SIGNED, REGION_SIGNED, IN_FORCE)
                .when(new SignTargetAmendment(AGREEMENT, 4, "Salzlandkreis", LocalDate.of(2026, 5, 6), null))
                .expectException(rejectedAs(Rejection.Kind.NOT_FOUND))
                .expectNoEvents();
    }

    @Test
    void a_review_of_an_agreement_in_force_freezes_its_figures() {
        fixture.given(DRAFTED, OFFICE_SIGNED, REGION_SIGNED, IN_FORCE)
                .when(new RecordReview(AGREEMENT, LocalDate.of(2026, 7, 1), Assessment.AT_RISK,
                        "Zusätzliche Akquise in Bernburg", FIGURES, null))
                .expectResultMessagePayload(new Numbered(4, 1))
                .expectEvents(new ReviewRecorded(AGREEMENT, 1, LocalDate.of(2026, 7, 1), Assessment.AT_RISK,
                        "Zusätzliche Akquise in Bernburg", FIGURES));
    }

    @Test
    void a_review_before_the_agreement_is_in_force_is_rejected() {
        fixture.given(DRAFTED, OFFICE_SIGNED)
                .when(new RecordReview(AGREEMENT, LocalDate.of(2026, 7, 1), Assessment.ON_TRACK, null, FIGURES, null))
                .expectException(rejectedAs(Rejection.Kind.CONFLICT))
                .expectNoEvents();
    }

    @Test
    void a_review_dated_before_the_entry_into_force_is_rejected() {
        fixture.given(DRAFTED, OFFICE_SIGNED, REGION_SIGNED, IN_FORCE)
                .when(new RecordReview(AGREEMENT, LocalDate.of(2026, 1, 9), Assessment.ON_TRACK, null, FIGURES, null))
                .expectException(rejectedAs(Rejection.Kind.CONFLICT))
                .expectNoEvents();
    }

    @Test
    void a_second_review_is_numbered_after_the_first() {
        fixture.given(DRAFTED, OFFICE_SIGNED, REGION_SIGNED, IN_FORCE, new ReviewRecorded(AGREEMENT, 1,
                        LocalDate.of(2026, 4, 1), Assessment.ON_TRACK, null, FIGURES))
                .when(new RecordReview(AGREEMENT, LocalDate.of(2026, 7, 1), Assessment.OFF_TRACK, "Neuplanung",
                        FIGURES, 4L))
                .expectResultMessagePayload(new Numbered(5, 2));
    }

    @Test
    void a_second_review_on_the_same_day_is_rejected() {
        fixture.given(DRAFTED, OFFICE_SIGNED, REGION_SIGNED, IN_FORCE, new ReviewRecorded(AGREEMENT, 1,
                        LocalDate.of(2026, 7, 1), Assessment.AT_RISK, "Akquise", FIGURES))
                .when(new RecordReview(AGREEMENT, LocalDate.of(2026, 7, 1), Assessment.AT_RISK, "Akquise", FIGURES,
                        null))
                .expectException(rejectedAs(Rejection.Kind.CONFLICT))
                .expectNoEvents();
    }
}
