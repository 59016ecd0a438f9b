package de.regionet.query.planning;

import de.regionet.kernel.Rejection;
import de.regionet.kernel.access.ReadableBy;
import de.regionet.kernel.planning.PlanningDocumentId;
import de.regionet.kernel.region.RegionKey;
import de.regionet.query.readmodel.KnownAt;
import de.regionet.query.readmodel.ReadTime;
import de.regionet.query.region.RegionProjection;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import static de.regionet.kernel.access.ReadableBy.Audience.PUBLIC;
import static org.springframework.format.annotation.DateTimeFormat.ISO.DATE;

/**
 * Reads a region's planning documents as of a day ({@code asOf}, today in Berlin unless given) and as recorded at an
 * instant ({@code knownAt}). Planning documents are published by the regions, so everyone may read them.
 */
@RestController
class PlanningDocumentQueryController {

    private final PlanningDocumentProjection projection;
    private final RegionProjection regions;
    private final Clock clock;

    PlanningDocumentQueryController(PlanningDocumentProjection projection, RegionProjection regions, Clock clock) {
        this.projection = projection;
        this.regions = regions;
        this.clock = clock;
    }

    /** The documents of {@code region} (every region's without it), the earliest valid first. */
    @ReadableBy(PUBLIC)
    @GetMapping("/api/planning-documents")
    List<PlanningDocumentAsOf> list(@RequestParam(name = "region", required = false) RegionKey region,
                                    @RequestParam(name = "asOf", required = false) @DateTimeFormat(iso = DATE)
                                    LocalDate asOf,
                                    @RequestParam(name = "knownAt", required = false) KnownAt knownAt) {
        var time = ReadTime.of(asOf, knownAt);
        var day = time.day(clock);
        return PlanningDocumentAsOf.sorted(time.all(projection.documents()).stream()
                .filter(document -> region == null || document.regionKey().equals(region.value()))
                .map(document -> PlanningDocumentAsOf.of(document, day)));
    }

    /** The documents of a registered region; 404 for a region that is not. */
    @ReadableBy(PUBLIC)
    @GetMapping("/api/regions/{key}/planning-documents")
    List<PlanningDocumentAsOf> ofRegion(@PathVariable RegionKey key,
                                        @RequestParam(name = "asOf", required = false) @DateTimeFormat(iso = DATE)
                                        LocalDate asOf,
                                        @RequestParam(name = "knownAt", required = false) KnownAt knownAt) {
        regions.regions().find(key.value()).orElseThrow(() -> Rejection.notFound("no region " + key
                + " is registered"));
        return list(key, asOf, knownAt);
    }

    @ReadableBy(PUBLIC)
    @GetMapping("/api/planning-documents/{id}")
    ResponseEntity<PlanningDocumentAsOf> one(@PathVariable PlanningDocumentId id,
                                             @RequestParam(name = "asOf", required = false)
                                             @DateTimeFormat(iso = DATE) LocalDate asOf,
                                             @RequestParam(name = "knownAt", required = false) KnownAt knownAt) {
        var time = ReadTime.of(asOf, knownAt);
        var document = time.one(projection.documents(), id.value(), "planning document " + id).document();
        return ResponseEntity.ok().eTag("\"" + document.version() + "\"")
                .body(PlanningDocumentAsOf.of(document, time.day(clock)));
    }
}
