package de.regionet.query.workinggroup.priority;

import de.regionet.query.workinggroup.priority.PrioritiesView.Adoption;
import de.regionet.query.workinggroup.priority.PrioritiesView.Priority;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which adopted priorities hold when. A later adoption supersedes every earlier one whose period overlaps its own,
 * from its start: the earlier one ends the day before (or, if it had not started by then, never holds). What it
 * superseded does not come back when the later period ends.
 */
final class PrioritySchedule {

    /** An adoption with the last day it holds ({@code null}: open-ended) and whether a later one replaced it whole. */
    public record Entry(String resolutionId, LocalDate from, LocalDate to, LocalDate validUntil, boolean superseded,
                        List<Priority> priorities) {

        boolean holdsOn(LocalDate day) {
            return !superseded && !day.isBefore(from) && (validUntil == null || !day.isAfter(validUntil));
        }
    }

    private final List<Entry> entries;

    private PrioritySchedule(List<Entry> entries) {
        this.entries = entries;
    }

    /** The schedule of adoptions given in the order they were adopted. */
    public static PrioritySchedule of(List<Adoption> adoptions) {
        var entries = new ArrayList<Entry>();
        for (int i = 0; i < adoptions.size(); i++) {
            var adoption = adoptions.get(i);
            var validUntil = adoption.to();
            var superseded = false;
            for (var later : adoptions.subList(i + 1, adoptions.size())) {
                if (!overlap(adoption, later)) {
                    continue;
                }
                if (!later.from().isAfter(adoption.from())) {
                    superseded = true;
                } else if (validUntil == null || later.from().minusDays(1).isBefore(validUntil)) {
                    validUntil = later.from().minusDays(1);
                }
            }
            entries.add(new Entry(adoption.resolutionId(), adoption.from(), adoption.to(), validUntil, superseded,
                    adoption.priorities()));
        }
        return new PrioritySchedule(List.copyOf(entries));
    }

    public static PrioritySchedule empty() {
        return new PrioritySchedule(List.of());
    }

    /** The adoption that holds on {@code day}, if any. */
    public Optional<Entry> on(LocalDate day) {
        return entries.stream().filter(entry -> entry.holdsOn(day)).findFirst();
    }

    /** Every adoption, in the order adopted, with the days it holds. */
    public List<Entry> entries() {
        return entries;
    }

    private static boolean overlap(Adoption earlier, Adoption later) {
        return (earlier.to() == null || !later.from().isAfter(earlier.to()))
                && (later.to() == null || !later.to().isBefore(earlier.from()));
    }
}
