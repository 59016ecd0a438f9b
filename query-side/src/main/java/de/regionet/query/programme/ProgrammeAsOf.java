package de.regionet.query.programme;

import de.regionet.kernel.Period;
import de.regionet.kernel.programme.ProgrammeAreas.Stretch;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A programme as it stood on one day ({@code asOf}): the funding areas it had then, next to every area's whole
 * timeline, so a reader sees both "what applies today" and "since when". The answer of
 * {@code GET /api/programmes/{id}[?asOf=]} and of each item of {@code GET /api/programmes}.
 */
public record ProgrammeAsOf(String id, String name, Period period, BigDecimal budgetEuro, int amendments,
                            LocalDate asOf, List<AreaOnDay> areas, List<AreaTimeline> timeline, long version) {

    /** An area the programme had that day, under its title of that day. */
    public record AreaOnDay(String code, String title) {
    }

    /** Every stretch of one area's life, each under one title; {@code to} inclusive, {@code null} while open. */
    public record AreaTimeline(String code, List<Stretch> stretches) {
    }

    static ProgrammeAsOf of(ProgrammeView programme, LocalDate day) {
        var fold = programme.areas();
        var timeline = fold.timeline();
        var onDay = timeline.keySet().stream()
                .flatMap(area -> fold.titleOn(area, day).map(title -> new AreaOnDay(area.value(), title)).stream())
                .toList();
        var stretches = timeline.entrySet().stream()
                .map(area -> new AreaTimeline(area.getKey().value(), area.getValue())).toList();
        return new ProgrammeAsOf(programme.id(), programme.name(), fold.period(), programme.budgetEuro(),
                fold.amendments(), day, onDay, stretches, programme.version());
    }
}
