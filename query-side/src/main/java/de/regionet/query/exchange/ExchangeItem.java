package de.regionet.query.exchange;

import de.regionet.kernel.exchange.ExchangeKind;
import de.regionet.kernel.project.Audience;

import java.time.LocalDate;
import java.util.List;

/**
 * One thing a network shares beyond itself, as the exchange lists it: its {@code kind}, its network (id and name),
 * the region it comes from ({@code null}: the whole network), title, a plain-text summary (at most
 * {@value #SUMMARY} characters; the full text is behind {@code link}), topics, whom it is shared with, the day it was
 * last shared or changed, {@code link} to read it in the API and {@code page} on the portal (public items only;
 * {@code null} for the others).
 */
public record ExchangeItem(ExchangeKind kind, String id, Network network, String regionKey, String title,
                           String summary, List<String> topics, Audience audience, LocalDate date, String link,
                           String page) {

    public static final int SUMMARY = 300;

    /** A network as an item names it. */
    public record Network(String id, String name) {
    }

    static String shortened(String text) {
        if (text == null) {
            return null;
        }
        var plain = text.strip().replaceAll("\\s+", " ");
        return plain.length() <= SUMMARY ? plain : plain.substring(0, SUMMARY - 1).strip() + "…";
    }
}
