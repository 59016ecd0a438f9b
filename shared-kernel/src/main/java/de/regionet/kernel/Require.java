package de.regionet.kernel;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/** Guards for value-object constructors: an invalid value object cannot exist. */
public final class Require {

    private static final BigDecimal TRILLION = new BigDecimal("1000000000000");

    private Require() {
    }

    /** A mandatory, non-blank text of at most {@code maxLength} characters, returned stripped. */
    public static String text(String value, String name, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        var stripped = value.strip();
        if (stripped.length() > maxLength) {
            throw new IllegalArgumentException(name + " must be at most " + maxLength + " characters");
        }
        return stripped;
    }

    /**
     * A quantity such as an indicator value or a target: at least 0, below one trillion, at most six decimals;
     * returned without trailing zeros (as a whole number where it is one). The bounds are checked before anything
     * is computed, so a number like {@code 1e999999999} is refused at once instead of being expanded.
     */
    public static BigDecimal quantity(BigDecimal value, String name) {
        if (value == null || value.signum() < 0) {
            throw new IllegalArgumentException(name + " must be a number of at least 0");
        }
        if (value.compareTo(TRILLION) >= 0) {
            throw new IllegalArgumentException(name + " must be below one trillion");
        }
        var plain = value.stripTrailingZeros();
        if (plain.scale() > 6) {
            throw new IllegalArgumentException(name + " has at most six decimals");
        }
        return plain.scale() < 0 ? plain.setScale(0) : plain;
    }

    public static <T> T present(T value, String name) {
        if (value == null) {
            throw new IllegalArgumentException(name + " is required");
        }
        return value;
    }

    /** An optional text: {@code null} when absent or blank, else stripped and at most {@code maxLength} long. */
    public static String optionalText(String value, String name, int maxLength) {
        return value == null || value.isBlank() ? null : text(value, name, maxLength);
    }

    /** At most {@code maxSize} distinct values in the given order; {@code null} is an empty list. */
    public static <T> List<T> sortedSet(Collection<T> values, Comparator<? super T> order, String name, int maxSize) {
        if (values == null) {
            return List.of();
        }
        if (values.stream().anyMatch(java.util.Objects::isNull)) {
            throw new IllegalArgumentException(name + " must not contain null");
        }
        var distinct = new TreeSet<T>(order);
        distinct.addAll(values);
        if (distinct.size() > maxSize) {
            throw new IllegalArgumentException(name + " may hold at most " + maxSize + " entries");
        }
        return List.copyOf(distinct);
    }
}
