package de.regionet.kernel.programme;

import de.regionet.kernel.Period;
import de.regionet.kernel.network.NetworkId;
import de.regionet.kernel.programme.ProgrammeEvent.ProgrammeAmended;
import de.regionet.kernel.programme.ProgrammeEvent.ProgrammeLaunched;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A programme's funding areas through time, folded from its events: which areas it has on a given day and under
 * which title. The write model, every check of a funding area against a programme, and the read model use this one
 * fold, so they cannot disagree about what the programme said on a day. Not thread-safe; build one per use.
 */
public final class ProgrammeAreas {

    /** One stretch of an area's life under one title; {@code to} inclusive, {@code null} while open. */
    public record Stretch(LocalDate from, LocalDate to, String title) {

        boolean covers(LocalDate day) {
            return !day.isBefore(from) && (to == null || !day.isAfter(to));
        }
    }

    private Period period;
    private NetworkId network;
    private final Map<FundingArea, List<Stretch>> areas = new TreeMap<>();
    private int amendments;
    private LocalDate lastAmendedFrom;

    /** The areas of a programme with these events, in stream order. */
    public static ProgrammeAreas of(Iterable<? extends ProgrammeEvent> events) {
        var areas = new ProgrammeAreas();
        events.forEach(areas::apply);
        return areas;
    }

    public ProgrammeAreas apply(ProgrammeEvent event) {
        if (event instanceof ProgrammeLaunched launched) {
            period = launched.period();
            network = launched.network();
            launched.areas().forEach(area -> open(area, area.from()));
        } else if (event instanceof ProgrammeAmended amended) {
            amendments = amended.amendment();
            lastAmendedFrom = amended.effectiveFrom();
            var day = amended.effectiveFrom();
            amended.closed().forEach(area -> close(area, day));
            amended.retitled().forEach(area -> {
                close(area.code(), day);
                open(area, day);
            });
            amended.added().forEach(area -> open(area, day));
        }
        return this;
    }

    /** Whether the programme exists at all (it was launched). */
    public boolean launched() {
        return period != null;
    }

    /** The network the programme belongs to (Saxony-Anhalt's for one launched before networks). */
    public NetworkId network() {
        return network;
    }

    public Period period() {
        return period;
    }

    public int amendments() {
        return amendments;
    }

    /** The day the latest amendment took effect, or {@code null} if there was none. */
    public LocalDate lastAmendedFrom() {
        return lastAmendedFrom;
    }

    /** Whether the programme has {@code area} on {@code day}: the area is open then, within the programme's period. */
    public boolean offers(FundingArea area, LocalDate day) {
        return titleOn(area, day).isPresent();
    }

    /** The title of {@code area} on {@code day}, if the programme has it then. */
    public Optional<String> titleOn(FundingArea area, LocalDate day) {
        if (period == null || !period.contains(day)) {
            return Optional.empty();
        }
        return areas.getOrDefault(area, List.of()).stream().filter(stretch -> stretch.covers(day))
                .map(Stretch::title).findFirst();
    }

    /** Every area the programme ever had, each with its stretches in order. */
    public Map<FundingArea, List<Stretch>> timeline() {
        var copy = new TreeMap<FundingArea, List<Stretch>>();
        areas.forEach((area, stretches) -> copy.put(area, List.copyOf(stretches)));
        return copy;
    }

    /** Whether {@code area} is open (has a stretch without end) from {@code day} on. */
    public boolean openOn(FundingArea area, LocalDate day) {
        return areas.getOrDefault(area, List.of()).stream().anyMatch(stretch -> stretch.covers(day));
    }

    private void open(AreaDefinition area, LocalDate from) {
        areas.computeIfAbsent(area.code(), code -> new ArrayList<>()).add(new Stretch(from, null, area.title()));
    }

    private void close(FundingArea area, LocalDate from) {
        var stretches = areas.getOrDefault(area, List.of());
        for (int i = 0; i < stretches.size(); i++) {
            var stretch = stretches.get(i);
            if (stretch.to() == null) {
                stretches.set(i, new Stretch(stretch.from(), from.minusDays(1), stretch.title()));
            }
        }
    }
}
