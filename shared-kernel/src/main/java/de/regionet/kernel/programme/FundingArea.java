package de.regionet.kernel.programme;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.regex.Pattern;

/**
 * A lettered funding area of a programme (Förderbereich), e.g. {@code K} for the network office of REGIO AKTIV.
 * Programmes add areas by amendment, so any capital letter is a valid area here.
 */
public record FundingArea(@JsonValue String value) implements Comparable<FundingArea> {

    private static final Pattern LETTER = Pattern.compile("[A-Z]");

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public FundingArea {
        if (value == null || !LETTER.matcher(value).matches()) {
            throw new IllegalArgumentException("a funding area is one capital letter, e.g. K");
        }
    }

    @Override
    public int compareTo(FundingArea other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
