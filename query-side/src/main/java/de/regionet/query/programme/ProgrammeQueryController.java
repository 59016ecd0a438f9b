package de.regionet.query.programme;

import de.regionet.kernel.access.ReadableBy;
import de.regionet.kernel.programme.ProgrammeId;
import de.regionet.query.readmodel.KnownAt;
import de.regionet.query.readmodel.ReadTime;
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
 * Reads funding programmes as of a day ({@code asOf}, today in Berlin unless given) and as recorded at an instant
 * ({@code knownAt}, what the record said then; the current record unless given). A programme and its funding
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
                             LocalDate asOf,
                             @RequestParam(name = "knownAt", required = false) KnownAt knownAt) {
        var time = ReadTime.of(asOf, knownAt);
        var day = time.day(clock);
        return time.all(projection.programmes()).stream().map(programme -> ProgrammeAsOf.of(programme, day))
                .sorted(Comparator.comparing((ProgrammeAsOf programme) -> programme.period().from())
                        .thenComparing(ProgrammeAsOf::name))
                .toList();
    }

    @ReadableBy(PUBLIC)
    @GetMapping("/api/programmes/{id}")
    ResponseEntity<ProgrammeAsOf> one(@PathVariable ProgrammeId id,
                                      @RequestParam(name = "asOf", required = false) @DateTimeFormat(iso = DATE)
                                      LocalDate asOf,
                                      @RequestParam(name = "knownAt", required = false) KnownAt knownAt) {
        var time = ReadTime.of(asOf, knownAt);
        var programme = time.one(projection.programmes(), id.value(), "programme " + id).document();
        return ResponseEntity.ok().eTag("\"" + programme.version() + "\"")
                .body(ProgrammeAsOf.of(programme, time.day(clock)));
    }
}
