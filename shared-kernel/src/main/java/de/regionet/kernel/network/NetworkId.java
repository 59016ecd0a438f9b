package de.regionet.kernel.network;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.regex.Pattern;

/**
 * A state network's id, lower-case words joined by hyphens: {@code sachsen-anhalt} (REGIO AKTIV), {@code
 * nordrhein-westfalen} (the Regionalagenturen), {@code hessen} (local cooperation). Everything recorded before
 * RegioNet knew several networks belongs to {@link #SACHSEN_ANHALT}.
 */
public record NetworkId(@JsonValue String value) {

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    public static final int LONGEST = 40;

    /** Saxony-Anhalt's REGIO AKTIV network: the one network of every store written before networks. */
    public static final NetworkId SACHSEN_ANHALT = new NetworkId("sachsen-anhalt");

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public NetworkId {
        if (value == null || value.length() > LONGEST || !ID.matcher(value).matches()) {
            throw new IllegalArgumentException("a network id is lower-case words joined by hyphens, at most "
                    + LONGEST + " characters, e.g. sachsen-anhalt");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
