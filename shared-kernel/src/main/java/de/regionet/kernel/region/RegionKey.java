package de.regionet.kernel.region;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.regex.Pattern;

/**
 * A region's identity everywhere in RegioNet. A district or independent city is named by its official municipality
 * key (AGS), five digits, e.g. {@code 15089} for the Salzlandkreis. A labour-market region of several districts and
 * cities (North Rhine-Westphalia's Arbeitsmarktregionen) has no official key; its id is its state's two-digit key, a
 * hyphen and lower-case words joined by hyphens, e.g. {@code 05-westfaelisches-ruhrgebiet}. Either way the first two
 * digits are the state's key, which decides the network the region belongs to.
 */
public record RegionKey(@JsonValue String value) {

    private static final Pattern AGS = Pattern.compile("\\d{5}");
    private static final Pattern LABOUR_MARKET_REGION = Pattern.compile("\\d{2}-[a-z0-9]+(-[a-z0-9]+)*");
    /** The longest labour-market region id. */
    public static final int LONGEST = 64;

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public RegionKey {
        if (!isValid(value)) {
            throw new IllegalArgumentException("a region key is the 5-digit official municipality key (AGS), e.g. "
                    + "15089, or a labour-market region's id: its state's 2-digit key, a hyphen and lower-case words "
                    + "joined by hyphens, e.g. 05-westfaelisches-ruhrgebiet");
        }
    }

    /** Whether {@code value} is a region key of either form. */
    public static boolean isValid(String value) {
        return value != null && (AGS.matcher(value).matches()
                || value.length() <= LONGEST && LABOUR_MARKET_REGION.matcher(value).matches());
    }

    /** Whether this is an official municipality key (a district or independent city). */
    public boolean isOfficial() {
        return AGS.matcher(value).matches();
    }

    /** The state's two-digit official key this region lies in, e.g. {@code 15} for Saxony-Anhalt. */
    public String stateKey() {
        return value.substring(0, 2);
    }

    @Override
    public String toString() {
        return value;
    }
}
