package de.regionet.command.agreement;

import de.regionet.command.access.CommandSenders;
import de.regionet.command.access.Senders;
import de.regionet.kernel.EventMetaData;
import de.regionet.kernel.NetworkTime;
import de.regionet.kernel.Rejection;
import de.regionet.kernel.agreement.AgreementCommand;
import de.regionet.kernel.agreement.AgreementCommand.AccedeToAgreement;
import de.regionet.kernel.agreement.AgreementCommand.AmendAgreement;
import de.regionet.kernel.agreement.AgreementCommand.ConsentToAmendment;
import de.regionet.kernel.agreement.AgreementCommand.DraftAgreement;
import de.regionet.kernel.agreement.AgreementCommand.SignAgreement;
import de.regionet.kernel.agreement.AgreementCommand.TerminateAgreement;
import de.regionet.kernel.agreement.AgreementCommand.WithdrawFromAgreement;
import de.regionet.kernel.agreement.AgreementEvent.AgreementDrafted;
import de.regionet.kernel.agreement.AgreementEvent.AgreementEnteredIntoForce;
import de.regionet.kernel.agreement.AgreementEvent.AgreementExpired;
import de.regionet.kernel.agreement.AgreementEvent.AgreementSigned;
import de.regionet.kernel.agreement.AgreementEvent.AgreementTerminated;
import de.regionet.kernel.agreement.AgreementEvent.AmendmentConsented;
import de.regionet.kernel.agreement.AgreementEvent.AmendmentEnteredIntoForce;
import de.regionet.kernel.agreement.AgreementEvent.AmendmentProposed;
import de.regionet.kernel.agreement.AgreementEvent.PartyAcceded;
import de.regionet.kernel.agreement.AgreementEvent.PartyWithdrew;
import de.regionet.kernel.agreement.AgreementId;
import de.regionet.kernel.agreement.AgreementScope;
import de.regionet.kernel.agreement.DocumentHash;
import de.regionet.kernel.agreement.Party;
import de.regionet.kernel.network.Networks;
import de.regionet.kernel.region.RegionKey;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.hamcrest.FeatureMatcher;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.equalTo;

/**
 * Every command of a cooperation agreement and every rejection, given its earlier events. The state-wide sample is
 * Saxony-Anhalt's REGIO AKTIV agreement: drafted with the ministry and the employment agency's regional directorate,
 * signed in December 2021, in force from 2022-01-01, districts acceding during 2022.
 */
class CooperationAgreementTest {

    private static final AgreementId ID = new AgreementId("regio-aktiv");
    private static final DocumentHash SIGNED_TEXT =
            new DocumentHash("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
    private static final DocumentHash AMENDED_TEXT =
            new DocumentHash("60303ae22b998861bce3b28f33eec1be758a213c86c93c076dbe9f558c11c752");
    private static final DocumentHash THIRD_TEXT =
            new DocumentHash("fd61a03af4f77d870fc21e05e7e80678095c92d808cfb3b5c279ee04c74aca13");
    private static final Party MINISTRY =
            new Party("Ministerium für Arbeit, Soziales, Gesundheit und Gleichstellung", null);
    private static final Party AGENCY = new Party("Regionaldirektion Sachsen-Anhalt-Thüringen", null);
    private static final Party SALZLAND = new Party("Salzlandkreis", new RegionKey("15089"));
    private static final Party BOERDE = new Party("Landkreis Börde", new RegionKey("15083"));
    private static final LocalDate DEC_9_2021 = LocalDate.of(2021, 12, 9);
    private static final LocalDate JAN_1_2022 = LocalDate.of(2022, 1, 1);
    private static final LocalDate MAR_15_2022 = LocalDate.of(2022, 3, 15);
    private static final LocalDate JUN_1_2022 = LocalDate.of(2022, 6, 1);
    private static final LocalDate DEC_31_2027 = LocalDate.of(2027, 12, 31);

    private static final AgreementDrafted DRAFTED = new AgreementDrafted(ID, "REGIO AKTIV", AgreementScope.STATE, null,
            List.of(MINISTRY, AGENCY), SIGNED_TEXT, JAN_1_2022, DEC_31_2027);
    private static final AgreementSigned MINISTRY_SIGNED =
            new AgreementSigned(ID, MINISTRY.name(), DEC_9_2021, "Ministerin");
    private static final AgreementSigned AGENCY_SIGNED =
            new AgreementSigned(ID, AGENCY.name(), DEC_9_2021, "Vorsitzende der Geschäftsführung");
    private static final AgreementEnteredIntoForce IN_FORCE = new AgreementEnteredIntoForce(ID, JAN_1_2022);
    private static final PartyAcceded SALZLAND_ACCEDED = new PartyAcceded(ID, SALZLAND, MAR_15_2022);
    private static final PartyAcceded BOERDE_ACCEDED = new PartyAcceded(ID, BOERDE, JUN_1_2022);
    private static final AmendmentProposed AMENDMENT_PROPOSED = new AmendmentProposed(ID, 2, AMENDED_TEXT,
            "Förderbereiche L und M", LocalDate.of(2025, 2, 1));

    private static final Object[] DRAFT = {DRAFTED};
    private static final Object[] IN_FORCE_WITH_TWO = {DRAFTED, MINISTRY_SIGNED, AGENCY_SIGNED, IN_FORCE};
    private static final Object[] IN_FORCE_WITH_THREE = with(IN_FORCE_WITH_TWO, SALZLAND_ACCEDED);
    private static final Object[] IN_FORCE_WITH_FOUR = with(IN_FORCE_WITH_THREE, BOERDE_ACCEDED);

    private FixtureConfiguration<CooperationAgreement> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(CooperationAgreement.class);
        fixture.registerInjectableResource((Networks) Networks::known);
        fixture.registerCommandDispatchInterceptor(Senders.byDefault(Senders.OFFICE));
        fixture.registerCommandHandlerInterceptor(new CommandSenders());
    }

    @Nested
    class Drafting {

        @Test
        void a_state_wide_agreement_is_drafted_in_the_regions_of_its_parties() {
            var parties = List.of(MINISTRY, AGENCY, SALZLAND);
            fixture.givenNoPriorActivity()
                    .when(draft(AgreementScope.STATE, null, parties, JAN_1_2022, DEC_31_2027))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(inRegions(new AgreementDrafted(ID, "REGIO AKTIV", AgreementScope.STATE, null,
                            parties, SIGNED_TEXT, JAN_1_2022, DEC_31_2027), "15089"));
        }

        @Test
        void a_state_wide_agreement_of_bodies_without_region_concerns_no_region_topic() {
            fixture.givenNoPriorActivity()
                    .when(draft(AgreementScope.STATE, null, List.of(MINISTRY, AGENCY), JAN_1_2022, null))
                    .expectEventsMatching(exactSequenceOf(regionKeys(), andNoMore()));
        }

        @Test
        void a_regional_agreement_is_drafted_in_its_region() {
            fixture.givenNoPriorActivity()
                    .when(regionalDraft(), Senders.sentBy(Senders.coordinatorOf("15089")))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(inRegion(regionalDrafted()));
        }

        @Test
        void a_regional_agreement_names_its_region() {
            fixture.givenNoPriorActivity()
                    .when(draft(AgreementScope.REGIONAL, null, List.of(MINISTRY, AGENCY), JAN_1_2022, null))
                    .expectException(rejected(Rejection.Kind.INVALID, "regionKey"))
                    .expectExceptionMessage("a regional agreement names its region (regionKey)")
                    .expectNoEvents();
        }

        @Test
        void a_state_wide_agreement_names_no_region() {
            fixture.givenNoPriorActivity()
                    .when(draft(AgreementScope.STATE, new RegionKey("15089"), List.of(MINISTRY, AGENCY), JAN_1_2022,
                            null))
                    .expectException(rejected(Rejection.Kind.INVALID, "regionKey"))
                    .expectExceptionMessage("a state-wide agreement belongs to no single region: leave regionKey empty")
                    .expectNoEvents();
        }

        @Test
        void an_agreement_with_a_single_party_is_rejected() {
            fixture.givenNoPriorActivity()
                    .when(draft(AgreementScope.STATE, null, List.of(MINISTRY), JAN_1_2022, null))
                    .expectException(rejected(Rejection.Kind.INVALID, "parties"))
                    .expectExceptionMessage("an agreement needs at least two parties")
                    .expectNoEvents();
        }

        @Test
        void a_party_named_twice_is_rejected_regardless_of_case() {
            var again = new Party("salzlandKREIS", null);
            fixture.givenNoPriorActivity()
                    .when(draft(AgreementScope.STATE, null, List.of(MINISTRY, SALZLAND, again), JAN_1_2022, null))
                    .expectException(rejected(Rejection.Kind.INVALID, "parties"))
                    .expectExceptionMessage("salzlandKREIS is named more than once among the parties")
                    .expectNoEvents();
        }

        @Test
        void a_regional_agreement_binds_parties_of_its_own_region_only() {
            fixture.givenNoPriorActivity()
                    .when(draft(AgreementScope.REGIONAL, new RegionKey("15089"), List.of(SALZLAND, BOERDE),
                            JAN_1_2022, null))
                    .expectException(rejected(Rejection.Kind.INVALID, "parties"))
                    .expectExceptionMessage("a regional agreement of 15089 binds parties of that region only, "
                            + "not Landkreis Börde of 15083")
                    .expectNoEvents();
        }

        @Test
        void a_validity_that_ends_before_it_starts_is_rejected() {
            fixture.givenNoPriorActivity()
                    .when(draft(AgreementScope.STATE, null, List.of(MINISTRY, AGENCY), JAN_1_2022, DEC_9_2021))
                    .expectException(rejected(Rejection.Kind.INVALID, "validUntil"))
                    .expectExceptionMessage("validUntil (2021-12-09) must not be before validFrom (2022-01-01)")
                    .expectNoEvents();
        }

        @Test
        void a_validity_of_a_single_day_is_accepted() {
            fixture.givenNoPriorActivity()
                    .when(draft(AgreementScope.STATE, null, List.of(MINISTRY, AGENCY), JAN_1_2022, JAN_1_2022))
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void a_coordinator_cannot_draft_a_state_wide_agreement() {
            fixture.givenNoPriorActivity()
                    .when(draft(AgreementScope.STATE, null, List.of(MINISTRY, AGENCY), JAN_1_2022, null),
                            Senders.sentBy(Senders.coordinatorOf("15089")))
                    .expectException(rejected(Rejection.Kind.FORBIDDEN, null))
                    .expectExceptionMessage(Senders.pseudonymOf("coordinator-15089")
                            + " may not act for state-wide agreements of network sachsen-anhalt: "
                            + "only that network's office may")
                    .expectNoEvents();
        }

        @Test
        void a_coordinator_of_another_region_cannot_draft_a_regional_agreement() {
            fixture.givenNoPriorActivity()
                    .when(regionalDraft(), Senders.sentBy(Senders.coordinatorOf("15001")))
                    .expectException(rejected(Rejection.Kind.FORBIDDEN, null))
                    .expectExceptionMessage(Senders.pseudonymOf("coordinator-15001")
                            + " may not act for region 15089 (it acts for 15001)")
                    .expectNoEvents();
        }

        @Test
        void an_auditor_drafts_nothing() {
            fixture.givenNoPriorActivity()
                    .when(regionalDraft(), Senders.sentBy(Senders.AUDITOR))
                    .expectException(rejected(Rejection.Kind.FORBIDDEN, null))
                    .expectNoEvents();
        }
    }

    @Nested
    class Signing {

        @Test
        void a_signature_is_recorded_and_the_agreement_stays_a_draft_until_every_original_party_signed() {
            fixture.given(DRAFT)
                    .when(sign(MINISTRY, DEC_9_2021, "Ministerin"))
                    .expectResultMessagePayload(1L)
                    .expectEvents(inRegions(MINISTRY_SIGNED))
                    .expectNoScheduledDeadlines();
        }

        @Test
        void agreement_enters_into_force_when_last_party_signs_on_the_first_day_of_its_validity() {
            fixture.given(DRAFTED, MINISTRY_SIGNED)
                    .when(sign(AGENCY, DEC_9_2021, "Vorsitzende der Geschäftsführung"))
                    .expectResultMessagePayload(3L)
                    .expectEvents(inRegions(AGENCY_SIGNED), inRegions(IN_FORCE))
                    .expectScheduledDeadlineWithName(endOfDay(DEC_31_2027), CooperationAgreement.EXPIRY);
        }

        @Test
        void an_agreement_signed_after_its_validity_began_is_in_force_from_the_last_signature() {
            var lastSignature = LocalDate.of(2022, 2, 14);
            fixture.given(DRAFTED, MINISTRY_SIGNED)
                    .when(sign(AGENCY, lastSignature, "Vorsitzende der Geschäftsführung"))
                    .expectEvents(inRegions(new AgreementSigned(ID, AGENCY.name(), lastSignature,
                            "Vorsitzende der Geschäftsführung")), inRegions(new AgreementEnteredIntoForce(ID,
                            lastSignature)));
        }

        @Test
        void signatures_recorded_out_of_order_take_effect_on_the_latest() {
            var ministryLater = new AgreementSigned(ID, MINISTRY.name(), LocalDate.of(2022, 2, 14), "Ministerin");
            fixture.given(DRAFTED, ministryLater)
                    .when(sign(AGENCY, DEC_9_2021, "Vorsitzende der Geschäftsführung"))
                    .expectEvents(inRegions(AGENCY_SIGNED),
                            inRegions(new AgreementEnteredIntoForce(ID, LocalDate.of(2022, 2, 14))));
        }

        @Test
        void an_open_ended_agreement_schedules_no_expiry() {
            var openEnded = new AgreementDrafted(ID, "REGIO AKTIV", AgreementScope.STATE, null,
                    List.of(MINISTRY, AGENCY), SIGNED_TEXT, JAN_1_2022, null);
            fixture.given(openEnded, MINISTRY_SIGNED)
                    .when(sign(AGENCY, DEC_9_2021, "Vorsitzende der Geschäftsführung"))
                    .expectEvents(inRegions(AGENCY_SIGNED), inRegions(IN_FORCE))
                    .expectNoScheduledDeadlines();
        }

        @Test
        void a_party_is_found_by_its_name_in_any_case_and_signs_under_the_name_of_the_draft() {
            fixture.given(DRAFT)
                    .when(new SignAgreement(ID, "  MINISTERIUM für arbeit, soziales, gesundheit und gleichstellung ",
                            DEC_9_2021, "Ministerin", null))
                    .expectEvents(inRegions(MINISTRY_SIGNED));
        }

        @Test
        void the_regions_of_the_original_parties_receive_their_signatures() {
            var drafted = new AgreementDrafted(ID, "REGIO AKTIV", AgreementScope.STATE, null,
                    List.of(MINISTRY, SALZLAND), SIGNED_TEXT, JAN_1_2022, null);
            fixture.given(drafted)
                    .when(sign(MINISTRY, DEC_9_2021, "Ministerin"))
                    .expectEventsMatching(exactSequenceOf(regionKeys("15089"), andNoMore()));
        }

        @Test
        void signing_twice_is_rejected() {
            fixture.given(DRAFTED, MINISTRY_SIGNED)
                    .when(sign(MINISTRY, DEC_9_2021.plusDays(1), "Staatssekretär"))
                    .expectException(rejected(Rejection.Kind.CONFLICT, null))
                    .expectExceptionMessage(MINISTRY.name() + " already signed this agreement on 2021-12-09")
                    .expectNoEvents();
        }

        @Test
        void signing_an_agreement_in_force_again_is_rejected() {
            fixture.given(IN_FORCE_WITH_TWO)
                    .when(sign(AGENCY, JUN_1_2022, "Vorsitzende der Geschäftsführung"))
                    .expectException(rejected(Rejection.Kind.CONFLICT, null))
                    .expectNoEvents();
        }

        @Test
        void signing_as_a_non_party_is_rejected() {
            fixture.given(DRAFT)
                    .when(sign(SALZLAND, DEC_9_2021, "Landrat"))
                    .expectException(rejected(Rejection.Kind.INVALID, "party"))
                    .expectExceptionMessage("Salzlandkreis is not an original party to this agreement; its original "
                            + "parties are " + MINISTRY.name() + ", " + AGENCY.name())
                    .expectNoEvents();
        }

        @Test
        void an_acceding_party_does_not_sign() {
            fixture.given(IN_FORCE_WITH_THREE)
                    .when(sign(SALZLAND, MAR_15_2022, "Landrat"))
                    .expectException(rejected(Rejection.Kind.INVALID, "party"))
                    .expectExceptionMessage("Salzlandkreis is not an original party to this agreement (it acceded; "
                            + "acceding parties do not sign); its original parties are " + MINISTRY.name() + ", "
                            + AGENCY.name())
                    .expectNoEvents();
        }

        @Test
        void a_signature_after_the_validity_ended_is_rejected() {
            fixture.given(DRAFT)
                    .when(sign(MINISTRY, DEC_31_2027.plusDays(1), "Ministerin"))
                    .expectException(rejected(Rejection.Kind.INVALID, "signedOn"))
                    .expectExceptionMessage("a signature dated 2028-01-01 comes after the agreement's validity ended "
                            + "(validUntil 2027-12-31)")
                    .expectNoEvents();
        }

        @Test
        void a_terminated_draft_is_signed_no_more() {
            fixture.given(DRAFTED, new AgreementTerminated(ID, DEC_9_2021, "abandoned"))
                    .when(sign(MINISTRY, DEC_9_2021, "Ministerin"))
                    .expectException(rejected(Rejection.Kind.CONFLICT, null))
                    .expectExceptionMessage("this agreement was terminated (effective 2021-12-09) and cannot be "
                            + "signed any more")
                    .expectNoEvents();
        }
    }

    @Nested
    class Acceding {

        @Test
        void a_district_of_another_network_does_not_accede_to_a_state_wide_agreement() {
            fixture.given(IN_FORCE_WITH_TWO)
                    .when(accede(new Party("Kreis Groß-Gerau", new RegionKey("06433")), MAR_15_2022),
                            Senders.sentBy(Senders.OFFICE_SACHSEN_ANHALT))
                    .expectException(rejected(Rejection.Kind.INVALID, "regionKey"))
                    .expectExceptionMessage("region 06433 belongs to network hessen; this agreement is network "
                            + "sachsen-anhalt's")
                    .expectNoEvents();
        }

        @Test
        void an_office_of_another_network_does_not_change_a_state_wide_agreement() {
            fixture.given(IN_FORCE_WITH_TWO)
                    .when(accede(SALZLAND, MAR_15_2022), Senders.sentBy(Senders.OFFICE_NRW))
                    .expectException(rejected(Rejection.Kind.FORBIDDEN, null))
                    .expectNoEvents();
        }

        @Test
        void a_district_accedes_to_the_agreement_in_force_and_its_region_hears_of_it() {
            fixture.given(IN_FORCE_WITH_TWO)
                    .when(accede(SALZLAND, MAR_15_2022))
                    .expectResultMessagePayload(4L)
                    .expectEvents(inRegions(SALZLAND_ACCEDED, "15089"));
        }

        @Test
        void later_events_reach_every_acceded_region() {
            fixture.given(IN_FORCE_WITH_THREE)
                    .when(accede(BOERDE, JUN_1_2022))
                    .expectEvents(inRegions(BOERDE_ACCEDED, "15083", "15089"));
        }

        @Test
        void acceding_to_a_draft_is_rejected() {
            fixture.given(DRAFTED, MINISTRY_SIGNED)
                    .when(accede(SALZLAND, MAR_15_2022))
                    .expectException(rejected(Rejection.Kind.CONFLICT, null))
                    .expectExceptionMessage("nobody can accede to a draft: this agreement has not entered into "
                            + "force yet (its original parties have not all signed)")
                    .expectNoEvents();
        }

        @Test
        void an_accession_before_the_entry_into_force_is_rejected() {
            fixture.given(IN_FORCE_WITH_TWO)
                    .when(accede(SALZLAND, DEC_9_2021))
                    .expectException(rejected(Rejection.Kind.INVALID, "accededOn"))
                    .expectExceptionMessage("an accession on 2021-12-09 cannot precede the agreement's entry into "
                            + "force on 2022-01-01")
                    .expectNoEvents();
        }

        @Test
        void an_accession_after_the_validity_ended_is_rejected() {
            fixture.given(IN_FORCE_WITH_TWO)
                    .when(accede(SALZLAND, DEC_31_2027.plusDays(1)))
                    .expectException(rejected(Rejection.Kind.INVALID, "accededOn"))
                    .expectExceptionMessage("an accession on 2028-01-01 comes after the agreement's validity ended "
                            + "(2027-12-31)")
                    .expectNoEvents();
        }

        @Test
        void a_party_cannot_accede_twice() {
            fixture.given(IN_FORCE_WITH_THREE)
                    .when(accede(new Party("SALZLANDKREIS", new RegionKey("15089")), JUN_1_2022))
                    .expectException(rejected(Rejection.Kind.CONFLICT, null))
                    .expectExceptionMessage("SALZLANDKREIS is already a party to this agreement")
                    .expectNoEvents();
        }

        @Test
        void an_original_party_cannot_accede() {
            fixture.given(IN_FORCE_WITH_TWO)
                    .when(accede(MINISTRY, JUN_1_2022))
                    .expectException(rejected(Rejection.Kind.CONFLICT, null))
                    .expectNoEvents();
        }

        @Test
        void a_party_that_withdrew_may_accede_again_from_the_day_it_withdrew() {
            var withdrew = new PartyWithdrew(ID, SALZLAND.name(), LocalDate.of(2023, 1, 1));
            fixture.given(with(IN_FORCE_WITH_FOUR, withdrew))
                    .when(accede(SALZLAND, LocalDate.of(2023, 1, 1)))
                    .expectEvents(inRegions(new PartyAcceded(ID, SALZLAND, LocalDate.of(2023, 1, 1)),
                            "15083", "15089"));
        }

        @Test
        void a_party_cannot_accede_again_before_it_withdrew() {
            var withdrew = new PartyWithdrew(ID, SALZLAND.name(), LocalDate.of(2023, 1, 1));
            fixture.given(with(IN_FORCE_WITH_FOUR, withdrew))
                    .when(accede(SALZLAND, LocalDate.of(2022, 12, 31)))
                    .expectException(rejected(Rejection.Kind.INVALID, "accededOn"))
                    .expectExceptionMessage("Salzlandkreis withdrew on 2023-01-01; it can accede again from that "
                            + "day on")
                    .expectNoEvents();
        }

        @Test
        void a_regional_agreement_admits_no_party_of_another_region() {
            fixture.given(regionalInForce())
                    .when(new AccedeToAgreement(ID, BOERDE, JUN_1_2022, null))
                    .expectException(rejected(Rejection.Kind.INVALID, "regionKey"))
                    .expectExceptionMessage("a regional agreement of 15089 binds parties of that region only, "
                            + "not of 15083")
                    .expectNoEvents();
        }

        @Test
        void acceding_to_a_terminated_agreement_is_rejected() {
            fixture.given(with(IN_FORCE_WITH_TWO, new AgreementTerminated(ID, JUN_1_2022, null)))
                    .when(accede(SALZLAND, JUN_1_2022))
                    .expectException(rejected(Rejection.Kind.CONFLICT, null))
                    .expectExceptionMessage("this agreement was terminated (effective 2022-06-01) and cannot be "
                            + "acceded to any more")
                    .expectNoEvents();
        }
    }

    @Nested
    class Withdrawing {

        @Test
        void a_party_withdraws_and_its_region_hears_of_it() {
            var withdrawnOn = LocalDate.of(2024, 1, 1);
            fixture.given(IN_FORCE_WITH_THREE)
                    .when(new WithdrawFromAgreement(ID, "salzlandkreis", withdrawnOn, null))
                    .expectResultMessagePayload(5L)
                    .expectEvents(inRegions(new PartyWithdrew(ID, SALZLAND.name(), withdrawnOn), "15089"));
        }

        @Test
        void a_non_party_cannot_withdraw() {
            fixture.given(IN_FORCE_WITH_THREE)
                    .when(new WithdrawFromAgreement(ID, BOERDE.name(), JUN_1_2022, null))
                    .expectException(rejected(Rejection.Kind.INVALID, "party"))
                    .expectExceptionMessage("Landkreis Börde is not a party to this agreement; its parties are "
                            + MINISTRY.name() + ", " + AGENCY.name() + ", Salzlandkreis")
                    .expectNoEvents();
        }

        @Test
        void a_withdrawal_before_the_party_joined_is_rejected() {
            fixture.given(IN_FORCE_WITH_THREE)
                    .when(new WithdrawFromAgreement(ID, SALZLAND.name(), MAR_15_2022.minusDays(1), null))
                    .expectException(rejected(Rejection.Kind.INVALID, "withdrawnOn"))
                    .expectExceptionMessage("a withdrawal on 2022-03-14 cannot precede the day Salzlandkreis became "
                            + "a party (2022-03-15)")
                    .expectNoEvents();
        }

        @Test
        void a_withdrawal_that_would_leave_a_single_party_is_rejected() {
            fixture.given(IN_FORCE_WITH_TWO)
                    .when(new WithdrawFromAgreement(ID, AGENCY.name(), JUN_1_2022, null))
                    .expectException(rejected(Rejection.Kind.CONFLICT, null))
                    .expectExceptionMessage(AGENCY.name() + " cannot withdraw: fewer than two parties would remain; "
                            + "terminate the agreement instead")
                    .expectNoEvents();
        }

        @Test
        void nobody_withdraws_from_a_draft() {
            fixture.given(DRAFTED, MINISTRY_SIGNED)
                    .when(new WithdrawFromAgreement(ID, MINISTRY.name(), JUN_1_2022, null))
                    .expectException(rejected(Rejection.Kind.CONFLICT, null))
                    .expectExceptionMessage("a draft binds nobody yet: a party that does not want to join does not "
                            + "sign")
                    .expectNoEvents();
        }
    }

    @Nested
    class Amending {

        @Test
        void an_amendment_is_proposed_as_the_next_version_of_the_text() {
            fixture.given(IN_FORCE_WITH_THREE)
                    .when(amend(AMENDED_TEXT, LocalDate.of(2025, 2, 1)))
                    .expectResultMessagePayload(new CooperationAgreement.Proposal(2, 5L))
                    .expectEvents(inRegions(AMENDMENT_PROPOSED, "15089"));
        }

        @Test
        void amendment_in_force_only_after_all_current_parties_consented() {
            var proposed = with(IN_FORCE_WITH_THREE, AMENDMENT_PROPOSED);
            fixture.given(proposed)
                    .when(consent(2, MINISTRY, LocalDate.of(2025, 3, 1)))
                    .expectEvents(inRegions(new AmendmentConsented(ID, 2, MINISTRY.name(), LocalDate.of(2025, 3, 1)),
                            "15089"));
            fixture.given(with(proposed, new AmendmentConsented(ID, 2, MINISTRY.name(), LocalDate.of(2025, 3, 1))))
                    .when(consent(2, AGENCY, LocalDate.of(2025, 3, 20)))
                    .expectEvents(inRegions(new AmendmentConsented(ID, 2, AGENCY.name(), LocalDate.of(2025, 3, 20)),
                            "15089"));
            fixture.given(with(proposed,
                            new AmendmentConsented(ID, 2, MINISTRY.name(), LocalDate.of(2025, 3, 1)),
                            new AmendmentConsented(ID, 2, AGENCY.name(), LocalDate.of(2025, 3, 20))))
                    .when(consent(2, SALZLAND, LocalDate.of(2025, 3, 10)))
                    .expectResultMessagePayload(9L)
                    .expectEvents(
                            inRegions(new AmendmentConsented(ID, 2, SALZLAND.name(), LocalDate.of(2025, 3, 10)),
                                    "15089"),
                            inRegions(new AmendmentEnteredIntoForce(ID, 2, LocalDate.of(2025, 3, 20)), "15089"));
        }

        @Test
        void a_party_that_accedes_while_an_amendment_is_open_must_consent_too() {
            fixture.given(with(IN_FORCE_WITH_TWO, AMENDMENT_PROPOSED,
                            new PartyAcceded(ID, SALZLAND, LocalDate.of(2025, 2, 15)),
                            new AmendmentConsented(ID, 2, MINISTRY.name(), LocalDate.of(2025, 3, 1))))
                    .when(consent(2, AGENCY, LocalDate.of(2025, 3, 2)))
                    .expectEvents(inRegions(new AmendmentConsented(ID, 2, AGENCY.name(), LocalDate.of(2025, 3, 2)),
                            "15089"));
        }

        @Test
        void the_withdrawal_of_the_last_party_without_consent_brings_the_amendment_into_force() {
            var withdrawnOn = LocalDate.of(2025, 4, 1);
            fixture.given(with(IN_FORCE_WITH_FOUR, AMENDMENT_PROPOSED,
                            new AmendmentConsented(ID, 2, MINISTRY.name(), LocalDate.of(2025, 3, 1)),
                            new AmendmentConsented(ID, 2, AGENCY.name(), LocalDate.of(2025, 3, 1)),
                            new AmendmentConsented(ID, 2, BOERDE.name(), LocalDate.of(2025, 3, 1))))
                    .when(new WithdrawFromAgreement(ID, SALZLAND.name(), withdrawnOn, null))
                    .expectEvents(inRegions(new PartyWithdrew(ID, SALZLAND.name(), withdrawnOn), "15083", "15089"),
                            inRegions(new AmendmentEnteredIntoForce(ID, 2, withdrawnOn), "15083"));
        }

        @Test
        void the_next_amendment_follows_the_one_in_force() {
            fixture.given(with(IN_FORCE_WITH_TWO, AMENDMENT_PROPOSED,
                            new AmendmentConsented(ID, 2, MINISTRY.name(), LocalDate.of(2025, 3, 1)),
                            new AmendmentConsented(ID, 2, AGENCY.name(), LocalDate.of(2025, 3, 1)),
                            new AmendmentEnteredIntoForce(ID, 2, LocalDate.of(2025, 3, 1))))
                    .when(amend(THIRD_TEXT, LocalDate.of(2026, 1, 5)))
                    .expectEvents(inRegions(new AmendmentProposed(ID, 3, THIRD_TEXT, "Förderbereiche L und M",
                            LocalDate.of(2026, 1, 5))));
        }

        @Test
        void amending_a_terminated_agreement_is_rejected() {
            fixture.given(with(IN_FORCE_WITH_TWO, new AgreementTerminated(ID, JUN_1_2022, "ended")))
                    .when(amend(AMENDED_TEXT, JUN_1_2022))
                    .expectException(rejected(Rejection.Kind.CONFLICT, null))
                    .expectExceptionMessage("this agreement was terminated (effective 2022-06-01) and cannot be "
                            + "amended any more")
                    .expectNoEvents();
        }

        @Test
        void amending_an_expired_agreement_is_rejected() {
            fixture.given(with(IN_FORCE_WITH_TWO, new AgreementExpired(ID, DEC_31_2027)))
                    .when(amend(AMENDED_TEXT, JUN_1_2022))
                    .expectException(rejected(Rejection.Kind.CONFLICT, null))
                    .expectExceptionMessage("this agreement expired after 2027-12-31 and cannot be amended any more")
                    .expectNoEvents();
        }

        @Test
        void amending_a_draft_is_rejected() {
            fixture.given(DRAFT)
                    .when(amend(AMENDED_TEXT, DEC_9_2021))
                    .expectException(rejected(Rejection.Kind.CONFLICT, null))
                    .expectExceptionMessage("a draft cannot be amended: amendments change an agreement in force "
                            + "(draft a new agreement instead)")
                    .expectNoEvents();
        }

        @Test
        void a_second_amendment_waits_for_the_first() {
            fixture.given(with(IN_FORCE_WITH_TWO, AMENDMENT_PROPOSED))
                    .when(amend(THIRD_TEXT, LocalDate.of(2025, 3, 1)))
                    .expectException(rejected(Rejection.Kind.CONFLICT, null))
                    .expectExceptionMessage("amendment 2 still awaits consent; another amendment can be proposed "
                            + "once it is in force")
                    .expectNoEvents();
        }

        @Test
        void the_text_in_force_is_no_amendment() {
            fixture.given(IN_FORCE_WITH_TWO)
                    .when(amend(SIGNED_TEXT, JUN_1_2022))
                    .expectException(rejected(Rejection.Kind.CONFLICT, null))
                    .expectExceptionMessage("the text with SHA-256 " + SIGNED_TEXT + " is already in force (version 1)")
                    .expectNoEvents();
        }

        @Test
        void an_amendment_before_the_entry_into_force_is_rejected() {
            fixture.given(IN_FORCE_WITH_TWO)
                    .when(amend(AMENDED_TEXT, DEC_9_2021))
                    .expectException(rejected(Rejection.Kind.INVALID, "proposedOn"))
                    .expectExceptionMessage("an amendment proposed on 2021-12-09 cannot precede the agreement's "
                            + "entry into force on 2022-01-01")
                    .expectNoEvents();
        }

        @Test
        void an_amendment_after_the_validity_ended_is_rejected() {
            fixture.given(IN_FORCE_WITH_TWO)
                    .when(amend(AMENDED_TEXT, DEC_31_2027.plusDays(1)))
                    .expectException(rejected(Rejection.Kind.INVALID, "proposedOn"))
                    .expectNoEvents();
        }

        @Test
        void consenting_twice_is_rejected() {
            fixture.given(with(IN_FORCE_WITH_THREE, AMENDMENT_PROPOSED,
                            new AmendmentConsented(ID, 2, MINISTRY.name(), LocalDate.of(2025, 3, 1))))
                    .when(consent(2, MINISTRY, LocalDate.of(2025, 3, 2)))
                    .expectException(rejected(Rejection.Kind.CONFLICT, null))
                    .expectExceptionMessage(MINISTRY.name() + " already consented to amendment 2 on 2025-03-01")
                    .expectNoEvents();
        }

        @Test
        void a_non_party_cannot_consent() {
            fixture.given(with(IN_FORCE_WITH_TWO, AMENDMENT_PROPOSED))
                    .when(consent(2, SALZLAND, LocalDate.of(2025, 3, 1)))
                    .expectException(rejected(Rejection.Kind.INVALID, "party"))
                    .expectNoEvents();
        }

        @Test
        void a_party_that_withdrew_cannot_consent() {
            fixture.given(with(IN_FORCE_WITH_THREE, AMENDMENT_PROPOSED,
                            new PartyWithdrew(ID, SALZLAND.name(), LocalDate.of(2025, 2, 10))))
                    .when(consent(2, SALZLAND, LocalDate.of(2025, 3, 1)))
                    .expectException(rejected(Rejection.Kind.INVALID, "party"))
                    .expectNoEvents();
        }

        @Test
        void consenting_to_an_unknown_amendment_is_rejected() {
            fixture.given(with(IN_FORCE_WITH_TWO, AMENDMENT_PROPOSED))
                    .when(consent(3, MINISTRY, LocalDate.of(2025, 3, 1)))
                    .expectException(rejected(Rejection.Kind.NOT_FOUND, null))
                    .expectExceptionMessage("there is no amendment 3 to this agreement (amendments are numbered by "
                            + "the text version they create: the first is 2)")
                    .expectNoEvents();
        }

        @Test
        void the_signed_text_is_no_amendment_to_consent_to() {
            fixture.given(IN_FORCE_WITH_TWO)
                    .when(consent(1, MINISTRY, LocalDate.of(2025, 3, 1)))
                    .expectException(rejected(Rejection.Kind.NOT_FOUND, null))
                    .expectNoEvents();
        }

        @Test
        void consenting_to_an_amendment_in_force_is_rejected() {
            fixture.given(with(IN_FORCE_WITH_TWO, AMENDMENT_PROPOSED,
                            new AmendmentConsented(ID, 2, MINISTRY.name(), LocalDate.of(2025, 3, 1)),
                            new AmendmentConsented(ID, 2, AGENCY.name(), LocalDate.of(2025, 3, 1)),
                            new AmendmentEnteredIntoForce(ID, 2, LocalDate.of(2025, 3, 1)),
                            new PartyAcceded(ID, SALZLAND, LocalDate.of(2025, 4, 1))))
                    .when(consent(2, SALZLAND, LocalDate.of(2025, 4, 2)))
                    .expectException(rejected(Rejection.Kind.CONFLICT, null))
                    .expectExceptionMessage("amendment 2 is already in force")
                    .expectNoEvents();
        }

        @Test
        void a_consent_before_the_proposal_is_rejected() {
            fixture.given(with(IN_FORCE_WITH_TWO, AMENDMENT_PROPOSED))
                    .when(consent(2, MINISTRY, LocalDate.of(2025, 1, 31)))
                    .expectException(rejected(Rejection.Kind.INVALID, "consentedOn"))
                    .expectExceptionMessage("a consent on 2025-01-31 cannot precede the amendment's proposal on "
                            + "2025-02-01")
                    .expectNoEvents();
        }

        @Test
        void a_consent_before_the_party_joined_is_rejected() {
            fixture.given(with(IN_FORCE_WITH_TWO, AMENDMENT_PROPOSED,
                            new PartyAcceded(ID, SALZLAND, LocalDate.of(2025, 3, 1))))
                    .when(consent(2, SALZLAND, LocalDate.of(2025, 2, 20)))
                    .expectException(rejected(Rejection.Kind.INVALID, "consentedOn"))
                    .expectExceptionMessage("a consent on 2025-02-20 cannot precede the day Salzlandkreis became a "
                            + "party (2025-03-01)")
                    .expectNoEvents();
        }

        @Test
        void consenting_to_an_amendment_of_a_terminated_agreement_is_rejected() {
            fixture.given(with(IN_FORCE_WITH_TWO, AMENDMENT_PROPOSED,
                            new AgreementTerminated(ID, LocalDate.of(2025, 6, 1), null)))
                    .when(consent(2, MINISTRY, LocalDate.of(2025, 3, 1)))
                    .expectException(rejected(Rejection.Kind.CONFLICT, null))
                    .expectNoEvents();
        }
    }

    @Nested
    class EndingAndExpiry {

        @Test
        void terminating_ends_the_agreement_and_cancels_its_expiry() {
            var effectiveOn = LocalDate.of(2026, 1, 1);
            fixture.given(DRAFTED, MINISTRY_SIGNED)
                    .andGivenCommands(sign(AGENCY, DEC_9_2021, "Vorsitzende der Geschäftsführung"))
                    .when(new TerminateAgreement(ID, effectiveOn, "ESF+-Förderperiode beendet", null))
                    .expectResultMessagePayload(4L)
                    .expectEvents(inRegions(new AgreementTerminated(ID, effectiveOn, "ESF+-Förderperiode beendet")))
                    .expectNoScheduledDeadlines();
        }

        @Test
        void a_draft_can_be_abandoned_by_terminating_it() {
            fixture.given(DRAFTED, MINISTRY_SIGNED)
                    .when(new TerminateAgreement(ID, DEC_9_2021, null, null))
                    .expectEvents(inRegions(new AgreementTerminated(ID, DEC_9_2021, null)));
        }

        @Test
        void terminating_twice_is_rejected() {
            fixture.given(with(IN_FORCE_WITH_TWO, new AgreementTerminated(ID, JUN_1_2022, null)))
                    .when(new TerminateAgreement(ID, JUN_1_2022.plusDays(1), null, null))
                    .expectException(rejected(Rejection.Kind.CONFLICT, null))
                    .expectExceptionMessage("this agreement was terminated (effective 2022-06-01) and cannot be "
                            + "terminated any more")
                    .expectNoEvents();
        }

        @Test
        void a_termination_before_the_entry_into_force_is_rejected() {
            fixture.given(IN_FORCE_WITH_TWO)
                    .when(new TerminateAgreement(ID, DEC_9_2021, null, null))
                    .expectException(rejected(Rejection.Kind.INVALID, "effectiveOn"))
                    .expectExceptionMessage("a termination effective 2021-12-09 cannot precede the agreement's "
                            + "entry into force on 2022-01-01")
                    .expectNoEvents();
        }

        @Test
        void a_termination_before_the_last_recorded_step_is_rejected() {
            fixture.given(IN_FORCE_WITH_FOUR)
                    .when(new TerminateAgreement(ID, MAR_15_2022, null, null))
                    .expectException(rejected(Rejection.Kind.INVALID, "effectiveOn"))
                    .expectExceptionMessage("a termination effective 2022-03-15 cannot precede the last recorded "
                            + "step of this agreement (2022-06-01)")
                    .expectNoEvents();
        }

        @Test
        void a_termination_after_the_validity_ended_is_rejected() {
            fixture.given(IN_FORCE_WITH_TWO)
                    .when(new TerminateAgreement(ID, DEC_31_2027.plusDays(1), null, null))
                    .expectException(rejected(Rejection.Kind.INVALID, "effectiveOn"))
                    .expectExceptionMessage("the agreement ends by itself after 2027-12-31; a termination must take "
                            + "effect by then")
                    .expectNoEvents();
        }

        @Test
        void an_agreement_expires_when_its_validity_runs_out() {
            fixture.given(DRAFTED, MINISTRY_SIGNED)
                    .andGivenCommands(sign(AGENCY, DEC_9_2021, "Vorsitzende der Geschäftsführung"),
                            accede(SALZLAND, MAR_15_2022))
                    .whenTimeAdvancesTo(endOfDay(DEC_31_2027))
                    .expectTriggeredDeadlinesWithName(CooperationAgreement.EXPIRY)
                    .expectEvents(inRegions(new AgreementExpired(ID, DEC_31_2027), "15089"));
        }

        @Test
        void an_agreement_is_in_force_until_the_end_of_its_last_day() {
            fixture.given(DRAFTED, MINISTRY_SIGNED)
                    .andGivenCommands(sign(AGENCY, DEC_9_2021, "Vorsitzende der Geschäftsführung"))
                    .whenTimeAdvancesTo(endOfDay(DEC_31_2027).minusSeconds(1))
                    .expectNoEvents();
        }

        @Test
        void an_expiry_delivered_again_changes_nothing() {
            fixture.given(DRAFTED, MINISTRY_SIGNED)
                    .andGivenCommands(sign(AGENCY, DEC_9_2021, "Vorsitzende der Geschäftsführung"))
                    .andGiven(new AgreementExpired(ID, DEC_31_2027))
                    .whenTimeAdvancesTo(endOfDay(DEC_31_2027))
                    .expectNoEvents();
        }

        @Test
        void an_expired_agreement_is_terminated_no_more() {
            fixture.given(with(IN_FORCE_WITH_TWO, new AgreementExpired(ID, DEC_31_2027)))
                    .when(new TerminateAgreement(ID, JUN_1_2022, null, null))
                    .expectException(rejected(Rejection.Kind.CONFLICT, null))
                    .expectExceptionMessage("this agreement expired after 2027-12-31 and cannot be terminated any "
                            + "more")
                    .expectNoEvents();
        }

        @Test
        void changing_an_unknown_agreement_fails() {
            fixture.givenNoPriorActivity()
                    .when(sign(MINISTRY, DEC_9_2021, "Ministerin"))
                    .expectException(AggregateNotFoundException.class)
                    .expectNoEvents();
        }
    }

    /** Each command to an existing agreement, based on the given version of one whose current version is 4. */
    static Stream<Arguments> commands() {
        return Stream.of(
                Arguments.of("accede", (Function<Long, AgreementCommand>) version ->
                        new AccedeToAgreement(ID, BOERDE, JUN_1_2022, version)),
                Arguments.of("withdraw", (Function<Long, AgreementCommand>) version ->
                        new WithdrawFromAgreement(ID, SALZLAND.name(), JUN_1_2022, version)),
                Arguments.of("amend", (Function<Long, AgreementCommand>) version ->
                        new AmendAgreement(ID, AMENDED_TEXT, "Förderbereiche L und M", JUN_1_2022, version)),
                Arguments.of("terminate", (Function<Long, AgreementCommand>) version ->
                        new TerminateAgreement(ID, JUN_1_2022, null, version)));
    }

    @Nested
    class SendersAndVersions {

        @ParameterizedTest(name = "{0}")
        @MethodSource("de.regionet.command.agreement.CooperationAgreementTest#commands")
        void a_command_based_on_an_older_version_is_rejected(String name, Function<Long, AgreementCommand> command) {
            fixture.given(IN_FORCE_WITH_THREE)
                    .when(command.apply(3L))
                    .expectException(rejected(Rejection.Kind.STALE_VERSION, null))
                    .expectExceptionMessage("the request was based on version 3, but the current version is 4")
                    .expectNoEvents();
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("de.regionet.command.agreement.CooperationAgreementTest#commands")
        void a_command_based_on_the_current_version_is_accepted(String name, Function<Long, AgreementCommand> command) {
            fixture.given(IN_FORCE_WITH_THREE)
                    .when(command.apply(4L))
                    .expectSuccessfulHandlerExecution();
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("de.regionet.command.agreement.CooperationAgreementTest#commands")
        void a_coordinator_cannot_change_a_state_wide_agreement(String name, Function<Long, AgreementCommand> command) {
            fixture.given(IN_FORCE_WITH_THREE)
                    .when(command.apply(3L), Senders.sentBy(Senders.coordinatorOf("15089")))
                    .expectException(rejected(Rejection.Kind.FORBIDDEN, null))
                    .expectExceptionMessage(Senders.pseudonymOf("coordinator-15089")
                            + " may not act for state-wide agreements of network sachsen-anhalt: only "
                            + "that network's office may")
                    .expectNoEvents();
        }

        @Test
        void the_coordinator_of_the_region_runs_a_regional_agreement() {
            fixture.given(regionalInForce())
                    .when(new AccedeToAgreement(ID, new Party("IHK Magdeburg", null), JUN_1_2022, null),
                            Senders.sentBy(Senders.coordinatorOf("15089")))
                    .expectEvents(inRegion(new PartyAcceded(ID, new Party("IHK Magdeburg", null), JUN_1_2022)));
        }

        @Test
        void a_coordinator_of_another_region_cannot_change_a_regional_agreement() {
            fixture.given(regionalInForce())
                    .when(new TerminateAgreement(ID, JUN_1_2022, null, 0L),
                            Senders.sentBy(Senders.coordinatorOf("15001")))
                    .expectException(rejected(Rejection.Kind.FORBIDDEN, null))
                    .expectExceptionMessage(Senders.pseudonymOf("coordinator-15001")
                            + " may not act for region 15089 (it acts for 15001)")
                    .expectNoEvents();
        }

        @Test
        void a_sponsor_changes_no_agreement() {
            fixture.given(regionalInForce())
                    .when(new TerminateAgreement(ID, JUN_1_2022, null, null), Senders.sentBy(Senders.SPONSOR))
                    .expectException(rejected(Rejection.Kind.FORBIDDEN, null))
                    .expectNoEvents();
        }
    }

    private static DraftAgreement draft(AgreementScope scope, RegionKey region, List<Party> parties, LocalDate from,
                                        LocalDate until) {
        return new DraftAgreement(ID, "REGIO AKTIV", scope, region, parties, SIGNED_TEXT, from, until);
    }

    private static DraftAgreement regionalDraft() {
        return draft(AgreementScope.REGIONAL, new RegionKey("15089"), regionalParties(), JAN_1_2022, null);
    }

    private static List<Party> regionalParties() {
        return List.of(new Party("Jobcenter Salzlandkreis", new RegionKey("15089")),
                new Party("Agentur für Arbeit Bernburg", null));
    }

    private static AgreementDrafted regionalDrafted() {
        return new AgreementDrafted(ID, "REGIO AKTIV", AgreementScope.REGIONAL, new RegionKey("15089"),
                regionalParties(), SIGNED_TEXT, JAN_1_2022, null);
    }

    private static Object[] regionalInForce() {
        return new Object[]{regionalDrafted(),
                new AgreementSigned(ID, "Jobcenter Salzlandkreis", DEC_9_2021, "Geschäftsführung"),
                new AgreementSigned(ID, "Agentur für Arbeit Bernburg", DEC_9_2021, "Geschäftsführung"),
                IN_FORCE};
    }

    private static SignAgreement sign(Party party, LocalDate on, String signatory) {
        return new SignAgreement(ID, party.name(), on, signatory, null);
    }

    private static AccedeToAgreement accede(Party party, LocalDate on) {
        return new AccedeToAgreement(ID, party, on, null);
    }

    private static AmendAgreement amend(DocumentHash text, LocalDate on) {
        return new AmendAgreement(ID, text, "Förderbereiche L und M", on, null);
    }

    private static ConsentToAmendment consent(int amendment, Party party, LocalDate on) {
        return new ConsentToAmendment(ID, amendment, party.name(), on, null);
    }

    private static Instant endOfDay(LocalDate day) {
        return day.plusDays(1).atStartOfDay(NetworkTime.ZONE).toInstant();
    }

    private static Object[] with(Object[] earlier, Object... later) {
        var all = new ArrayList<>(Arrays.asList(earlier));
        all.addAll(Arrays.asList(later));
        return all.toArray();
    }

    /** A state-wide agreement's event, concerning the given regions. */
    private static EventMessage<?> inRegions(Object payload, String... regionKeys) {
        return GenericEventMessage.asEventMessage(payload)
                .andMetaData(Map.of(EventMetaData.REGION_KEYS, List.of(regionKeys)));
    }

    /** A regional agreement's event: in its region. */
    private static EventMessage<?> inRegion(Object payload) {
        return GenericEventMessage.asEventMessage(payload).andMetaData(Map.of(EventMetaData.REGION_KEY, "15089",
                EventMetaData.REGION_KEYS, List.of("15089")));
    }

    private static Matcher<EventMessage<?>> regionKeys(String... keys) {
        return new FeatureMatcher<EventMessage<?>, Object>(equalTo(List.of(keys)), "an event with metadata regionKeys",
                "regionKeys") {
            @Override
            protected Object featureValueOf(EventMessage<?> event) {
                return event.getMetaData().get(EventMetaData.REGION_KEYS);
            }
        };
    }

    private static Matcher<Object> rejected(Rejection.Kind kind, String field) {
        return allOf(new FeatureMatcher<Object, Rejection.Kind>(equalTo(kind), "a rejection of kind", "kind") {
            @Override
            protected Rejection.Kind featureValueOf(Object actual) {
                return actual instanceof Rejection rejection ? rejection.kind() : null;
            }
        }, new FeatureMatcher<Object, String>(equalTo(field), "about field", "field") {
            @Override
            protected String featureValueOf(Object actual) {
                return actual instanceof Rejection rejection ? rejection.field() : null;
            }
        });
    }
}
