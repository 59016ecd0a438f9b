package de.regionet.query.practice;

import de.regionet.kernel.Rejection;
import de.regionet.kernel.access.ReadableBy;
import de.regionet.kernel.network.NetworkId;
import de.regionet.kernel.practice.PracticeId;
import de.regionet.query.access.Readers;
import de.regionet.query.result.ResultAudience;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.Optional;

import static de.regionet.kernel.access.ReadableBy.Audience.PUBLIC;

/**
 * Reads one example of good practice: open to everyone, answered to those its audience reaches
 * ({@link ResultAudience#seesShared}); a withdrawn one only to its network's office and auditors. Anyone else gets
 * 404, as for an example that does not exist. The lists are the exchange catalogue's ({@code /api/exchange}).
 */
@RestController
class PracticeQueryController {

    private final PracticeProjection projection;

    PracticeQueryController(PracticeProjection projection) {
        this.projection = projection;
    }

    @ReadableBy(PUBLIC)
    @GetMapping("/api/exchange/practices/{id}")
    ResponseEntity<PracticeView> one(@PathVariable PracticeId id, HttpServletRequest request) {
        return find(id.value(), request)
                .map(practice -> ResponseEntity.ok().eTag("\"" + practice.version() + "\"").body(practice))
                .orElseThrow(() -> Rejection.notFound("no example of good practice " + id));
    }

    private Optional<PracticeView> find(String id, HttpServletRequest request) {
        return projection.practices().find(id).filter(practice -> practice.shared()
                ? ResultAudience.seesShared(Readers.actor(request), practice.audience(),
                new NetworkId(practice.network()))
                : Readers.seesUnpublished(request, practice.network()));
    }
}
