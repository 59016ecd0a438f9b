package de.regionet.query.cooperation;

import de.regionet.kernel.Rejection;
import de.regionet.kernel.access.ReadableBy;
import de.regionet.kernel.cooperation.CooperationBodyId;
import de.regionet.kernel.cooperation.CooperationBodyKind;
import de.regionet.kernel.region.RegionKey;
import de.regionet.query.region.RegionProjection;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.Comparator;
import java.util.List;

import static de.regionet.kernel.access.ReadableBy.Audience.PUBLIC;

/**
 * Reads local cooperation bodies; public, as the network publishes who cooperates where. Lists are sorted by region
 * and name, dissolved bodies included (they say {@code dissolvedOn}).
 */
@RestController
class CooperationBodyQueryController {

    private static final Comparator<CooperationBodyView> BY_REGION_AND_NAME =
            Comparator.comparing(CooperationBodyView::regionKey).thenComparing(CooperationBodyView::name);

    private final CooperationBodyProjection projection;
    private final RegionProjection regions;

    CooperationBodyQueryController(CooperationBodyProjection projection, RegionProjection regions) {
        this.projection = projection;
        this.regions = regions;
    }

    @ReadableBy(PUBLIC)
    @GetMapping("/api/cooperation-bodies")
    List<CooperationBodyView> list(@RequestParam(name = "region", required = false) RegionKey region,
                                   @RequestParam(name = "kind", required = false) CooperationBodyKind kind) {
        var bodies = region == null ? projection.bodies().all("regionKey")
                : projection.bodies().where("regionKey", region.value(), "name");
        return bodies.stream().filter(body -> kind == null || body.kind() == kind).sorted(BY_REGION_AND_NAME)
                .toList();
    }

    @ReadableBy(PUBLIC)
    @GetMapping("/api/cooperation-bodies/{id}")
    ResponseEntity<CooperationBodyView> one(@PathVariable CooperationBodyId id) {
        var body = projection.bodies().find(id.value())
                .orElseThrow(() -> Rejection.notFound("no cooperation body " + id));
        return ResponseEntity.ok().eTag("\"" + body.version() + "\"").body(body);
    }

    @ReadableBy(PUBLIC)
    @GetMapping("/api/regions/{key}/cooperation-bodies")
    List<CooperationBodyView> ofRegion(@PathVariable RegionKey key) {
        regions.regions().find(key.value())
                .orElseThrow(() -> Rejection.notFound("no region " + key + " is registered"));
        return list(key, null);
    }
}
