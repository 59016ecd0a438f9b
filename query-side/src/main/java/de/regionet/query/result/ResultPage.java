package de.regionet.query.result;

import de.regionet.kernel.project.Audience;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One page of the results catalogue, newest first, with facets (how many matching results per region, funding area
 * and indicator) and aggregates (per region and funding area, the sums of the indicator values) over every matching
 * result, not only the page. Only current results count, so a correction replaces the figure it corrects.
 */
public record ResultPage(int total, int page, int size, List<Item> items, Facets facets, List<Aggregate> aggregates) {

    /** A current result as the catalogue lists it. */
    public record Item(String resultId, String projectId, String projectTitle, String sponsor, String regionKey,
                       String fundingArea, LocalDate periodFrom, LocalDate periodTo,
                       Map<String, BigDecimal> indicators, String narrative, Audience audience, LocalDate recordedOn,
                       String corrects, List<AttachedDocument> attachments) {

        static Item of(ResultView result) {
            return new Item(result.resultId(), result.projectId(), result.projectTitle(), result.sponsor(),
                    result.regionKey(), result.fundingArea(), result.periodFrom(), result.periodTo(),
                    new TreeMap<>(result.indicators()), result.narrative(), result.audience(), result.recordedOn(),
                    result.corrects(), result.attachments());
        }
    }

    /**
     * How many matching results there are per region key, per funding area, per indicator reported and per year
     * their reporting period touches (a period over New Year counts in both years).
     */
    public record Facets(Map<String, Long> region, Map<String, Long> fundingArea, Map<String, Long> indicator,
                         Map<String, Long> year) {
    }

    /** The matching results of one region and funding area, and the sums of their indicator values. */
    public record Aggregate(String regionKey, String fundingArea, int results, Map<String, BigDecimal> indicators) {
    }

    private static final Comparator<ResultView> NEWEST_FIRST = Comparator.comparing(ResultView::recordedOn,
            Comparator.nullsLast(Comparator.reverseOrder())).thenComparing(ResultView::resultId);

    static ResultPage of(List<ResultView> matching, int page, int size) {
        var items = matching.stream().sorted(NEWEST_FIRST).skip((long) page * size).limit(size).map(Item::of)
                .toList();
        var facets = new Facets(count(matching, ResultView::regionKey), count(matching, ResultView::fundingArea),
                matching.stream().flatMap(result -> result.indicators().keySet().stream())
                        .collect(Collectors.groupingBy(Function.identity(), TreeMap::new, Collectors.counting())),
                matching.stream().flatMap(ResultQuery::years).map(String::valueOf)
                        .collect(Collectors.groupingBy(Function.identity(), TreeMap::new, Collectors.counting())));
        return new ResultPage(matching.size(), page, size, items, facets, aggregates(matching));
    }

    private static Map<String, Long> count(List<ResultView> results, Function<ResultView, String> key) {
        return results.stream().filter(result -> key.apply(result) != null)
                .collect(Collectors.groupingBy(key, TreeMap::new, Collectors.counting()));
    }

    private static List<Aggregate> aggregates(List<ResultView> results) {
        var groups = results.stream().collect(Collectors.groupingBy(
                result -> result.regionKey() + "/" + result.fundingArea(), TreeMap::new, Collectors.toList()));
        return groups.values().stream().map(group -> {
            var sums = new TreeMap<String, BigDecimal>();
            group.forEach(result -> result.indicators().forEach((code, value) -> sums.merge(code, value,
                    BigDecimal::add)));
            return new Aggregate(group.get(0).regionKey(), group.get(0).fundingArea(), group.size(), sums);
        }).toList();
    }
}
