package de.regionet.query.planning;

import de.regionet.kernel.planning.PlanningContent;
import de.regionet.kernel.planning.PlanningEvent.NeedLinkedToCall;
import de.regionet.kernel.planning.PlanningEvent.NeedLinkedToPriority;
import de.regionet.kernel.planning.PlanningEvent.PlanningDocumentAdopted;
import de.regionet.kernel.planning.PlanningEvent.PlanningDocumentRevised;
import de.regionet.kernel.planning.PlanningEvent.PlanningDocumentSuperseded;
import de.regionet.query.readmodel.VersionedCollection;
import org.bson.codecs.pojo.annotations.BsonId;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A planning document as the read side keeps it: every version whole, as adopted, the supersession if there is one,
 * and the links of its needs. {@link PlanningDocumentAsOf} answers it for a day.
 */
public record PlanningDocumentView(@BsonId String id, String regionKey, String adoptedBy, String kind,
                                   List<Version> versions, String successorId, LocalDate supersededOn,
                                   List<Link> links, long version) implements VersionedCollection.Versioned {

    /** One version of the document as its body adopted it on {@code adoptedOn}. */
    public record Version(int number, LocalDate adoptedOn, String title, LocalDate validFrom, LocalDate validTo,
                          List<NeedView> needs, List<String> problemAreas, List<String> fundingLines) {

        static Version of(int number, LocalDate adoptedOn, PlanningContent content) {
            return new Version(number, adoptedOn, content.title(), content.validFrom(), content.validTo(),
                    content.needs().stream().map(need -> new NeedView(need.id().value(), need.title(), need.text()))
                            .toList(), content.problemAreas(), content.fundingLines());
        }
    }

    public record NeedView(String id, String title, String text) {
    }

    /**
     * A need's link: to a priority ({@code PRIORITY}: the working group, its resolution and the priority's title)
     * or to a call ({@code CALL}: its id).
     */
    public record Link(String needId, String kind, String workingGroupId, String resolutionId, String priority,
                       String callId) {
    }

    static PlanningDocumentView adopted(PlanningDocumentAdopted event, long version) {
        return new PlanningDocumentView(event.documentId().value(), event.regionKey().value(),
                event.adoptedBy().value(), event.kind().name(),
                List.of(Version.of(1, event.adoptedOn(), event.content())), null, null, List.of(), version);
    }

    PlanningDocumentView revised(PlanningDocumentRevised event, long newVersion) {
        var all = new ArrayList<>(versions);
        all.add(Version.of(event.version(), event.revisedOn(), event.content()));
        return new PlanningDocumentView(id, regionKey, adoptedBy, kind, List.copyOf(all), successorId, supersededOn,
                links, newVersion);
    }

    PlanningDocumentView superseded(PlanningDocumentSuperseded event, long newVersion) {
        return new PlanningDocumentView(id, regionKey, adoptedBy, kind, versions, event.successorId().value(),
                event.supersededOn(), links, newVersion);
    }

    PlanningDocumentView linked(NeedLinkedToPriority event, long newVersion) {
        return withLink(new Link(event.needId().value(), "PRIORITY", event.workingGroupId().value(),
                event.resolutionId().value(), event.priority(), null), newVersion);
    }

    PlanningDocumentView linked(NeedLinkedToCall event, long newVersion) {
        return withLink(new Link(event.needId().value(), "CALL", null, null, null, event.callId().value()),
                newVersion);
    }

    private PlanningDocumentView withLink(Link link, long newVersion) {
        var all = new ArrayList<>(links);
        all.add(link);
        return new PlanningDocumentView(id, regionKey, adoptedBy, kind, versions, successorId, supersededOn,
                List.copyOf(all), newVersion);
    }
}
