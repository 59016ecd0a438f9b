package de.regionet.command.targetagreement;

import de.regionet.command.access.CommandSenders;
import de.regionet.command.access.Senders;
import de.regionet.kernel.Period;
import de.regionet.kernel.Rejection;
import de.regionet.kernel.programme.FundingArea;
import de.regionet.kernel.region.RegionKey;
import de.regionet.kernel.targetagreement.Assessment;
import de.regionet.kernel.targetagreement.Target;
import de.regionet.kernel.targetagreement.TargetAgreementCommand.ProposeTargetAmendment;
import de.regionet.kernel.targetagreement.TargetAgreementCommand.RecordReview;
import de.regionet.kernel.targetagreement.TargetAgreementCommand.SignTargetAgreement;
import de.regionet.kernel.targetagreement.TargetAgreementEvent.ReviewRecorded;
import de.regionet.kernel.targetagreement.TargetAgreementEvent.TargetAgreementDrafted;
import de.regionet.kernel.targetagreement.TargetAgreementEvent.TargetAgreementEnteredIntoForce;
import de.regionet.kernel.targetagreement.TargetAgreementEvent.TargetAgreementSigned;
import de.regionet.kernel.targetagreement.TargetAgreementId;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static de.regionet.command.access.Rejections.rejected;
import static de.regionet.command.access.Rejections.rejectedAs;

/**
 * The Salzlandkreis target agreement for 2023, recorded years later: signed in January 2023, reviewed in June 2023.
 * A review or amendment is judged by the agreement as it stood on its own day.
 */
class TargetAgreementPastFactsTest {

    private static final TargetAgreementId AGREEMENT = new TargetAgreementId("ziel-2023");
    private static final RegionKey SALZLANDKREIS = new RegionKey("15089");
    private static final Period YEAR_2023 = new Period(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31));
    private static final Target PARTICIPANTS = new Target("PARTICIPANTS", BigDecimal.valueOf(100),
            new FundingArea("A"), List.of());
    private static final TargetAgreementDrafted DRAFTED = new TargetAgreementDrafted(AGREEMENT, SALZLANDKREIS,
            YEAR_2023, List.of("Regio-Netzwerkstelle", "Salzlandkreis"), List.of(PARTICIPANTS));
    private static final TargetAgreementSigned OFFICE_SIGNED = new TargetAgreementSigned(AGREEMENT,
            "Regio-Netzwerkstelle", LocalDate.of(2023, 1, 5));
    private static final TargetAgreementSigned REGION_SIGNED = new TargetAgreementSigned(AGREEMENT, "Salzlandkreis",
            LocalDate.of(2023, 1, 10));
    private static final TargetAgreementEnteredIntoForce IN_FORCE = new TargetAgreementEnteredIntoForce(AGREEMENT,
            LocalDate.of(2023, 1, 10));

    private FixtureConfiguration<TargetAgreement> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(TargetAgreement.class);
        fixture.registerCommandDispatchInterceptor(Senders.byDefault(Senders.OFFICE));
        fixture.registerCommandHandlerInterceptor(new CommandSenders());
    }

    @Test
    void the_signatures_of_january_2023_put_it_in_force_on_the_last_one() {
        fixture.given(DRAFTED, OFFICE_SIGNED)
                .when(new SignTargetAgreement(AGREEMENT, "Salzlandkreis", LocalDate.of(2023, 1, 10), null))
                .expectSuccessfulHandlerExecution()
                .expectEvents(REGION_SIGNED, IN_FORCE);
    }

    @Test
    void a_review_of_june_2023_is_recorded_with_its_day() {
        fixture.given(DRAFTED, OFFICE_SIGNED, REGION_SIGNED, IN_FORCE)
                .when(new RecordReview(AGREEMENT, LocalDate.of(2023, 6, 30), Assessment.ON_TRACK, null, List.of(),
                        null))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new ReviewRecorded(AGREEMENT, 1, LocalDate.of(2023, 6, 30), Assessment.ON_TRACK, null,
                        List.of()));
    }

    @Test
    void a_review_dated_before_the_agreement_was_in_force_is_refused() {
        fixture.given(DRAFTED, OFFICE_SIGNED, REGION_SIGNED, IN_FORCE)
                .when(new RecordReview(AGREEMENT, LocalDate.of(2022, 12, 15), Assessment.ON_TRACK, null, List.of(),
                        null))
                .expectException(rejectedAs(Rejection.Kind.CONFLICT))
                .expectExceptionMessage("a review judges an agreement in force; it is in force from 2023-01-10, not "
                        + "on 2022-12-15")
                .expectNoEvents();
    }

    @Test
    void an_amendment_proposed_after_the_period_ended_is_refused() {
        fixture.given(DRAFTED, OFFICE_SIGNED, REGION_SIGNED, IN_FORCE)
                .when(new ProposeTargetAmendment(AGREEMENT, List.of(new Target("PARTICIPANTS",
                        BigDecimal.valueOf(80), new FundingArea("A"), List.of())), "weniger Teilnehmende",
                        LocalDate.of(2024, 2, 1), null))
                .expectException(rejected(Rejection.Kind.INVALID, "proposedOn"))
                .expectNoEvents();
    }
}
