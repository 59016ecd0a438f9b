package de.regionet.query.workinggroup;

import de.regionet.kernel.Rejection;
import de.regionet.kernel.region.RegionKey;
import de.regionet.kernel.workinggroup.WorkingGroupId;
import de.regionet.kernel.access.ReadableBy;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

import static de.regionet.kernel.access.ReadableBy.Audience.NETWORK;

/** Reads working groups from their read collection; shared with everyone signed in to the network. */
@RestController
class WorkingGroupQueryController {

    private final WorkingGroupProjection projection;

    WorkingGroupQueryController(WorkingGroupProjection projection) {
        this.projection = projection;
    }

    @ReadableBy(NETWORK)
    @GetMapping("/api/working-groups")
    List<WorkingGroupView> list(@RequestParam(name = "region", required = false) RegionKey region) {
        return region == null
                ? projection.groups().all("regionKey")
                : projection.groups().where("regionKey", region.value(), "name");
    }

    @ReadableBy(NETWORK)
    @GetMapping("/api/working-groups/{id}")
    ResponseEntity<WorkingGroupView> one(@PathVariable WorkingGroupId id) {
        return projection.groups().find(id.value())
                .map(group -> ResponseEntity.ok().eTag("\"" + group.version() + "\"").body(group))
                .orElseThrow(() -> Rejection.notFound("no working group " + id));
    }
}
