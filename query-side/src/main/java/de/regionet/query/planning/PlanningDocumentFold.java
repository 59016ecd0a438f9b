package de.regionet.query.planning;

import de.regionet.kernel.planning.PlanningEvent.NeedLinkedToCall;
import de.regionet.kernel.planning.PlanningEvent.NeedLinkedToPriority;
import de.regionet.kernel.planning.PlanningEvent.PlanningDocumentAdopted;
import de.regionet.kernel.planning.PlanningEvent.PlanningDocumentRevised;
import de.regionet.kernel.planning.PlanningEvent.PlanningDocumentSuperseded;
import de.regionet.query.readmodel.EventFold;
import org.axonframework.eventhandling.DomainEventMessage;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A planning document's view folded from its own events ({@link EventFold}), as {@link PlanningDocumentProjection}
 * builds it, and answered as {@code GET /api/planning-documents/{id}} answers: {@link PlanningDocumentAsOf} of one
 * day.
 */
public final class PlanningDocumentFold implements EventFold<PlanningDocumentView> {

    private static final PlanningDocumentFold FOLD = new PlanningDocumentFold();

    private PlanningDocumentFold() {
    }

    /** The document as its events tell it, as it stood on {@code day}. */
    public static PlanningDocumentAsOf view(List<? extends DomainEventMessage<?>> events, LocalDate day) {
        var document = FOLD.over(events);
        return document == null ? null : PlanningDocumentAsOf.of(document, day);
    }

    @Override
    public PlanningDocumentView next(PlanningDocumentView document, Object event, long version, Instant at) {
        if (event instanceof PlanningDocumentAdopted adopted) {
            return PlanningDocumentView.adopted(adopted, version);
        }
        if (document == null) {
            return null;
        }
        if (event instanceof PlanningDocumentRevised revised) {
            return document.revised(revised, version);
        }
        if (event instanceof PlanningDocumentSuperseded superseded) {
            return document.superseded(superseded, version);
        }
        if (event instanceof NeedLinkedToPriority linked) {
            return document.linked(linked, version);
        }
        if (event instanceof NeedLinkedToCall linked) {
            return document.linked(linked, version);
        }
        return document;
    }
}
