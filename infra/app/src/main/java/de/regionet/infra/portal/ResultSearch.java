package de.regionet.infra.portal;

import org.springframework.web.util.UriComponentsBuilder;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a visitor asked the results catalogue, as the page's address holds it: the words, the facets chosen and the
 * page. Every link of the page (a facet, leaving a facet, the next page, the live list) is this search changed in
 * one parameter, so a visitor without JavaScript narrows and widens by following links, and a bookmark keeps it.
 */
record ResultSearch(String q, String region, String fundingArea, String indicator, Integer year, int page) {

    static final String PATH = "/ergebnisse";
    static final String LIST_PATH = "/ergebnisse/liste";

    ResultSearch {
        q = blankToNull(q);
        region = blankToNull(region);
        fundingArea = blankToNull(fundingArea);
        indicator = blankToNull(indicator);
        page = Math.max(page, 0);
    }

    /** This search with facet {@code name} set to {@code value}, from the first page. */
    String with(String name, Object value) {
        var parameters = parameters();
        parameters.put(name, String.valueOf(value));
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

    /** Page {@code number} of this search. */
    String onPage(int number) {
        var parameters = parameters();
        parameters.put("page", String.valueOf(number));
        return link(PATH, parameters);
    }

    /** The list fragment of this search, which the page fetches again when a result is shared. */
    public String liveList() {
        return link(LIST_PATH, parameters());
    }

    /** Whether facet {@code name} is chosen with {@code value}. */
    boolean chosen(String name, Object value) {
        return String.valueOf(value).equals(parameters().get(name));
    }

    private Map<String, String> parameters() {
        var parameters = new LinkedHashMap<String, String>();
        put(parameters, "q", q);
        put(parameters, "region", region);
        put(parameters, "fundingArea", fundingArea);
        put(parameters, "indicator", indicator);
        put(parameters, "year", year);
        if (page > 0) {
            parameters.put("page", String.valueOf(page));
        }
        return parameters;
    }

    private static void put(Map<String, String> parameters, String name, Object value) {
        if (value != null) {
            parameters.put(name, String.valueOf(value));
        }
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
