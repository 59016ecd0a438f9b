package de.regionet.query.targetagreement;

import de.regionet.kernel.Rejection;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The network's controlling for a year: per region and indicator, the targets in force on {@code asOf} of every
 * agreement that had entered into force by then (summed over funding areas) against the actuals, and per
 * indicator the totals over all regions. {@code GET /api/network/controlling}.
 */
public record ControllingReport(String period, LocalDate asOf, List<Row> rows, List<Total> totals) {

    /** {@code regionName} is {@code null} for a region the regions read model does not know. */
    public record Row(String regionKey, String regionName, String indicator, BigDecimal target, BigDecimal actual,
                      BigDecimal percent) {
    }

    public record Total(String indicator, BigDecimal target, BigDecimal actual, BigDecimal percent) {
    }

    private record Sums(BigDecimal target, BigDecimal actual) {

        static final Sums NONE = new Sums(BigDecimal.ZERO, BigDecimal.ZERO);

        Sums plus(Sums other) {
            return new Sums(target.add(other.target), actual.add(other.actual));
        }
    }

    /** The report over {@code standings} (agreements whose period overlaps the year), rows in {@code order}. */
    static ControllingReport of(String period, LocalDate asOf, List<Standing> standings,
                                Function<String, String> regionNames, Comparator<Row> order) {
        var byRegionAndIndicator = new TreeMap<String, Map<String, Sums>>();
        var byIndicator = new TreeMap<String, Sums>();
        standings.stream().filter(standing -> standing.enteredIntoForceBy(asOf))
                .forEach(standing -> standing.figures(asOf).forEach(figure -> {
                    var sums = new Sums(figure.target(), figure.actual());
                    byRegionAndIndicator.computeIfAbsent(standing.agreement().regionKey(), key -> new TreeMap<>())
                            .merge(figure.indicator(), sums, Sums::plus);
                    byIndicator.merge(figure.indicator(), sums, Sums::plus);
                }));
        var rows = byRegionAndIndicator.entrySet().stream().flatMap(region -> region.getValue().entrySet().stream()
                .map(indicator -> new Row(region.getKey(), regionNames.apply(region.getKey()), indicator.getKey(),
                        indicator.getValue().target(), indicator.getValue().actual(),
                        Actuals.percent(indicator.getValue().actual(), indicator.getValue().target()))))
                .sorted(order).toList();
        var totals = byIndicator.entrySet().stream().map(indicator -> new Total(indicator.getKey(),
                indicator.getValue().target(), indicator.getValue().actual(),
                Actuals.percent(indicator.getValue().actual(), indicator.getValue().target()))).toList();
        return new ControllingReport(period, asOf, rows, totals);
    }

    /**
     * The row order asked for: by {@code sort} ({@code region}, {@code indicator}, {@code target}, {@code actual},
     * {@code percent}; a missing percentage last) in {@code order} ({@code asc}, {@code desc}), then by region and
     * indicator. Anything else is refused as invalid.
     */
    static Comparator<Row> order(String sort, String order) {
        Comparator<Row> byKey = switch (sort.toLowerCase(Locale.ROOT)) {
            case "region" -> Comparator.comparing(Row::regionKey);
            case "indicator" -> Comparator.comparing(Row::indicator);
            case "target" -> Comparator.comparing(Row::target);
            case "actual" -> Comparator.comparing(Row::actual);
            case "percent" -> Comparator.comparing(Row::percent, Comparator.nullsLast(Comparator.naturalOrder()));
            default -> throw Rejection.invalid("sort", "sort by region, indicator, target, actual or percent");
        };
        var directed = switch (order.toLowerCase(Locale.ROOT)) {
            case "asc" -> byKey;
            case "desc" -> sort.equalsIgnoreCase("percent")
                    ? Comparator.comparing(Row::percent, Comparator.nullsLast(Comparator.<BigDecimal>reverseOrder()))
                    : byKey.reversed();
            default -> throw Rejection.invalid("order", "order is asc or desc");
        };
        return directed.thenComparing(Row::regionKey).thenComparing(Row::indicator);
    }
}
