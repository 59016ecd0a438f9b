package de.regionet.infra.console.office;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The office overview counts its regions in the singular for one and in the plural otherwise, German and English. */
class DashboardSummaryTest {

    private static String summary(Locale locale, int regions, int needingAttention) {
        var messages = new ResourceBundleMessageSource();
        messages.setBasename("i18n/office");
        messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
        messages.setFallbackToSystemLocale(false);
        return messages.getMessage("office.dashboard.summary", new Object[]{regions, needingAttention}, locale);
    }

    @Test
    void one_region_is_one_region_and_more_are_regions_in_german() {
        assertThat(summary(Locale.GERMAN, 1, 0))
                .isEqualTo("Das Netzwerk hat 1 Region; keine davon braucht Aufmerksamkeit.");
        assertThat(summary(Locale.GERMAN, 1, 1))
                .isEqualTo("Das Netzwerk hat 1 Region; 1 davon braucht Aufmerksamkeit.");
        assertThat(summary(Locale.GERMAN, 1500, 12))
                .isEqualTo("Das Netzwerk hat 1.500 Regionen; 12 davon brauchen Aufmerksamkeit.");
    }

    @Test
    void one_region_is_one_region_and_more_are_regions_in_english() {
        assertThat(summary(Locale.ENGLISH, 1, 0)).isEqualTo("The network has 1 region; none of them needs attention.");
        assertThat(summary(Locale.ENGLISH, 2, 1)).isEqualTo("The network has 2 regions; 1 of them needs attention.");
        assertThat(summary(Locale.ENGLISH, 1500, 2))
                .isEqualTo("The network has 1,500 regions; 2 of them need attention.");
    }
}
