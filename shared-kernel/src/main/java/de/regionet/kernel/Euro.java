package de.regionet.kernel;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An amount of money in euro with cents, exact ({@link BigDecimal}, never floating point), never negative. Written
 * as a JSON number with two decimals ({@code 240000.00}).
 */
public record Euro(@JsonValue BigDecimal amount) implements Comparable<Euro> {

    private static final BigDecimal MAX = new BigDecimal("1000000000000");
    public static final Euro ZERO = new Euro(BigDecimal.ZERO);

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public Euro {
        if (amount == null) {
            throw new IllegalArgumentException("an amount in euro is required");
        }
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("an amount in euro must not be negative");
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("an amount in euro has at most two decimals (cents)");
        }
        if (amount.compareTo(MAX) >= 0) {
            throw new IllegalArgumentException("an amount in euro must be below one trillion");
        }
        amount = amount.setScale(2, RoundingMode.UNNECESSARY);
    }

    public static Euro of(String amount) {
        return new Euro(new BigDecimal(amount));
    }

    public Euro plus(Euro other) {
        return new Euro(amount.add(other.amount));
    }

    public boolean isPositive() {
        return amount.signum() > 0;
    }

    @Override
    public int compareTo(Euro other) {
        return amount.compareTo(other.amount);
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " €";
    }
}
