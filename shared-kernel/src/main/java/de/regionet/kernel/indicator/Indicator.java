package de.regionet.kernel.indicator;

import de.regionet.kernel.Require;

import java.util.regex.Pattern;

/**
 * An indicator results are reported in: a code (e.g. {@code PARTICIPANTS}), a name, the unit its values are counted
 * in, whether values are whole counts or decimals, and whether it measures output or result (ESF+ common output
 * and result indicators, with their ESF+ code where there is one).
 */
public record Indicator(String code, String name, String unit, Type type, Kind kind, String esfCode) {

    /** What a value of the indicator may be. */
    public enum Type {
        /** A whole number of at least zero, such as participants. */
        COUNT,
        /** Any number of at least zero, such as hours or euro. */
        DECIMAL,
        /** A share between 0 and 100. */
        PERCENT
    }

    /** Output indicators count what a project did; result indicators what changed for participants. */
    public enum Kind { OUTPUT, RESULT }

    static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,59}");

    public Indicator {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("an indicator code is upper case letters, digits and _, e.g. "
                    + "PARTICIPANTS");
        }
        name = Require.text(name, "name", 200);
        unit = Require.text(unit, "unit", 50);
        Require.present(type, "type");
        Require.present(kind, "kind");
        esfCode = Require.optionalText(esfCode, "esfCode", 20);
    }
}
