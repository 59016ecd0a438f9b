package de.regionet.kernel.region;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.regex.Pattern;

/**
 * A district's or independent city's official municipality key (AGS), five digits, e.g. {@code 15089} for the
 * Salzlandkreis. The region's identity everywhere in RegioNet.
 */
public record RegionKey(@JsonValue String value) {

    private static final Pattern AGS = Pattern.compile("\\d{5}");

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public RegionKey {
        if (value == null || !AGS.matcher(value).matches()) {
            throw new IllegalArgumentException("a region key is the 5-digit official municipality key (AGS), e.g. 15089");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
