package de.regionet.query.call;

import de.regionet.kernel.Rejection;
import de.regionet.kernel.access.ReadableBy;
import de.regionet.kernel.call.CallId;
import de.regionet.kernel.call.ProposalId;
import de.regionet.kernel.network.NetworkId;
import de.regionet.kernel.programme.FundingArea;
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

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import static de.regionet.kernel.access.ReadableBy.Audience.NETWORK;
import static de.regionet.kernel.access.ReadableBy.Audience.PUBLIC;
import static org.springframework.format.annotation.DateTimeFormat.ISO.DATE;

/**
 * Reads calls for projects. That a call exists, its terms and its outcome are shared with the whole network; the
 * proposals themselves only with the call's region (and each sponsor with its own), see {@link CallView#readBy}.
 * A few hundred calls state-wide, so filters run in memory over all of them. Lists and calls answer as of a day
 * ({@code asOf}, {@link CallOnDay}) and as recorded at an instant ({@code knownAt}); the filters apply to that
 * answer. Open calls are public (a sponsor finds them on the portal, issue 19): anonymous readers get only those, as
 * {@link PublicCall}, without proposals or selection.
 */
@RestController
class CallQueryController {

    private final CallProjection projection;

    CallQueryController(CallProjection projection) {
        this.projection = projection;
    }

    /** Calls narrowed by each filter given ({@code network}: the calls of that network); the latest deadline first. */
    @ReadableBy(PUBLIC)
    @GetMapping("/api/calls")
    List<?> list(@RequestParam(name = "region", required = false) RegionKey region,
                 @RequestParam(name = "network", required = false) NetworkId network,
                 @RequestParam(name = "status", required = false) CallView.Status status,
                 @RequestParam(name = "fundingArea", required = false) FundingArea fundingArea,
                 @RequestParam(name = "asOf", required = false) @DateTimeFormat(iso = DATE) LocalDate asOf,
                 @RequestParam(name = "knownAt", required = false) KnownAt knownAt,
                 HttpServletRequest request) {
        var reader = Readers.actor(request);
        var time = ReadTime.of(asOf, knownAt);
        var calls = asOf == null && knownAt == null ? projection.calls().all("_id") : time.all(projection.calls());
        var answers = calls.stream().map(call -> asOf == null ? call : CallOnDay.asOf(call, asOf))
                .filter(call -> region == null || region.value().equals(call.regionKey()))
                .filter(call -> network == null || network.value().equals(call.network()))
                .filter(call -> status == null || call.status() == status)
                .filter(call -> fundingArea == null || call.fundingArea().equals(fundingArea.value()))
                .sorted(Comparator.comparing(CallView::deadline).reversed().thenComparing(CallView::id))
                .map(call -> call.readBy(reader))
                .toList();
        return reader.isPresent() ? answers
                : answers.stream().filter(PublicCall::isPublic).map(PublicCall::of).toList();
    }

    /** For anonymous readers a call that is no longer open is unknown (404). */
    @ReadableBy(PUBLIC)
    @GetMapping("/api/calls/{id}")
    ResponseEntity<?> one(@PathVariable CallId id,
                          @RequestParam(name = "asOf", required = false) @DateTimeFormat(iso = DATE) LocalDate asOf,
                          @RequestParam(name = "knownAt", required = false) KnownAt knownAt,
                          HttpServletRequest request) {
        var call = ReadTime.of(asOf, knownAt).one(projection.calls(), id.value(), "call " + id).document();
        var answer = asOf == null ? call : CallOnDay.asOf(call, asOf);
        var reader = Readers.actor(request);
        var response = ResponseEntity.ok().eTag("\"" + call.version() + "\"");
        if (reader.isPresent()) {
            return response.body(answer.readBy(reader));
        }
        if (!PublicCall.isPublic(answer)) {
            throw Rejection.notFound("no open call " + id);
        }
        return response.body(PublicCall.of(answer));
    }

    /** One proposal, where its creation pointed: only for readers who may see it (else it is unknown to them). */
    @ReadableBy(NETWORK)
    @GetMapping("/api/calls/{id}/proposals/{proposalId}")
    CallView.Proposal proposal(@PathVariable CallId id, @PathVariable ProposalId proposalId,
                               HttpServletRequest request) {
        var call = projection.calls().find(id.value()).orElseThrow(() -> Rejection.notFound("no call " + id));
        return call.readBy(Readers.actor(request)).proposals().stream()
                .filter(proposal -> proposal.id().equals(proposalId.value())).findFirst()
                .orElseThrow(() -> Rejection.notFound("no proposal " + proposalId + " you may read in call " + id));
    }
}
