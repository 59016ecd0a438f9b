package de.regionet.query.region;

import de.regionet.kernel.region.RegionKey;
import de.regionet.kernel.access.ReadableBy;
import de.regionet.query.readmodel.KnownAt;
import de.regionet.query.readmodel.ReadTime;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import static de.regionet.kernel.access.ReadableBy.Audience.PUBLIC;
import static org.springframework.format.annotation.DateTimeFormat.ISO.DATE;

/**
 * Reads regions from their read collection; never touches the event store. The list of regions is public. A region
 * names no day it came into being, so it answers for any {@code asOf}; {@code knownAt} reads it as recorded then
 * (a region registered later is not yet in the record).
 */
@RestController
class RegionQueryController {

    private final RegionProjection projection;

    RegionQueryController(RegionProjection projection) {
        this.projection = projection;
    }

    @ReadableBy(PUBLIC)
    @GetMapping("/api/regions")
    List<RegionView> list(@RequestParam(name = "asOf", required = false) @DateTimeFormat(iso = DATE) LocalDate asOf,
                          @RequestParam(name = "knownAt", required = false) KnownAt knownAt) {
        if (asOf == null && knownAt == null) {
            return projection.regions().all("_id");
        }
        return ReadTime.of(asOf, knownAt).all(projection.regions()).stream()
                .sorted(Comparator.comparing(RegionView::key)).toList();
    }

    @ReadableBy(PUBLIC)
    @GetMapping("/api/regions/{key}")
    ResponseEntity<RegionView> one(@PathVariable RegionKey key,
                                   @RequestParam(name = "asOf", required = false) @DateTimeFormat(iso = DATE)
                                   LocalDate asOf,
                                   @RequestParam(name = "knownAt", required = false) KnownAt knownAt) {
        var region = ReadTime.of(asOf, knownAt).one(projection.regions(), key.value(), "region " + key).document();
        return ResponseEntity.ok().eTag("\"" + region.version() + "\"").body(region);
    }
}
