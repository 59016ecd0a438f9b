package de.regionet.command.agreement;

import de.regionet.command.access.CommandSenders;
import de.regionet.command.access.Senders;
import de.regionet.kernel.Rejection;
import de.regionet.kernel.agreement.AgreementCommand.AccedeToAgreement;
import de.regionet.kernel.agreement.AgreementCommand.ConsentToAmendment;
import de.regionet.kernel.agreement.AgreementCommand.SignAgreement;
import de.regionet.kernel.agreement.AgreementCommand.WithdrawFromAgreement;
import de.regionet.kernel.agreement.AgreementEvent.AgreementDrafted;
import de.regionet.kernel.agreement.AgreementEvent.AgreementEnteredIntoForce;
import de.regionet.kernel.agreement.AgreementEvent.AgreementSigned;
import de.regionet.kernel.agreement.AgreementEvent.AmendmentProposed;
import de.regionet.kernel.agreement.AgreementEvent.PartyAcceded;
import de.regionet.kernel.agreement.AgreementEvent.PartyWithdrew;
import de.regionet.kernel.agreement.AgreementId;
import de.regionet.kernel.agreement.AgreementScope;
import de.regionet.kernel.agreement.DocumentHash;
import de.regionet.kernel.agreement.Party;
import de.regionet.kernel.network.Networks;
import de.regionet.kernel.region.RegionKey;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static de.regionet.command.access.Rejections.rejected;

/**
 * The state-wide REGIO AKTIV agreement's history, recorded years after it happened: signed in December 2021, in
 * force from January 2022, districts acceding during 2022. Each fact is judged by the agreement as it stood on the
 * fact's own day.
 */
class AgreementPastFactsTest {

    private static final AgreementId ID = new AgreementId("regio-aktiv");
    private static final DocumentHash TEXT =
            new DocumentHash("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
    private static final DocumentHash AMENDED =
            new DocumentHash("60303ae22b998861bce3b28f33eec1be758a213c86c93c076dbe9f558c11c752");
    private static final Party MINISTRY =
            new Party("Ministerium für Arbeit, Soziales, Gesundheit und Gleichstellung", null);
    private static final Party AGENCY = new Party("Regionaldirektion Sachsen-Anhalt-Thüringen", null);
    private static final Party SALZLAND = new Party("Salzlandkreis", new RegionKey("15089"));
    private static final LocalDate DEC_9_2021 = LocalDate.of(2021, 12, 9);
    private static final LocalDate JAN_1_2022 = LocalDate.of(2022, 1, 1);

    private static final AgreementDrafted DRAFTED = new AgreementDrafted(ID, "REGIO AKTIV", AgreementScope.STATE,
            null, List.of(MINISTRY, AGENCY), TEXT, JAN_1_2022, LocalDate.of(2027, 12, 31));
    private static final AgreementSigned MINISTRY_SIGNED =
            new AgreementSigned(ID, MINISTRY.name(), DEC_9_2021, "Ministerin");
    private static final AgreementSigned AGENCY_SIGNED =
            new AgreementSigned(ID, AGENCY.name(), DEC_9_2021, "Vorsitzende der Geschäftsführung");
    private static final AgreementEnteredIntoForce IN_FORCE = new AgreementEnteredIntoForce(ID, JAN_1_2022);
    private static final PartyAcceded SALZLAND_ACCEDED = new PartyAcceded(ID, SALZLAND, LocalDate.of(2022, 3, 15));

    private FixtureConfiguration<CooperationAgreement> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(CooperationAgreement.class);
        fixture.registerInjectableResource((Networks) Networks::known);
        fixture.registerCommandDispatchInterceptor(Senders.byDefault(Senders.OFFICE));
        fixture.registerCommandHandlerInterceptor(new CommandSenders());
    }

    @Test
    void the_signatures_of_december_2021_put_it_in_force_from_january_2022() {
        fixture.given(DRAFTED, MINISTRY_SIGNED)
                .when(new SignAgreement(ID, AGENCY.name(), DEC_9_2021, "Vorsitzende der Geschäftsführung", null))
                .expectSuccessfulHandlerExecution()
                .expectEvents(AGENCY_SIGNED, IN_FORCE);
    }

    @Test
    void an_accession_of_2022_is_recorded_with_its_day() {
        fixture.given(DRAFTED, MINISTRY_SIGNED, AGENCY_SIGNED, IN_FORCE)
                .when(new AccedeToAgreement(ID, SALZLAND, LocalDate.of(2022, 3, 15), null))
                .expectSuccessfulHandlerExecution()
                .expectEvents(SALZLAND_ACCEDED);
    }

    @Test
    void an_accession_before_the_agreement_entered_into_force_is_refused() {
        fixture.given(DRAFTED, MINISTRY_SIGNED, AGENCY_SIGNED, IN_FORCE)
                .when(new AccedeToAgreement(ID, SALZLAND, LocalDate.of(2021, 12, 20), null))
                .expectException(rejected(Rejection.Kind.INVALID, "accededOn"))
                .expectExceptionMessage("an accession on 2021-12-20 cannot precede the agreement's entry into force "
                        + "on 2022-01-01")
                .expectNoEvents();
    }

    @Test
    void a_withdrawal_of_2023_is_recorded_with_its_day() {
        fixture.given(DRAFTED, MINISTRY_SIGNED, AGENCY_SIGNED, IN_FORCE, SALZLAND_ACCEDED)
                .when(new WithdrawFromAgreement(ID, SALZLAND.name(), LocalDate.of(2023, 6, 30), null))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new PartyWithdrew(ID, SALZLAND.name(), LocalDate.of(2023, 6, 30)));
    }

    @Test
    void a_consent_dated_before_the_amendment_was_proposed_is_refused() {
        fixture.given(DRAFTED, MINISTRY_SIGNED, AGENCY_SIGNED, IN_FORCE,
                        new AmendmentProposed(ID, 2, AMENDED, "Förderbereiche L und M", LocalDate.of(2025, 2, 1)))
                .when(new ConsentToAmendment(ID, 2, MINISTRY.name(), LocalDate.of(2025, 1, 15), null))
                .expectException(rejected(Rejection.Kind.INVALID, "consentedOn"))
                .expectNoEvents();
    }
}
