package de.regionet.infra.portal;

import org.springframework.web.util.UriComponentsBuilder;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a visitor asked the exchange between networks, as the page's address holds it: the words, the network and
 * kind chosen and the page. Every link of the page is this search changed in one parameter, so a visitor without
 * JavaScript narrows and widens by following links, and a bookmark keeps it.
 */
record ExchangeSearch(String q, String network, String kind, int page) {

    static final String PATH = "/austausch";
    static final String LIST_PATH = "/austausch/liste";

    ExchangeSearch {
        q = blankToNull(q);
        network = blankToNull(network);
        kind = blankToNull(kind);
        page = Math.max(page, 0);
    }

    /** This search with facet {@code name} set to {@code value}, from the first page. */
    String with(String name, String value) {
        var parameters = parameters();
        parameters.put(name, value);
        parameters.remove("page");
        return link(PATH, parameters);
    }

    /** This search without facet {@code name}, from the first page. */
    String without(String name) {
        var parameters = parameters();
        parameters.remove(name);
        parameters.remove("page");
        return link(PATH, parameters);
    }

    String onPage(int number) {
        var parameters = parameters();
        parameters.put("page", String.valueOf(number));
        return link(PATH, parameters);
    }

    /** The list fragment of this search, which the page fetches again when something is shared. */
    public String liveList() {
        return link(LIST_PATH, parameters());
    }

    boolean chosen(String name, String value) {
        return value.equals(parameters().get(name));
    }

    private Map<String, String> parameters() {
        var parameters = new LinkedHashMap<String, String>();
        if (q != null) {
            parameters.put("q", q);
        }
        if (network != null) {
            parameters.put("network", network);
        }
        if (kind != null) {
            parameters.put("kind", kind);
        }
        if (page > 0) {
            parameters.put("page", String.valueOf(page));
        }
        return parameters;
    }

    private static String link(String path, Map<String, String> parameters) {
        var builder = UriComponentsBuilder.fromPath(path);
        parameters.forEach(builder::queryParam);
        return builder.encode().build().toUriString();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
