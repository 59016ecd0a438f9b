package de.regionet.infra.console.office;

import de.regionet.query.targetagreement.ControllingReport;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * One indicator's chart on the controlling page: per region a bar for the target and one for the actual, on one
 * scale for the indicator (indicators count different things, so each gets its own chart). Only the geometry is
 * computed here; the template draws it as inline SVG with text labels, and the table beside it holds the same
 * figures, so the chart is never the only way to read them.
 */
record ControllingChart(String id, String indicator, String name, int height, List<Bar> bars) {

    static final int WIDTH = 720;
    static final int LABELS = 200;
    static final int BARS = 360;
    static final int BAR_HEIGHT = 18;
    static final int GROUP_HEIGHT = 2 * BAR_HEIGHT + 22;
    static final int TOP = 8;

    /** One region's pair of bars; {@code y} is the top of the target bar. */
    record Bar(String regionKey, String regionName, Figure target, Figure actual, Figure percent, int y,
               double targetWidth, double actualWidth) {

        public int actualY() {
            return y + BAR_HEIGHT + 2;
        }

        public int labelY() {
            return y + BAR_HEIGHT;
        }

        public double targetLabelX() {
            return LABELS + targetWidth + 6;
        }

        public double actualLabelX() {
            return LABELS + actualWidth + 6;
        }
    }

    /** A number with the decimals it needs (up to two), for formatting in the page's language. */
    record Figure(BigDecimal value, int decimals) {

        static Figure of(BigDecimal value) {
            if (value == null) {
                return null;
            }
            return new Figure(value, Math.max(0, Math.min(2, value.stripTrailingZeros().scale())));
        }
    }

    public int labels() {
        return LABELS;
    }

    public int width() {
        return WIDTH;
    }

    public int barHeight() {
        return BAR_HEIGHT;
    }

    /**
     * A chart per indicator of the report, in the report's order of indicators, regions in the rows' order; each
     * with an id of its own for its title and description.
     */
    static List<ControllingChart> of(ControllingReport report, UnaryOperator<String> names) {
        var byIndicator = new LinkedHashMap<String, List<ControllingReport.Row>>();
        report.totals().forEach(total -> byIndicator.put(total.indicator(), new ArrayList<>()));
        report.rows().forEach(row -> byIndicator.computeIfAbsent(row.indicator(), key -> new ArrayList<>()).add(row));
        var charts = new ArrayList<ControllingChart>();
        byIndicator.forEach((indicator, rows) -> {
            if (!rows.isEmpty()) {
                charts.add(chart("chart-" + charts.size(), indicator, names.apply(indicator), rows));
            }
        });
        return List.copyOf(charts);
    }

    private static ControllingChart chart(String id, String indicator, String name, List<ControllingReport.Row> rows) {
        var largest = rows.stream().flatMap(row -> Stream.of(row.target(), row.actual()))
                .filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::max);
        var bars = new ArrayList<Bar>();
        for (int i = 0; i < rows.size(); i++) {
            var row = rows.get(i);
            bars.add(new Bar(row.regionKey(), row.regionName(), Figure.of(row.target()), Figure.of(row.actual()),
                    Figure.of(row.percent()), TOP + i * GROUP_HEIGHT, length(row.target(), largest),
                    length(row.actual(), largest)));
        }
        return new ControllingChart(id, indicator, name, TOP + rows.size() * GROUP_HEIGHT, List.copyOf(bars));
    }

    /** The bar's length on the indicator's scale, at least a hairline so a zero is visibly drawn. */
    private static double length(BigDecimal value, BigDecimal largest) {
        if (value == null || largest.signum() <= 0) {
            return 1;
        }
        return Math.max(1, Math.round(value.doubleValue() / largest.doubleValue() * BARS * 10) / 10.0);
    }
}
