package de.regionet.query.exchange;

import de.regionet.kernel.Rejection;
import de.regionet.kernel.exchange.ExchangeKind;
import de.regionet.kernel.network.NetworkId;
import de.regionet.kernel.region.RegionKey;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * A search of the exchange between networks: {@code q} full text (as the results catalogue searches: case, accents
 * and umlauts folded, every word begins a word of the item's title, summary and topics), {@code network},
 * {@code kind} ({@code result} or {@code practice}) and {@code region} as filters, each named validly or the search
 * is refused as invalid, naming the parameter.
 */
public record ExchangeQuery(String q, NetworkId network, ExchangeKind kind, RegionKey region, int page, int size) {

    public static final int MAX_SIZE = 100;

    public ExchangeQuery {
        if (page < 0) {
            throw Rejection.invalid("page", "page counts from 0");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw Rejection.invalid("size", "a page holds between 1 and " + MAX_SIZE + " items");
        }
        q = q == null || q.isBlank() ? null : q.strip();
    }

    /** A search from request parameters as given; blank ones are left out. */
    public static ExchangeQuery of(String q, String network, String kind, String region, int page, int size) {
        return new ExchangeQuery(q, parsed("network", network, NetworkId::new), kindOf(kind),
                parsed("region", region, RegionKey::new), page, size);
    }

    private static ExchangeKind kindOf(String kind) {
        if (kind == null || kind.isBlank()) {
            return null;
        }
        return Arrays.stream(ExchangeKind.values()).filter(known -> known.parameter().equals(kind.strip()))
                .findFirst().orElseThrow(() -> Rejection.invalid("kind", "kind is one of " + Arrays.stream(
                        ExchangeKind.values()).map(ExchangeKind::parameter).collect(Collectors.joining(", "))
                        + ", not " + kind.strip()));
    }

    private static <T> T parsed(String field, String value, java.util.function.Function<String, T> parse) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return parse.apply(value.strip());
        } catch (IllegalArgumentException invalid) {
            throw Rejection.invalid(field, invalid.getMessage());
        }
    }
}
