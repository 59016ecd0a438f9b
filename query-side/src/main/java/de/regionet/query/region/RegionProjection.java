package de.regionet.query.region;

import com.mongodb.client.MongoDatabase;
import de.regionet.kernel.region.RegionEvent.RegionRegistered;
import de.regionet.kernel.region.RegionEvent.WorkingGroupAttached;
import de.regionet.kernel.region.RegionKey;
import de.regionet.query.readmodel.VersionedCollection;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

/** Projects region streams into the {@code regions} read collection. */
@Component
@ProcessingGroup(RegionProjection.NAME)
public class RegionProjection {

    public static final String NAME = "regions";

    private final VersionedCollection<RegionView> regions;

    RegionProjection(MongoDatabase database, MeterRegistry meters) {
        this.regions = VersionedCollection.withRecordHistory(database, NAME, RegionView.class, meters);
    }

    @EventHandler
    void on(RegionRegistered event, @SequenceNumber long version) {
        regions.create(event.key().value(), version,
                new RegionView(event.key().value(), event.name(), event.kind(), null, version,
                        event.network().value(), event.members().stream().map(RegionKey::value).toList()));
    }

    @EventHandler
    void on(WorkingGroupAttached event, @SequenceNumber long version) {
        regions.update(event.key().value(), version,
                region -> region.withWorkingGroup(event.workingGroupId().value(), version));
    }

    @ResetHandler
    void reset() {
        regions.clear();
    }

    public VersionedCollection<RegionView> regions() {
        return regions;
    }
}
