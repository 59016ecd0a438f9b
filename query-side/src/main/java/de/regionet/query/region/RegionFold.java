package de.regionet.query.region;

import de.regionet.kernel.region.RegionEvent.RegionRegistered;
import de.regionet.kernel.region.RegionEvent.WorkingGroupAttached;
import de.regionet.kernel.region.RegionKey;
import de.regionet.query.readmodel.EventFold;
import org.axonframework.eventhandling.DomainEventMessage;

import java.time.Instant;
import java.util.List;

/** A region's view folded from its own events ({@link EventFold}), as {@link RegionProjection} builds it. */
public final class RegionFold implements EventFold<RegionView> {

    private static final RegionFold FOLD = new RegionFold();

    private RegionFold() {
    }

    /** The region as its events tell it; a region has nothing that changes by the day. */
    public static RegionView view(List<? extends DomainEventMessage<?>> events) {
        return FOLD.over(events);
    }

    @Override
    public RegionView next(RegionView region, Object event, long version, Instant at) {
        if (event instanceof RegionRegistered registered) {
            return new RegionView(registered.key().value(), registered.name(), registered.kind(), null, version,
                    registered.network().value(), registered.members().stream().map(RegionKey::value).toList());
        }
        if (region != null && event instanceof WorkingGroupAttached attached) {
            return region.withWorkingGroup(attached.workingGroupId().value(), version);
        }
        return region;
    }
}
