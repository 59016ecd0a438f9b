package de.regionet.infra.console.coordination;

import de.regionet.kernel.Rejection;
import de.regionet.kernel.region.RegionKey;
import de.regionet.query.access.Readers;
import de.regionet.query.workinggroup.WorkingGroupProjection;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;

/**
 * Opens a region's pages for the signed-in person: readable by whoever may read the region (its coordinators, the
 * network office, auditors), changeable by whoever may act for it, exactly as the API's region scopes decide.
 * Anyone else gets the 403 page, even where the API shares the data network-wide, because these are the region's
 * working pages and they show its confidential record (who was present, who voted how).
 */
@Component
class RegionDesks {

    private final WorkingGroupProjection workingGroups;

    RegionDesks(WorkingGroupProjection workingGroups) {
        this.workingGroups = workingGroups;
    }

    /** The region for reading; 403 for a person outside its scope, 404 when it has no working group. */
    RegionDesk toRead(String key, HttpServletRequest request) {
        var region = new RegionKey(key);
        var actor = Readers.actor(request).orElseThrow(() -> Rejection.forbidden("not signed in"));
        if (!actor.mayRead(region)) {
            throw Rejection.forbidden(actor.subject() + " may not read region " + key);
        }
        var group = workingGroups.groups().where("regionKey", region.value(), "name").stream().findFirst()
                .orElseThrow(() -> Rejection.notFound("region " + key + " has no working group"));
        return new RegionDesk(region, actor, group);
    }

    /** The region for a form: 403 unless the person may act for it. */
    RegionDesk toAct(String key, HttpServletRequest request) {
        var desk = toRead(key, request);
        if (!desk.mayAct()) {
            throw Rejection.forbidden(desk.actor().subject() + " may not act for region " + key);
        }
        return desk;
    }
}
