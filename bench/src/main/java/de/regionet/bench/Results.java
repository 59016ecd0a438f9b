package de.regionet.bench;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What one backend's run measured: a value per metric and contender, with footnotes where one needs saying. */
final class Results {

    record Cell(double value, String footnote) {
    }

    final EmbeddedServer.Backend backend;
    final long smallStore;
    final long largeStore;
    final List<String> contenders = new ArrayList<>();
    final Map<Metric, Map<String, Cell>> cells = new EnumMap<>(Metric.class);
    final List<String> footnotes = new ArrayList<>();
    long wallNanos;
    /** The machine's 1-minute load average when this backend's run started and ended. */
    String loadBefore;
    String loadAfter;

    Results(EmbeddedServer.Backend backend, long smallStore, long largeStore) {
        this.backend = backend;
        this.smallStore = smallStore;
        this.largeStore = largeStore;
    }

    void put(Metric metric, String contender, double value) {
        put(metric, contender, value, null);
    }

    /** Stores a value with a footnote; returns the footnote's marker. */
    String put(Metric metric, String contender, double value, String footnote) {
        String marker = null;
        if (footnote != null) {
            footnotes.add(footnote);
            marker = String.valueOf(footnotes.size());
        }
        cells.computeIfAbsent(metric, m -> new HashMap<>()).put(contender, new Cell(value, marker));
        return marker;
    }

    Cell get(Metric metric, String contender) {
        return cells.getOrDefault(metric, Map.of()).get(contender);
    }
}
