package de.regionet.infra.portal;

import org.springframework.web.util.UriComponentsBuilder;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The links of a searchable list page whose address holds the whole search ({@link ResultSearch},
 * {@link ExchangeSearch}): each is the search changed in one parameter, so a visitor without JavaScript narrows and
 * widens by following links, and a bookmark keeps it.
 *
 * @param path       the page
 * @param listPath   the list fragment the page fetches again when something new is shared
 * @param parameters the search's parameters as the address holds them, in order, without empty ones
 */
record SearchLinks(String path, String listPath, Map<String, String> parameters) {

    SearchLinks {
        parameters = new LinkedHashMap<>(parameters);
    }

    /** The parameters of a search: those with a value, in order, and the page when it is not the first. */
    static Map<String, String> of(int page, Object... namesAndValues) {
        var parameters = new LinkedHashMap<String, String>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null) {
                parameters.put((String) namesAndValues[i], String.valueOf(namesAndValues[i + 1]));
            }
        }
        if (page > 0) {
            parameters.put("page", String.valueOf(page));
        }
        return parameters;
    }

    /** The search with facet {@code name} set to {@code value}, from the first page. */
    String with(String name, Object value) {
        var changed = new LinkedHashMap<>(parameters);
        changed.put(name, String.valueOf(value));
        changed.remove("page");
        return link(path, changed);
    }

    /** The search without facet {@code name}, from the first page. */
    String without(String name) {
        var changed = new LinkedHashMap<>(parameters);
        changed.remove(name);
        changed.remove("page");
        return link(path, changed);
    }

    /** Page {@code number} of the search. */
    String onPage(int number) {
        var changed = new LinkedHashMap<>(parameters);
        changed.put("page", String.valueOf(number));
        return link(path, changed);
    }

    /** The list fragment of the search. */
    String liveList() {
        return link(listPath, parameters);
    }

    /** Whether facet {@code name} is chosen with {@code value}. */
    boolean chosen(String name, Object value) {
        return String.valueOf(value).equals(parameters.get(name));
    }

    /** A text parameter as the search keeps it: stripped, and none when blank. */
    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String link(String path, Map<String, String> parameters) {
        var builder = UriComponentsBuilder.fromPath(path);
        parameters.forEach(builder::queryParam);
        return builder.encode().build().toUriString();
    }
}
