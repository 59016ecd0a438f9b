package de.regionet.query.exchange;

import java.util.List;
import java.util.Map;

/**
 * One page of the exchange, newest first, with facets: how many items the reader may see per kind, network and
 * region. Each facet counts the items that match every other filter but its own, so a reader who narrowed the
 * catalogue to one network still sees how many the other networks share (and the links to switch).
 */
public record ExchangePage(int total, int page, int size, List<ExchangeItem> items, Facets facets) {

    public record Facets(Map<String, Long> kind, Map<String, Long> network, Map<String, Long> region) {
    }
}
