package de.regionet.command.signing;

import de.regionet.kernel.Rejection;
import de.regionet.kernel.agreement.Party;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * How the network's agreements are signed, for cooperation agreements and target agreements alike: only the parties
 * the agreement was drafted with sign, each once, not after the agreement's validity ended; the last of them brings
 * the agreement into force, effective on the later of that signature and the agreement's start. Parties are
 * compared by their names regardless of case and surrounding blanks.
 *
 * @param parties    the names of the parties that sign, as drafted, by key ({@link #keyOf})
 * @param signatures the days on which parties signed, by key
 * @param validUntil the last day the agreement is valid, or {@code null} when open-ended
 */
public record SignatureRules(Map<String, String> parties, Map<String, LocalDate> signatures, LocalDate validUntil) {

    /** The key a party signs under: the one agreements already compare parties by ({@link Party#keyOf}). */
    public static String keyOf(String party) {
        return Party.keyOf(party);
    }

    /**
     * Refuses a signature of {@code party} on {@code signedOn} that the rules do not allow; answers the party's name
     * as drafted. {@code notAPartyHint} is added to the refusal of a party that does not sign (may be empty).
     */
    public String check(String party, LocalDate signedOn, String notAPartyHint) {
        var key = keyOf(party);
        var name = parties.get(key);
        if (name == null) {
            throw Rejection.invalid("party", party + " is not an original party to this agreement" + notAPartyHint
                    + "; its original parties are " + String.join(", ", parties.values()));
        }
        if (signatures.containsKey(key)) {
            throw Rejection.conflict(name + " already signed this agreement on " + signatures.get(key));
        }
        if (validUntil != null && signedOn.isAfter(validUntil)) {
            throw Rejection.invalid("signedOn", "a signature dated " + signedOn
                    + " comes after the agreement's validity ended (validUntil " + validUntil + ")");
        }
        return name;
    }

    /**
     * The day the agreement takes effect if a signature of {@code party} on {@code signedOn} is the last one
     * missing; empty while others have still to sign.
     */
    public Optional<LocalDate> inForceAfter(String party, LocalDate signedOn, LocalDate validFrom) {
        var key = keyOf(party);
        if (!parties.keySet().stream().allMatch(other -> other.equals(key) || signatures.containsKey(other))) {
            return Optional.empty();
        }
        var last = signatures.values().stream().reduce(signedOn, SignatureRules::later);
        return Optional.of(later(last, validFrom));
    }

    /** The names of parties by key, as {@link #parties} takes them. */
    public static Map<String, String> byKey(Collection<String> names) {
        var byKey = new LinkedHashMap<String, String>();
        names.forEach(name -> byKey.put(keyOf(name), name));
        return byKey;
    }

    private static LocalDate later(LocalDate one, LocalDate other) {
        return one.isAfter(other) ? one : other;
    }
}
