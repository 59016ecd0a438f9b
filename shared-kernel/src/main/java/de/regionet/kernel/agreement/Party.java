package de.regionet.kernel.agreement;

import de.regionet.kernel.Require;
import de.regionet.kernel.TextLimits;
import de.regionet.kernel.region.RegionKey;

import java.util.Locale;

/**
 * A party to a cooperation agreement: an organisation or public body (never a person), named as in the agreement,
 * and the region it stands for where it stands for one (a district or independent city acceding to a state-wide
 * agreement). Parties are told apart by name, ignoring case and surrounding blanks.
 */
public record Party(String name, RegionKey regionKey) {

    public Party {
        name = Require.text(name, "party", TextLimits.NAME);
    }

    /** What tells this party apart from the others of an agreement. */
    public String key() {
        return keyOf(name);
    }

    /** The key of a party named {@code name}, for looking a party up by the name a user typed. */
    public static String keyOf(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
