package de.regionet.query.workinggroup.decision;

import de.regionet.kernel.Rejection;
import de.regionet.kernel.access.ReadableBy;
import de.regionet.kernel.workinggroup.ResolutionId;
import de.regionet.kernel.workinggroup.WorkingGroupId;
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

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import static de.regionet.kernel.access.ReadableBy.Audience.NETWORK;
import static org.springframework.format.annotation.DateTimeFormat.ISO.DATE;

/**
 * A working group's decision log, its written procedures and its rules of procedure, from the decision-log read
 * model; shared with everyone signed in to the network, each reader seeing what {@link Disclosure} lets it see
 * (who voted how only where the region's coordination, the network office and auditors or the rules allow). Every
 * answer carries the working group's version as ETag. The list of resolutions also answers as of a day
 * ({@code asOf}: those dated on or before it) and as recorded at an instant ({@code knownAt}).
 */
@RestController
@ReadableBy(NETWORK)
class DecisionLogController {

    private final DecisionLogProjection projection;

    DecisionLogController(DecisionLogProjection projection) {
        this.projection = projection;
    }

    @GetMapping("/api/working-groups/{id}/resolutions")
    ResponseEntity<List<DecisionLogView.Resolution>> resolutions(@PathVariable WorkingGroupId id,
                                                                @RequestParam(name = "asOf", required = false)
                                                                @DateTimeFormat(iso = DATE) LocalDate asOf,
                                                                @RequestParam(name = "knownAt", required = false)
                                                                KnownAt knownAt,
                                                                HttpServletRequest request) {
        var log = ReadTime.of(asOf, knownAt).one(projection.logs(), id.value(), "working group " + id).document();
        requireSharedWith(request, log, id);
        return ResponseEntity.ok().eTag("\"" + log.version() + "\"")
                .body(log.readBy(Readers.actor(request)).resolutions().stream()
                        .filter(resolution -> asOf == null || !resolution.date().isAfter(asOf)).toList());
    }

    @GetMapping("/api/working-groups/{id}/resolutions/{resolutionId}")
    ResponseEntity<DecisionLogView.Resolution> resolution(@PathVariable WorkingGroupId id,
                                                          @PathVariable ResolutionId resolutionId,
                                                          HttpServletRequest request) {
        return answer(id, request, log -> log.resolutions().stream()
                .filter(resolution -> resolution.id().equals(resolutionId.value())).findFirst()
                .orElseThrow(() -> Rejection.notFound("no resolution " + resolutionId + " of working group " + id)));
    }

    @GetMapping("/api/working-groups/{id}/circulations")
    ResponseEntity<List<DecisionLogView.Circulation>> circulations(@PathVariable WorkingGroupId id,
                                                                  HttpServletRequest request) {
        return answer(id, request, DecisionLogView::circulations);
    }

    @GetMapping("/api/working-groups/{id}/circulations/{number}")
    ResponseEntity<DecisionLogView.Circulation> circulation(@PathVariable WorkingGroupId id,
                                                            @PathVariable int number,
                                                            HttpServletRequest request) {
        return answer(id, request, log -> log.circulations().stream()
                .filter(circulation -> circulation.number() == number).findFirst()
                .orElseThrow(() -> Rejection.notFound("no written procedure " + number + " of working group " + id)));
    }

    @GetMapping("/api/working-groups/{id}/rules")
    ResponseEntity<List<DecisionLogView.Rules>> rules(@PathVariable WorkingGroupId id,
                                                      HttpServletRequest request) {
        return answer(id, request, DecisionLogView::rules);
    }

    private <T> ResponseEntity<T> answer(WorkingGroupId id, HttpServletRequest request,
                                         Function<DecisionLogView, T> part) {
        var log = projection.logs().find(id.value())
                .orElseThrow(() -> Rejection.notFound("no working group " + id));
        requireSharedWith(request, log, id);
        return ResponseEntity.ok().eTag("\"" + log.version() + "\"")
                .body(part.apply(log.readBy(Readers.actor(request))));
    }

    /** A working group's log is shared within its region's network only: to others it is unknown. */
    private static void requireSharedWith(HttpServletRequest request, DecisionLogView log, WorkingGroupId id) {
        if (!Readers.sharesInNetworkOf(request, log.regionKey())) {
            throw Rejection.notFound("no working group " + id + " of a network you hold a role in");
        }
    }
}
