package de.regionet.query.targetagreement;

import de.regionet.kernel.Rejection;
import de.regionet.kernel.access.Actor;
import de.regionet.kernel.access.ReadableBy;
import de.regionet.kernel.region.RegionKey;
import de.regionet.query.access.Readers;
import de.regionet.query.readmodel.KnownAt;
import de.regionet.query.readmodel.ReadTime;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import static de.regionet.kernel.access.ReadableBy.Audience.NETWORK;
import static org.springframework.format.annotation.DateTimeFormat.ISO.DATE;

/**
 * Reads target agreements as they stand on a day. A region's targets and figures are for those who may read the
 * region (the network office, auditors, the region's coordination): to anyone else an agreement does not exist.
 * {@code knownAt} reads the agreement as recorded at an instant; the actuals count the results recorded now.
 */
@RestController
class TargetAgreementQueryController {

    private final ControllingProjection projection;
    private final Clock clock;

    TargetAgreementQueryController(ControllingProjection projection, Clock clock) {
        this.projection = projection;
        this.clock = clock;
    }

    /** The agreement on {@code asOf} (today unless given). */
    @ReadableBy(NETWORK)
    @GetMapping("/api/target-agreements/{id}")
    ResponseEntity<TargetAgreementAsOf> one(@PathVariable String id,
                                            @RequestParam(name = "asOf", required = false)
                                            @DateTimeFormat(iso = DATE) LocalDate asOf,
                                            @RequestParam(name = "knownAt", required = false) KnownAt knownAt,
                                            HttpServletRequest request) {
        var reader = Readers.actor(request);
        projection.agreements().find(id).filter(found -> mayRead(reader, found))
                .orElseThrow(() -> Rejection.notFound("no target agreement " + id));
        var time = ReadTime.of(asOf, knownAt);
        var agreement = time.one(projection.agreements(), id, "target agreement " + id).document();
        var day = time.day(clock);
        return ResponseEntity.ok().eTag("\"" + agreement.version() + "\"")
                .body(TargetAgreementAsOf.of(projection.standingOf(agreement), day));
    }

    /**
     * The agreements the reader may read, today (or as of {@code asOf}, as recorded at {@code knownAt}), narrowed to
     * a region and to a year or a day of their period.
     */
    @ReadableBy(NETWORK)
    @GetMapping("/api/target-agreements")
    List<TargetAgreementAsOf> list(@RequestParam(name = "region", required = false) RegionKey region,
                                   @RequestParam(name = "period", required = false) String period,
                                   @RequestParam(name = "asOf", required = false) @DateTimeFormat(iso = DATE)
                                   LocalDate asOf,
                                   @RequestParam(name = "knownAt", required = false) KnownAt knownAt,
                                   HttpServletRequest request) {
        var reader = Readers.actor(request);
        var span = period == null || period.isBlank() ? null : PeriodFilter.parse(period.strip());
        var time = ReadTime.of(asOf, knownAt);
        var agreements = asOf == null && knownAt == null ? projection.agreements().all("_id")
                : time.all(projection.agreements());
        var readable = agreements.stream()
                .filter(agreement -> mayRead(reader, agreement))
                .filter(agreement -> region == null || region.value().equals(agreement.regionKey()))
                .filter(agreement -> span == null || span.overlaps(agreement))
                .sorted(Comparator.comparing(TargetAgreementView::regionKey)
                        .thenComparing(TargetAgreementView::from).thenComparing(TargetAgreementView::id))
                .toList();
        var day = time.day(clock);
        return projection.standingsOf(readable).stream().map(standing -> TargetAgreementAsOf.of(standing, day))
                .toList();
    }

    private static boolean mayRead(Optional<Actor> reader, TargetAgreementView agreement) {
        return reader.isPresent() && reader.get().mayRead(new RegionKey(agreement.regionKey()));
    }
}
