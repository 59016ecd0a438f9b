package de.regionet.kernel.indicator;

import de.regionet.kernel.Rejection;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static de.regionet.kernel.indicator.Indicator.Kind.OUTPUT;
import static de.regionet.kernel.indicator.Indicator.Kind.RESULT;
import static de.regionet.kernel.indicator.Indicator.Type.COUNT;

/**
 * The indicators results may be reported in. Configurable per installation; {@link #esfPlus()} seeds it with ESF+
 * common output and result indicators (Regulation (EU) 2021/1057, Annex I).
 */
public final class IndicatorCatalogue {

    private final Map<String, Indicator> indicators = new LinkedHashMap<>();

    public IndicatorCatalogue(List<Indicator> indicators) {
        for (var indicator : indicators) {
            if (this.indicators.putIfAbsent(indicator.code(), indicator) != null) {
                throw new IllegalArgumentException("indicator " + indicator.code() + " is listed twice");
            }
        }
    }

    /** ESF+ common indicators on participants, the ones regional labour-market projects report. */
    public static IndicatorCatalogue esfPlus() {
        return new IndicatorCatalogue(List.of(
                new Indicator("PARTICIPANTS", "Teilnehmende insgesamt", "persons", COUNT, OUTPUT, "EECO01"),
                new Indicator("PARTICIPANTS_UNEMPLOYED", "Arbeitslose, einschließlich Langzeitarbeitslose",
                        "persons", COUNT, OUTPUT, "EECO02"),
                new Indicator("PARTICIPANTS_LONG_TERM_UNEMPLOYED", "Langzeitarbeitslose", "persons", COUNT, OUTPUT,
                        "EECO03"),
                new Indicator("PARTICIPANTS_INACTIVE", "Nichterwerbstätige", "persons", COUNT, OUTPUT, "EECO04"),
                new Indicator("PARTICIPANTS_EMPLOYED", "Erwerbstätige, einschließlich Selbständige", "persons",
                        COUNT, OUTPUT, "EECO05"),
                new Indicator("PARTICIPANTS_UNDER_30", "Teilnehmende unter 30 Jahren", "persons", COUNT, OUTPUT,
                        "EECO07"),
                new Indicator("PARTICIPANTS_OVER_54", "Teilnehmende ab 55 Jahren", "persons", COUNT, OUTPUT,
                        "EECO08"),
                new Indicator("JOB_SEARCHING_AFTER_LEAVING", "Nach der Teilnahme auf Arbeitsuche", "persons",
                        COUNT, RESULT, "EECR01"),
                new Indicator("IN_EDUCATION_AFTER_LEAVING", "Nach der Teilnahme in schulischer/beruflicher Bildung",
                        "persons", COUNT, RESULT, "EECR02"),
                new Indicator("QUALIFICATION_GAINED", "Nach der Teilnahme mit Qualifizierung", "persons", COUNT,
                        RESULT, "EECR03"),
                new Indicator("EMPLOYED_AFTER_LEAVING", "Nach der Teilnahme in Beschäftigung, einschließlich "
                        + "Selbständigkeit", "persons", COUNT, RESULT, "EECR04")));
    }

    public List<Indicator> all() {
        return List.copyOf(indicators.values());
    }

    public Optional<Indicator> find(String code) {
        return Optional.ofNullable(indicators.get(code));
    }

    /**
     * Refuses values of indicators the catalogue does not have, and values their type does not allow, naming
     * {@code field} (the request field that holds them).
     */
    public void check(IndicatorValues values, String field) {
        values.values().forEach((code, value) -> {
            var indicator = find(code).orElseThrow(() -> Rejection.invalid(field, "unknown indicator " + code
                    + "; the catalogue has " + String.join(", ", indicators.keySet())));
            switch (indicator.type()) {
                case COUNT -> {
                    if (value.scale() > 0) {
                        throw Rejection.invalid(field, code + " counts " + indicator.unit()
                                + " and takes whole numbers, not " + value.toPlainString());
                    }
                }
                case PERCENT -> {
                    if (value.compareTo(BigDecimal.valueOf(100)) > 0) {
                        throw Rejection.invalid(field, code + " is a percentage between 0 and 100");
                    }
                }
                case DECIMAL -> {
                }
            }
        });
    }
}
