package de.regionet.infra.web;

import de.regionet.infra.web.ProblemTexts.Text;
import de.regionet.kernel.Rejection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Which language a problem's detail is in, and that English answers stay word for word what they were. */
class ProblemTextsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "none", value = {
            "none | en", "'' | en", "de | de", "de-DE | de", "de-AT,de;q=0.9,en;q=0.8 | de", "en | en",
            "en-US,en;q=0.9,de;q=0.8 | en", "fr-FR,de;q=0.5 | de", "fr | en", "en;q=0.5,de;q=0.9 | de",
            "*;;q=x | en"})
    void german_when_the_client_prefers_german_else_english(String acceptLanguage, String language) {
        assertThat(ProblemTexts.localeOf(acceptLanguage).getLanguage()).isEqualTo(language);
    }

    @ParameterizedTest
    @EnumSource(ProblemType.class)
    void every_kind_has_a_german_detail_and_its_english_one_word_for_word(ProblemType type) {
        assertThat(ProblemTexts.defaultDetail(type, Locale.ENGLISH)).isEqualTo(type.defaultDetail());
        assertThat(ProblemTexts.defaultDetail(type, Locale.GERMAN)).isNotEqualTo(type.defaultDetail()).isNotBlank();
    }

    @Test
    void a_keyed_rejection_reads_in_english_as_its_message_and_in_german_from_the_bundle() {
        var stale = Rejection.staleVersion(3, 5);
        var text = new Text(stale.getMessage(), stale.textKey(), stale.textArguments());

        assertThat(ProblemTexts.detail(text, ProblemType.PRECONDITION_FAILED, List.of(), Locale.ENGLISH))
                .isEqualTo(stale.getMessage());
        assertThat(ProblemTexts.detail(text, ProblemType.PRECONDITION_FAILED, List.of(), Locale.GERMAN))
                .isEqualTo("Die Anfrage beruhte auf Version 3, die aktuelle Version ist 5.");
    }

    @Test
    void an_apostrophe_in_a_text_with_values_survives_formatting() {
        var text = Text.of("resolution.no-rules", "no rules of procedure are in force on 2022-09-14; set the working "
                + "group's rules first", "2022-09-14");

        assertThat(ProblemTexts.detail(text, ProblemType.RULE_VIOLATED, List.of("date"), Locale.ENGLISH))
                .isEqualTo(text.english());
    }

    @Test
    void a_detail_without_a_key_stays_english_as_composed_and_is_its_kinds_sentence_in_german() {
        var text = Text.english("invalid date: '2026-13-01' is not a date (ISO 8601, e.g. 2026-03-31)");

        assertThat(ProblemTexts.detail(text, ProblemType.INVALID_INPUT, List.of("date"), Locale.ENGLISH))
                .isEqualTo(text.english());
        assertThat(ProblemTexts.detail(text, ProblemType.INVALID_INPUT, List.of("date"), Locale.GERMAN))
                .isEqualTo("Die Anfrage ist ungültig. Betroffen: date.");
    }
}
