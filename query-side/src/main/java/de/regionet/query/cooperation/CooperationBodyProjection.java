package de.regionet.query.cooperation;

import com.mongodb.client.MongoDatabase;
import de.regionet.kernel.cooperation.CooperationBodyEvent.CooperationBodyDissolved;
import de.regionet.kernel.cooperation.CooperationBodyEvent.CooperationBodyEstablished;
import de.regionet.kernel.cooperation.CooperationBodyEvent.CooperationPartnerAdmitted;
import de.regionet.kernel.cooperation.CooperationBodyEvent.CooperationPartnerWithdrawn;
import de.regionet.kernel.cooperation.CooperationBodyEvent.CooperationSiteChanged;
import de.regionet.query.cooperation.CooperationBodyView.Partner;
import de.regionet.query.readmodel.VersionedCollection;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

/**
 * Projects cooperation-body streams into the {@code cooperation_bodies} read collection, one document per body;
 * the collection's versions make a replayed or re-delivered event change nothing.
 */
@Component
@ProcessingGroup(CooperationBodyProjection.NAME)
public class CooperationBodyProjection {

    public static final String NAME = "cooperation_bodies";

    private final VersionedCollection<CooperationBodyView> bodies;

    CooperationBodyProjection(MongoDatabase database, MeterRegistry meters) {
        this.bodies = new VersionedCollection<>(database, NAME, CooperationBodyView.class, meters);
    }

    @EventHandler
    void on(CooperationBodyEstablished event, @SequenceNumber long version) {
        var id = event.cooperationBodyId().value();
        var partners = event.partners().stream().map(partner -> new Partner(partner.partnerId().value(),
                partner.organisation(), partner.role(), event.foundedOn(), null)).toList();
        bodies.create(id, version, new CooperationBodyView(id, event.regionKey().value(), event.kind(),
                event.kindName(), event.name(), event.site(), event.foundedOn(), partners,
                event.agreementId() == null ? null : event.agreementId().value(), event.foundedOn(), null, null,
                version));
    }

    @EventHandler
    void on(CooperationPartnerAdmitted event, @SequenceNumber long version) {
        var partner = event.partner();
        bodies.update(event.cooperationBodyId().value(), version, body -> body.withPartner(new Partner(
                partner.partnerId().value(), partner.organisation(), partner.role(), event.admittedOn(), null),
                version));
    }

    @EventHandler
    void on(CooperationPartnerWithdrawn event, @SequenceNumber long version) {
        bodies.update(event.cooperationBodyId().value(), version, body -> body.withPartnerChanged(
                event.partnerId().value(), partner -> new Partner(partner.id(), partner.organisation(),
                        partner.role(), partner.admittedOn(), event.withdrawnOn()), version));
    }

    @EventHandler
    void on(CooperationSiteChanged event, @SequenceNumber long version) {
        bodies.update(event.cooperationBodyId().value(), version,
                body -> body.movedTo(event.site(), event.movedOn(), version));
    }

    @EventHandler
    void on(CooperationBodyDissolved event, @SequenceNumber long version) {
        bodies.update(event.cooperationBodyId().value(), version,
                body -> body.dissolved(event.dissolvedOn(), event.reason(), version));
    }

    @ResetHandler
    void reset() {
        bodies.clear();
    }

    public VersionedCollection<CooperationBodyView> bodies() {
        return bodies;
    }
}
