package de.regionet.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;

/** Percentiles by the nearest-rank method. */
final class Stats {

    private Stats() {
    }

    static double percentile(Collection<Double> values, double percent) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        var sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int rank = (int) Math.ceil(percent / 100 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }
}
