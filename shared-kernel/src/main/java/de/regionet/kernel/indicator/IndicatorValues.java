package de.regionet.kernel.indicator;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import de.regionet.kernel.Require;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Values per indicator code, e.g. {@code {"PARTICIPANTS":45}}: exact decimals, never negative, codes in order. Which
 * codes exist and what their values may be is the {@link IndicatorCatalogue}'s to say.
 */
public record IndicatorValues(@JsonValue Map<String, BigDecimal> values) {

    public static final IndicatorValues NONE = new IndicatorValues(Map.of());

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public IndicatorValues {
        var sorted = new TreeMap<String, BigDecimal>();
        if (values != null) {
            if (values.size() > 100) {
                throw new IllegalArgumentException("at most 100 indicator values");
            }
            values.forEach((code, value) -> {
                if (code == null || !Indicator.CODE.matcher(code).matches()) {
                    throw new IllegalArgumentException("indicator code " + code
                            + " is not upper case letters, digits and _");
                }
                sorted.put(code, Require.quantity(value, "the value of " + code));
            });
        }
        values = Collections.unmodifiableSortedMap(sorted);
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    public BigDecimal valueOf(String code) {
        return values.get(code);
    }
}
