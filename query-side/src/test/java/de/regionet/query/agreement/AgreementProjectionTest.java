package de.regionet.query.agreement;

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
import de.regionet.kernel.region.RegionKey;
import de.regionet.query.agreement.AgreementProjection.BindingAgreement;
import de.regionet.query.agreement.AgreementView.Consent;
import de.regionet.query.agreement.AgreementView.PartyTimeline;
import de.regionet.query.agreement.AgreementView.TextVersion;
import de.regionet.query.readmodel.InMemoryMongo;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * An agreement's document keeps every party's timeline and every text version with its consents; a re-delivered
 * or replayed event changes nothing.
 */
class AgreementProjectionTest {

    private static final AgreementId AGREEMENT = new AgreementId("regio-aktiv-2022");
    private static final RegionKey SALZLAND = new RegionKey("15089");
    private static final RegionKey DESSAU = new RegionKey("15001");
    private static final String MINISTRY = "Ministerium";
    private static final String AGENCY = "Regionaldirektion";
    private static final DocumentHash SIGNED = new DocumentHash("a".repeat(64));
    private static final DocumentHash AMENDED = new DocumentHash("b".repeat(64));
    private static final LocalDate VALID_FROM = LocalDate.of(2022, 1, 1);
    private static final LocalDate VALID_UNTIL = LocalDate.of(2027, 12, 31);
    private static final LocalDate IN_FORCE = LocalDate.of(2022, 3, 1);

    private InMemoryMongo mongo;
    private AgreementProjection projection;

    @BeforeEach
    void setUp() {
        mongo = new InMemoryMongo();
        projection = new AgreementProjection(mongo.database("agreements"), new SimpleMeterRegistry());
    }

    @AfterEach
    void tearDown() {
        mongo.close();
    }

    /** A state-wide agreement's history, each event with its aggregate version. */
    private void deliverHistory() {
        projection.on(new AgreementDrafted(AGREEMENT, "Kooperationsvereinbarung REGIO AKTIV", AgreementScope.STATE,
                null, List.of(new Party(MINISTRY, null), new Party(AGENCY, null)), SIGNED, VALID_FROM, VALID_UNTIL),
                0);
        projection.on(new AgreementSigned(AGREEMENT, MINISTRY, LocalDate.of(2022, 2, 14), "Staatssekretärin"), 1);
        projection.on(new AgreementSigned(AGREEMENT, "regionaldirektion ", IN_FORCE, "Geschäftsführung"), 2);
        projection.on(new AgreementEnteredIntoForce(AGREEMENT, IN_FORCE), 3);
        projection.on(new PartyAcceded(AGREEMENT, new Party("Salzlandkreis", SALZLAND), LocalDate.of(2022, 6, 1)), 4);
        projection.on(new PartyAcceded(AGREEMENT, new Party("Dessau-Roßlau", DESSAU), LocalDate.of(2022, 7, 1)), 5);
        projection.on(new PartyWithdrew(AGREEMENT, "Dessau-Roßlau", LocalDate.of(2023, 7, 1)), 6);
        projection.on(new AmendmentProposed(AGREEMENT, 2, AMENDED, "Neue Förderbereiche", LocalDate.of(2024, 1, 10)),
                7);
        projection.on(new AmendmentConsented(AGREEMENT, 2, MINISTRY, LocalDate.of(2024, 1, 20)), 8);
        projection.on(new AmendmentConsented(AGREEMENT, 2, AGENCY, LocalDate.of(2024, 1, 22)), 9);
        projection.on(new AmendmentConsented(AGREEMENT, 2, "Salzlandkreis", LocalDate.of(2024, 2, 1)), 10);
        projection.on(new AmendmentEnteredIntoForce(AGREEMENT, 2, LocalDate.of(2024, 2, 1)), 11);
    }

    private AgreementView agreement() {
        return projection.agreements().find(AGREEMENT.value()).orElseThrow();
    }

    @Test
    void signatures_are_kept_on_each_original_partys_timeline_whatever_case_the_name_was_given_in() {
        deliverHistory();
        assertThat(agreement().parties()).first().isEqualTo(new PartyTimeline(MINISTRY, null, true,
                LocalDate.of(2022, 2, 14), "Staatssekretärin", null, null));
        assertThat(agreement().parties().get(1).signedOn()).isEqualTo(IN_FORCE);
        assertThat(agreement().enteredIntoForceOn()).isEqualTo(IN_FORCE);
    }

    @Test
    void an_acceding_party_gets_a_timeline_of_its_own_that_a_withdrawal_closes() {
        deliverHistory();
        assertThat(agreement().parties()).extracting(PartyTimeline::party)
                .containsExactly(MINISTRY, AGENCY, "Salzlandkreis", "Dessau-Roßlau");
        var dessau = agreement().parties().get(3);
        assertThat(dessau.original()).isFalse();
        assertThat(dessau.regionKey()).isEqualTo("15001");
        assertThat(dessau.accededOn()).isEqualTo(LocalDate.of(2022, 7, 1));
        assertThat(dessau.withdrewOn()).isEqualTo(LocalDate.of(2023, 7, 1));
    }

    @Test
    void an_amendment_is_a_new_text_version_in_force_once_every_party_consented() {
        deliverHistory();
        assertThat(agreement().versions()).extracting(TextVersion::version, TextVersion::documentSha256,
                TextVersion::inForceFrom).containsExactly(
                tuple(1, SIGNED.value(), IN_FORCE),
                tuple(2, AMENDED.value(), LocalDate.of(2024, 2, 1)));
        assertThat(agreement().versions().get(1).consents()).extracting(Consent::party)
                .containsExactly(MINISTRY, AGENCY, "Salzlandkreis");
    }

    @Test
    void a_state_agreement_binds_the_regions_of_the_parties_bound_on_the_day_asked_about() {
        deliverHistory();
        var binding = new BindingAgreement(AGREEMENT.value(), "Kooperationsvereinbarung REGIO AKTIV");
        assertThat(projection.stateAgreementsByRegion(LocalDate.of(2023, 1, 1)))
                .containsOnlyKeys("15089", "15001").containsEntry("15089", List.of(binding));
        assertThat(projection.stateAgreementsByRegion(LocalDate.of(2023, 7, 1))).containsOnlyKeys("15089");
        assertThat(projection.stateAgreementsByRegion(LocalDate.of(2022, 5, 31))).isEmpty();
    }

    @Test
    void termination_and_expiry_end_the_agreement_and_move_its_version_on() {
        deliverHistory();
        projection.on(new AgreementTerminated(AGREEMENT, LocalDate.of(2025, 1, 1), "Programm beendet"), 12);
        projection.on(new AgreementExpired(AGREEMENT, VALID_UNTIL), 13);
        assertThat(agreement().terminatedOn()).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(agreement().terminationReason()).isEqualTo("Programm beendet");
        assertThat(agreement().version()).isEqualTo(13);
        assertThat(projection.stateAgreementsByRegion(LocalDate.of(2025, 1, 1))).isEmpty();
    }

    @Test
    void delivering_the_history_again_changes_nothing() {
        deliverHistory();
        var once = agreement();
        deliverHistory();
        assertThat(agreement()).isEqualTo(once);
        assertThat(once.parties()).hasSize(4);
        assertThat(once.versions().get(1).consents()).hasSize(3);
        assertThat(once.version()).isEqualTo(11);
    }

    @Test
    void a_redelivered_older_event_does_not_undo_a_later_one() {
        deliverHistory();
        projection.on(new PartyWithdrew(AGREEMENT, "Salzlandkreis", LocalDate.of(2024, 6, 1)), 12);
        var withdrawn = agreement();
        projection.on(new PartyAcceded(AGREEMENT, new Party("Salzlandkreis", SALZLAND), LocalDate.of(2022, 6, 1)), 4);
        projection.on(new AmendmentConsented(AGREEMENT, 2, MINISTRY, LocalDate.of(2024, 1, 20)), 8);
        assertThat(agreement()).isEqualTo(withdrawn);
        assertThat(withdrawn.parties()).hasSize(4);
    }

    @Test
    void a_replay_after_a_reset_rebuilds_the_same_document() {
        deliverHistory();
        var before = agreement();
        projection.reset();
        assertThat(projection.agreements().find(AGREEMENT.value())).isEmpty();
        deliverHistory();
        assertThat(agreement()).isEqualTo(before);
    }
}
