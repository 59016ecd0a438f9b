package de.regionet.kernel.personal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class LooksPersonalTest {

    @ParameterizedTest
    @ValueSource(strings = {"Kontakt: anna.schulz@example.org", "Mail an REKO-Harz@landkreis-harz.de bitte",
            "jürgen.müller@beispiel.de"})
    void an_e_mail_address_in_free_text_is_seen(String text) {
        assertThat(LooksPersonal.kindIn(text)).contains(LooksPersonal.EMAIL_ADDRESS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Tel. 0391 567-1234", "erreichbar unter +49 (391) 5671234", "03941/12345",
            "Rückruf 0170 1234567 ab 9 Uhr"})
    void a_telephone_number_in_free_text_is_seen(String text) {
        assertThat(LooksPersonal.kindIn(text)).contains(LooksPersonal.TELEPHONE_NUMBER);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Sitzung am 01.02.2026 in 06110 Halle", "Region 15089, Förderbereich J",
            "Budget 1.250.000,00 EUR für 2026-2028", "Beschluss 2026/014 mit 7 von 12 Stimmen", "@regionet",
            "Az. 0815"})
    void dates_postcodes_keys_amounts_and_file_numbers_are_none(String text) {
        assertThat(LooksPersonal.kindIn(text)).isEmpty();
    }
}
