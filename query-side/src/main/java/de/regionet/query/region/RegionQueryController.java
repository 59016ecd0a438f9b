package de.regionet.query.region;

import de.regionet.kernel.Rejection;
import de.regionet.kernel.region.RegionKey;
import de.regionet.kernel.access.ReadableBy;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

import static de.regionet.kernel.access.ReadableBy.Audience.PUBLIC;

/** Reads regions from their read collection; never touches the event store. The list of regions is public. */
@RestController
class RegionQueryController {

    private final RegionProjection projection;

    RegionQueryController(RegionProjection projection) {
        this.projection = projection;
    }

    @ReadableBy(PUBLIC)
    @GetMapping("/api/regions")
    List<RegionView> list() {
        return projection.regions().all("_id");
    }

    @ReadableBy(PUBLIC)
    @GetMapping("/api/regions/{key}")
    ResponseEntity<RegionView> one(@PathVariable RegionKey key) {
        return projection.regions().find(key.value())
                .map(region -> ResponseEntity.ok().eTag("\"" + region.version() + "\"").body(region))
                .orElseThrow(() -> Rejection.notFound("no region " + key + " is registered"));
    }
}
