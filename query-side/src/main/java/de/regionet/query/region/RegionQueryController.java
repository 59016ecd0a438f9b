package de.regionet.query.region;

import de.regionet.kernel.access.ReadableBy;
import de.regionet.kernel.network.NetworkId;
import de.regionet.kernel.network.Networks;
import de.regionet.kernel.region.RegionKey;
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
 * Reads regions from their read collection; never touches the event store. The list of regions is public, and may be
 * narrowed to a network ({@code ?network=}) or to the region a territory belongs to ({@code ?territory=}: the
 * district itself, or the labour-market region listing it). A region
 * names no day it came into being, so it answers for any {@code asOf}; {@code knownAt} reads it as recorded then
 * (a region registered later is not yet in the record).
 */
@RestController
class RegionQueryController {

    private final RegionProjection projection;
    private final Networks networks;

    RegionQueryController(RegionProjection projection, Networks networks) {
        this.projection = projection;
        this.networks = networks;
    }

    @ReadableBy(PUBLIC)
    @GetMapping("/api/regions")
    List<RegionView> list(@RequestParam(name = "asOf", required = false) @DateTimeFormat(iso = DATE) LocalDate asOf,
                          @RequestParam(name = "knownAt", required = false) KnownAt knownAt,
                          @RequestParam(name = "network", required = false) NetworkId network,
                          @RequestParam(name = "territory", required = false) RegionKey territory) {
        var regions = asOf == null && knownAt == null ? projection.regions().all("_id")
                : ReadTime.of(asOf, knownAt).all(projection.regions()).stream()
                .sorted(Comparator.comparing(RegionView::key)).toList();
        return regions.stream().map(region -> region.inNetwork(networks))
                .filter(region -> network == null || region.network().equals(network.value()))
                .filter(region -> territory == null || region.holdsTerritory(territory.value())).toList();
    }

    @ReadableBy(PUBLIC)
    @GetMapping("/api/regions/{key}")
    ResponseEntity<RegionView> one(@PathVariable RegionKey key,
                                   @RequestParam(name = "asOf", required = false) @DateTimeFormat(iso = DATE)
                                   LocalDate asOf,
                                   @RequestParam(name = "knownAt", required = false) KnownAt knownAt) {
        var region = ReadTime.of(asOf, knownAt).one(projection.regions(), key.value(), "region " + key).document();
        return ResponseEntity.ok().eTag("\"" + region.version() + "\"").body(region.inNetwork(networks));
    }
}
