package de.regionet.query.agreement;

import de.regionet.kernel.agreement.AgreementScope;
import de.regionet.query.agreement.AgreementAsOf.BoundParty;
import de.regionet.query.agreement.AgreementAsOf.Status;
import de.regionet.query.agreement.AgreementAsOf.TextInForce;
import de.regionet.query.agreement.AgreementView.Consent;
import de.regionet.query.agreement.AgreementView.PartyTimeline;
import de.regionet.query.agreement.AgreementView.TextVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What held on a given day, derived from an agreement's history. */
class AgreementAsOfTest {

    private static final String MINISTRY = "Ministerium für Arbeit, Soziales, Gesundheit und Gleichstellung";
    private static final String OFFICE = "Regio-Netzwerkstelle";
    private static final LocalDate SIGNED = LocalDate.of(2021, 12, 9);
    private static final LocalDate IN_FORCE = LocalDate.of(2022, 1, 1);

    /** Signed 2021-12-09, in force 2022-01-01 until 2027-12-31; Salzlandkreis acceded 2022-03-15 and withdrew
     * 2024-01-01, acceded again 2024-07-01; Börde acceded 2022-06-01; amendment 2 in force from 2025-04-01,
     * amendment 3 awaiting consent. */
    private static final AgreementView AGREEMENT = new AgreementView("regio-aktiv", "REGIO AKTIV",
            AgreementScope.STATE, null, IN_FORCE, LocalDate.of(2027, 12, 31),
            List.of(new PartyTimeline(MINISTRY, null, true, SIGNED, "Ministerin", null, null),
                    new PartyTimeline(OFFICE, null, true, SIGNED, "Leitung", null, null),
                    new PartyTimeline("Salzlandkreis", "15089", false, null, null, LocalDate.of(2022, 3, 15),
                            LocalDate.of(2024, 1, 1)),
                    new PartyTimeline("Landkreis Börde", "15083", false, null, null, LocalDate.of(2022, 6, 1), null),
                    new PartyTimeline("Salzlandkreis", "15089", false, null, null, LocalDate.of(2024, 7, 1), null)),
            List.of(new TextVersion(1, "a".repeat(64), null, null, List.of(), IN_FORCE),
                    new TextVersion(2, "b".repeat(64), "Förderbereiche L und M", LocalDate.of(2025, 2, 1),
                            List.of(new Consent(MINISTRY, LocalDate.of(2025, 3, 1))), LocalDate.of(2025, 4, 1)),
                    new TextVersion(3, "c".repeat(64), "Zielvereinbarungen", LocalDate.of(2026, 1, 5),
                            List.of(new Consent("SALZLANDKREIS", LocalDate.of(2026, 1, 6))), null)),
            IN_FORCE, null, null, 12);

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({"2021-12-01, DRAFT", "2021-12-09, SIGNED", "2021-12-31, SIGNED", "2022-01-01, IN_FORCE",
            "2027-12-31, IN_FORCE", "2028-01-01, EXPIRED"})
    void the_status_follows_the_day_asked_about(LocalDate day, Status status) {
        assertThat(AgreementAsOf.of(AGREEMENT, day).status()).isEqualTo(status);
    }

    @Test
    void nobody_is_bound_before_the_entry_into_force() {
        assertThat(AgreementAsOf.of(AGREEMENT, LocalDate.of(2021, 12, 31)).boundParties()).isEmpty();
    }

    @Test
    void on_a_day_the_original_and_the_acceded_parties_of_that_day_are_bound() {
        assertThat(AgreementAsOf.of(AGREEMENT, LocalDate.of(2022, 3, 15)).boundParties()).containsExactly(
                new BoundParty(MINISTRY, null, IN_FORCE), new BoundParty(OFFICE, null, IN_FORCE),
                new BoundParty("Salzlandkreis", "15089", LocalDate.of(2022, 3, 15)));
    }

    @Test
    void a_party_is_not_bound_from_the_day_it_withdrew_until_it_accedes_again() {
        assertThat(AgreementAsOf.of(AGREEMENT, LocalDate.of(2023, 12, 31)).boundParties())
                .extracting(BoundParty::party).contains("Salzlandkreis");
        assertThat(AgreementAsOf.of(AGREEMENT, LocalDate.of(2024, 1, 1)).boundParties())
                .extracting(BoundParty::party).doesNotContain("Salzlandkreis");
        assertThat(AgreementAsOf.of(AGREEMENT, LocalDate.of(2024, 7, 1)).boundParties())
                .contains(new BoundParty("Salzlandkreis", "15089", LocalDate.of(2024, 7, 1)));
    }

    @Test
    void the_text_in_force_is_the_latest_amendment_every_party_consented_to_by_that_day() {
        assertThat(AgreementAsOf.of(AGREEMENT, LocalDate.of(2025, 3, 31)).textInForce())
                .isEqualTo(new TextInForce(1, "a".repeat(64)));
        assertThat(AgreementAsOf.of(AGREEMENT, LocalDate.of(2025, 4, 1)).textInForce())
                .isEqualTo(new TextInForce(2, "b".repeat(64)));
        assertThat(AgreementAsOf.of(AGREEMENT, LocalDate.of(2026, 6, 1)).textInForce())
                .as("amendment 3 still awaits consent").isEqualTo(new TextInForce(2, "b".repeat(64)));
        assertThat(AgreementAsOf.of(AGREEMENT, LocalDate.of(2021, 12, 31)).textInForce()).isNull();
    }

    @Test
    void an_open_amendment_names_the_current_parties_yet_to_consent() {
        var versions = AgreementAsOf.of(AGREEMENT, LocalDate.of(2026, 6, 1)).versions();
        assertThat(versions.get(1).awaitingConsentOf()).isEmpty();
        assertThat(versions.get(2).awaitingConsentOf()).containsExactly(MINISTRY, OFFICE, "Landkreis Börde");
    }

    @Test
    void a_terminated_agreement_binds_nobody_from_its_termination() {
        var terminated = AGREEMENT.terminated(LocalDate.of(2026, 1, 1), "ESF+-Förderperiode beendet", 13);
        assertThat(AgreementAsOf.of(terminated, LocalDate.of(2025, 12, 31)).status()).isEqualTo(Status.IN_FORCE);
        var after = AgreementAsOf.of(terminated, LocalDate.of(2026, 1, 1));
        assertThat(after.status()).isEqualTo(Status.TERMINATED);
        assertThat(after.boundParties()).isEmpty();
        assertThat(after.textInForce()).isNull();
        assertThat(after.terminationReason()).isEqualTo("ESF+-Förderperiode beendet");
    }

    @Test
    void a_draft_not_signed_by_everyone_stays_a_draft() {
        var draft = new AgreementView("draft", "Entwurf", AgreementScope.REGIONAL, "15089", IN_FORCE, null,
                List.of(new PartyTimeline("Jobcenter Salzlandkreis", "15089", true, SIGNED, "Geschäftsführung", null,
                        null), new PartyTimeline("Agentur für Arbeit Bernburg", null, true, null, null, null, null)),
                List.of(new TextVersion(1, "a".repeat(64), null, null, List.of(), null)), null, null, null, 1);
        assertThat(AgreementAsOf.of(draft, LocalDate.of(2030, 1, 1)).status()).isEqualTo(Status.DRAFT);
    }
}
