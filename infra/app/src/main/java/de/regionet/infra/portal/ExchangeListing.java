package de.regionet.infra.portal;

import java.time.LocalDate;
import java.util.List;

/**
 * What the exchange page shows: only what the networks share with the public, with facets per network and kind.
 * Built by {@link ExchangePages}; network and region names are looked up once here, so the template only formats.
 */
record ExchangeListing(ExchangeSearch search, int total, List<Item> items, List<Facet> facets, String previous,
                    String next) {

    /** One shared result or example of good practice; {@code page} is where the portal shows it. */
    record Item(String kind, String title, String networkName, String regionName, String summary, List<String> topics,
                LocalDate date, String page) {
    }

    /** One facet (network, kind): its parameter, its options and the link to leave it. */
    record Facet(String parameter, List<Option> options, String clear, boolean active) {
    }

    /** One value of a facet with how many items have it; {@code label} is null where a message names it. */
    record Option(String value, String label, long count, String link, boolean chosen) {
    }
}
