package de.regionet.infra.console.coordination;

import de.regionet.kernel.access.Actor;
import de.regionet.kernel.region.RegionKey;
import de.regionet.kernel.workinggroup.WorkingGroupId;
import de.regionet.query.workinggroup.WorkingGroupView;

/**
 * A region as the signed-in person opens it in the console: its working group and whether the person may act for
 * the region (send commands) or only read it, as the office and auditors may.
 */
record RegionDesk(RegionKey region, Actor actor, WorkingGroupView group) {

    public boolean mayAct() {
        return actor.mayActFor(region);
    }

    WorkingGroupId workingGroupId() {
        return new WorkingGroupId(group.id());
    }

    /** The path of a page of this region, e.g. {@code path("/beschluesse")}. */
    String path(String below) {
        return "/console/regionen/" + region.value() + below;
    }
}
