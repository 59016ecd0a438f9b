package de.regionet.query.programme;

import de.regionet.kernel.NetworkTime;
import de.regionet.kernel.Rejection;
import de.regionet.kernel.access.ReadableBy;
import de.regionet.kernel.programme.ProgrammeId;
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

import static de.regionet.kernel.access.ReadableBy.Audience.PUBLIC;
import static org.springframework.format.annotation.DateTimeFormat.ISO.DATE;

/**
 * Reads funding programmes as of a day ({@code asOf}, today in Berlin unless given). A programme and its funding
 * areas are published by the ministry, so everyone may read them, signed in or not.
 */
@RestController
class ProgrammeQueryController {

    private final ProgrammeProjection projection;
    private final Clock clock;

    ProgrammeQueryController(ProgrammeProjection projection, Clock clock) {
        this.projection = projection;
        this.clock = clock;
    }

    /** Every programme, the earliest period first. */
    @ReadableBy(PUBLIC)
    @GetMapping("/api/programmes")
    List<ProgrammeAsOf> list(@RequestParam(name = "asOf", required = false) @DateTimeFormat(iso = DATE)
                             LocalDate asOf) {
        var day = dayOf(asOf);
        return projection.programmes().all("_id").stream().map(programme -> ProgrammeAsOf.of(programme, day))
                .sorted(Comparator.comparing((ProgrammeAsOf programme) -> programme.period().from())
                        .thenComparing(ProgrammeAsOf::name))
                .toList();
    }

    @ReadableBy(PUBLIC)
    @GetMapping("/api/programmes/{id}")
    ResponseEntity<ProgrammeAsOf> one(@PathVariable ProgrammeId id,
                                      @RequestParam(name = "asOf", required = false) @DateTimeFormat(iso = DATE)
                                      LocalDate asOf) {
        var programme = projection.programmes().find(id.value())
                .orElseThrow(() -> Rejection.notFound("no programme " + id));
        return ResponseEntity.ok().eTag("\"" + programme.version() + "\"")
                .body(ProgrammeAsOf.of(programme, dayOf(asOf)));
    }

    private LocalDate dayOf(LocalDate asOf) {
        return asOf != null ? asOf : NetworkTime.today(clock);
    }
}
