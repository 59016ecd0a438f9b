package de.regionet.query.result;

import de.regionet.kernel.Rejection;
import de.regionet.kernel.access.Actor;
import de.regionet.kernel.programme.FundingArea;
import de.regionet.kernel.region.RegionKey;

import com.mongodb.client.model.Filters;
import org.bson.conversions.Bson;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * A search of the results catalogue: which current results a reader may see that match every filter given.
 * {@code q} is full text over the project's title and summary and the result's narrative: case and accents
 * (umlauts, ß) are folded, so {@code ubergang} finds "Übergang", and every word of {@code q} must begin a word of
 * the text, so {@code qualif} finds "Qualifizierung". Umlauts typed the way a keyboard without them writes them
 * ({@code ae}, {@code oe}, {@code ue}) are found too: {@code uebergang} finds "Übergang". It runs in Java over the
 * candidates the other filters leave, because the embedded MongoDB-wire server has no text index (and the
 * catalogue is small enough to scan). {@code year} keeps results whose reporting period touches that year.
 */
public record ResultQuery(String q, String region, String fundingArea, String indicator, Integer year, int page,
                          int size) {

    public static final int MAX_SIZE = 100;
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern UMLAUT_SPELLED_OUT = Pattern.compile("([aou])e");
    private static final int FIRST_YEAR = 1900;
    private static final int LAST_YEAR = 2999;

    public ResultQuery {
        if (page < 0) {
            throw Rejection.invalid("page", "page counts from 0");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw Rejection.invalid("size", "a page holds between 1 and " + MAX_SIZE + " results");
        }
        q = blankToNull(q);
        region = checked("region", blankToNull(region), key -> new RegionKey(key).value());
        fundingArea = checked("fundingArea", blankToNull(fundingArea), area -> new FundingArea(area).value());
        indicator = indicator == null || indicator.isBlank() ? null : indicator.strip().toUpperCase(Locale.ROOT);
        if (year != null && (year < FIRST_YEAR || year > LAST_YEAR)) {
            throw Rejection.invalid("year", "a year between " + FIRST_YEAR + " and " + LAST_YEAR);
        }
    }

    /** A search without a year. */
    public ResultQuery(String q, String region, String fundingArea, String indicator, int page, int size) {
        this(q, region, fundingArea, indicator, null, page, size);
    }

    /** The current results {@code reader} (empty: anonymous) may see that match this query. */
    List<ResultView> matching(List<ResultView> results, Optional<Actor> reader) {
        var words = words(q).toList();
        return results.stream()
                .filter(ResultView::current)
                .filter(result -> ResultAudience.sees(reader, result.audience(), result.regionKey(), result.sponsor()))
                .filter(result -> region == null || region.equals(result.regionKey()))
                .filter(result -> fundingArea == null || fundingArea.equals(result.fundingArea()))
                .filter(result -> indicator == null || result.indicators().containsKey(indicator))
                .filter(result -> year == null || years(result).anyMatch(year::equals))
                .filter(result -> words.isEmpty() || matchesAll(words, result))
                .toList();
    }

    /** The calendar years a result's reporting period touches; none when it has no period. */
    static Stream<Integer> years(ResultView result) {
        if (result.periodFrom() == null) {
            return Stream.empty();
        }
        var last = result.periodTo() == null ? result.periodFrom().getYear() : result.periodTo().getYear();
        return IntStream.rangeClosed(result.periodFrom().getYear(), last).boxed();
    }

    private static boolean matchesAll(List<String> words, ResultView result) {
        return matchesAll(words, result.terms());
    }

    /**
     * Whether every word of {@code q} begins one of {@code terms} (as {@link #terms} folds them), as the catalogue's
     * full-text search matches: also for other catalogues that search the same way (the exchange between networks).
     */
    public static boolean matches(String q, List<String> terms) {
        return matchesAll(words(q).toList(), terms);
    }

    private static boolean matchesAll(List<String> words, List<String> terms) {
        return words.stream().allMatch(word -> spellings(word).anyMatch(spelling -> terms.stream()
                .anyMatch(term -> term.startsWith(spelling))));
    }

    /**
     * {@code word} as typed and, where it spells an umlaut out ({@code ae}, {@code oe}, {@code ue}), as the folded
     * terms hold it ({@code a}, {@code o}, {@code u}). Rarely, a word with a real "ue" (such as "Steuer") then also
     * finds "Steur…"; finding slightly more is the better mistake for a search.
     */
    private static Stream<String> spellings(String word) {
        var folded = UMLAUT_SPELLED_OUT.matcher(word).replaceAll("$1");
        return folded.equals(word) ? Stream.of(word) : Stream.of(word, folded);
    }

    /** The distinct words of {@code texts}, folded as {@link #words} folds them, in order: what a search matches. */
    public static List<String> terms(String... texts) {
        return Stream.of(texts).flatMap(ResultQuery::words).distinct().sorted().toList();
    }

    /** The filters that the store can apply before the results are read: current ones, of a region and area. */
    Bson storeFilter() {
        var filters = new ArrayList<Bson>();
        filters.add(Filters.eq("correctedBy", null));
        if (region != null) {
            filters.add(Filters.eq("regionKey", region));
        }
        if (fundingArea != null) {
            filters.add(Filters.eq("fundingArea", fundingArea));
        }
        return Filters.and(filters);
    }

    /** The words of {@code text}, lower case, accents and umlauts folded to their base letter, ß to ss. */
    static Stream<String> words(String text) {
        if (text == null) {
            return Stream.empty();
        }
        var folded = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("")
                .toLowerCase(Locale.ROOT).replace("ß", "ss");
        return Arrays.stream(NON_WORD.split(folded)).filter(word -> !word.isEmpty());
    }

    private static String checked(String field, String value, UnaryOperator<String> parse) {
        try {
            return value == null ? null : parse.apply(value);
        } catch (IllegalArgumentException invalid) {
            throw Rejection.invalid(field, invalid.getMessage());
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
