package de.regionet.query.planning;

import com.mongodb.client.MongoDatabase;
import de.regionet.kernel.planning.PlanningEvent.NeedLinkedToCall;
import de.regionet.kernel.planning.PlanningEvent.NeedLinkedToPriority;
import de.regionet.kernel.planning.PlanningEvent.PlanningDocumentAdopted;
import de.regionet.kernel.planning.PlanningEvent.PlanningDocumentRevised;
import de.regionet.kernel.planning.PlanningEvent.PlanningDocumentSuperseded;
import de.regionet.kernel.region.RegionKey;
import de.regionet.query.readmodel.VersionedCollection;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Projects planning document streams into the {@code planning_documents} read collection, one document per planning
 * document with every version, keeping its record history for {@code knownAt}.
 */
@Component
@ProcessingGroup(PlanningDocumentProjection.NAME)
public class PlanningDocumentProjection {

    public static final String NAME = "planning_documents";

    private final VersionedCollection<PlanningDocumentView> documents;

    PlanningDocumentProjection(MongoDatabase database, MeterRegistry meters) {
        this.documents = VersionedCollection.withRecordHistory(database, NAME, PlanningDocumentView.class, meters);
    }

    @EventHandler
    void on(PlanningDocumentAdopted event, @SequenceNumber long version) {
        documents.create(event.documentId().value(), version, PlanningDocumentView.adopted(event, version));
    }

    @EventHandler
    void on(PlanningDocumentRevised event, @SequenceNumber long version) {
        documents.update(event.documentId().value(), version, document -> document.revised(event, version));
    }

    @EventHandler
    void on(PlanningDocumentSuperseded event, @SequenceNumber long version) {
        documents.update(event.documentId().value(), version, document -> document.superseded(event, version));
    }

    @EventHandler
    void on(NeedLinkedToPriority event, @SequenceNumber long version) {
        documents.update(event.documentId().value(), version, document -> document.linked(event, version));
    }

    @EventHandler
    void on(NeedLinkedToCall event, @SequenceNumber long version) {
        documents.update(event.documentId().value(), version, document -> document.linked(event, version));
    }

    @ResetHandler
    void reset() {
        documents.clear();
    }

    public VersionedCollection<PlanningDocumentView> documents() {
        return documents;
    }

    /** The documents of {@code region} as they stand on {@code day}, the earliest valid first (the portal's list). */
    public List<PlanningDocumentAsOf> ofRegion(RegionKey region, LocalDate day) {
        return PlanningDocumentAsOf.sorted(documents.all("_id").stream()
                .filter(document -> document.regionKey().equals(region.value()))
                .map(document -> PlanningDocumentAsOf.of(document, day)));
    }

    /** One document as it stands on {@code day}. */
    public Optional<PlanningDocumentAsOf> one(String id, LocalDate day) {
        return documents.find(id).map(document -> PlanningDocumentAsOf.of(document, day));
    }
}
