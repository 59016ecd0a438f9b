package de.regionet.infra.portal;

/**
 * What a visitor asked the results catalogue, as the page's address holds it: the words, the facets chosen and the
 * page. Every link of the page (a facet, leaving a facet, the next page, the live list) is this search changed in
 * one parameter ({@link SearchLinks}).
 */
record ResultSearch(String q, String region, String fundingArea, String indicator, Integer year, int page) {

    static final String PATH = "/ergebnisse";
    static final String LIST_PATH = "/ergebnisse/liste";

    ResultSearch {
        q = SearchLinks.blankToNull(q);
        region = SearchLinks.blankToNull(region);
        fundingArea = SearchLinks.blankToNull(fundingArea);
        indicator = SearchLinks.blankToNull(indicator);
        page = Math.max(page, 0);
    }

    /** This search with facet {@code name} set to {@code value}, from the first page. */
    String with(String name, Object value) {
        return links().with(name, value);
    }

    /** This search without facet {@code name}, from the first page. */
    String without(String name) {
        return links().without(name);
    }

    /** Page {@code number} of this search. */
    String onPage(int number) {
        return links().onPage(number);
    }

    /** The list fragment of this search, which the page fetches again when a result is shared. */
    public String liveList() {
        return links().liveList();
    }

    /** Whether facet {@code name} is chosen with {@code value}. */
    boolean chosen(String name, Object value) {
        return links().chosen(name, value);
    }

    private SearchLinks links() {
        return new SearchLinks(PATH, LIST_PATH, SearchLinks.of(page, "q", q, "region", region, "fundingArea",
                fundingArea, "indicator", indicator, "year", year));
    }
}
