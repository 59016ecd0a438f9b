package de.regionet.infra.portal;

/**
 * What a visitor asked the exchange between networks, as the page's address holds it: the words, the network and
 * kind chosen and the page. Every link of the page is this search changed in one parameter ({@link SearchLinks}).
 */
record ExchangeSearch(String q, String network, String kind, int page) {

    static final String PATH = "/austausch";
    static final String LIST_PATH = "/austausch/liste";

    ExchangeSearch {
        q = SearchLinks.blankToNull(q);
        network = SearchLinks.blankToNull(network);
        kind = SearchLinks.blankToNull(kind);
        page = Math.max(page, 0);
    }

    /** This search with facet {@code name} set to {@code value}, from the first page. */
    String with(String name, String value) {
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

    /** The list fragment of this search, which the page fetches again when something is shared. */
    public String liveList() {
        return links().liveList();
    }

    /** Whether facet {@code name} is chosen with {@code value}. */
    boolean chosen(String name, String value) {
        return links().chosen(name, value);
    }

    private SearchLinks links() {
        return new SearchLinks(PATH, LIST_PATH, SearchLinks.of(page, "q", q, "network", network, "kind", kind));
    }
}
