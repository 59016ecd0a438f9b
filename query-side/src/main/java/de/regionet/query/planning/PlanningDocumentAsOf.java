package de.regionet.query.planning;

import de.regionet.query.planning.PlanningDocumentView.Link;
import de.regionet.query.planning.PlanningDocumentView.Version;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A planning document as it stood on one day ({@code asOf}): the version its body had adopted by then
 * ({@code current}), whether that version was in force that day (within its validity and not yet superseded), the
 * list of all versions adopted by then, the supersession as recorded (it names the day it takes effect) and the
 * links. The answer of
 * {@code GET /api/planning-documents/{id}[?asOf=]} and of each item of the lists.
 *
 * @param validTo the last day the document is valid: its current version's end, or the day before it was
 *                superseded if that comes first; {@code null} while open-ended
 */
public record PlanningDocumentAsOf(String id, String regionKey, String adoptedBy, String kind, LocalDate asOf,
                                   Version current, boolean inForce, LocalDate validTo, List<VersionSummary> versions,
                                   Supersession supersededBy, List<Link> links, long version) {

    /** A version in the list: its number, the day it was adopted and its validity. */
    public record VersionSummary(int number, LocalDate adoptedOn, String title, LocalDate validFrom,
                                 LocalDate validTo) {
    }

    /** The newer document of the region that replaces this one from {@code from}. */
    public record Supersession(String successorId, LocalDate from) {
    }

    static PlanningDocumentAsOf of(PlanningDocumentView document, LocalDate day) {
        var adopted = document.versions().stream().filter(version -> !version.adoptedOn().isAfter(day)).toList();
        var known = adopted.isEmpty() ? document.versions().subList(0, 1) : adopted;
        var current = known.get(known.size() - 1);
        var superseded = document.supersededOn() == null ? null
                : new Supersession(document.successorId(), document.supersededOn());
        var validTo = validTo(current, document.supersededOn());
        boolean inForce = !day.isBefore(current.validFrom()) && (validTo == null || !day.isAfter(validTo));
        var versions = known.stream().map(version -> new VersionSummary(version.number(), version.adoptedOn(),
                version.title(), version.validFrom(), version.validTo())).toList();
        return new PlanningDocumentAsOf(document.id(), document.regionKey(), document.adoptedBy(), document.kind(),
                day, current, inForce, validTo, versions, superseded, document.links(), document.version());
    }

    /** Earliest valid first, then by id: the order of every list of documents. */
    static List<PlanningDocumentAsOf> sorted(Stream<PlanningDocumentAsOf> documents) {
        return documents.sorted(Comparator.comparing((PlanningDocumentAsOf document) -> document.current().validFrom())
                .thenComparing(PlanningDocumentAsOf::id)).toList();
    }

    private static LocalDate validTo(Version current, LocalDate supersededOn) {
        if (supersededOn == null) {
            return current.validTo();
        }
        var lastDay = supersededOn.minusDays(1);
        return current.validTo() == null || lastDay.isBefore(current.validTo()) ? lastDay : current.validTo();
    }
}
