package de.regionet.query.agreement;

import de.regionet.kernel.Rejection;
import de.regionet.kernel.access.ReadableBy;
import de.regionet.kernel.agreement.AgreementId;
import de.regionet.kernel.agreement.Party;
import de.regionet.kernel.region.RegionKey;
import de.regionet.query.access.Readers;
import de.regionet.query.agreement.AgreementAsOf.Status;
import de.regionet.query.agreement.AgreementAsOf.VersionHistory;
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

import static de.regionet.kernel.access.ReadableBy.Audience.NETWORK;
import static de.regionet.kernel.access.ReadableBy.Audience.PUBLIC;
import static org.springframework.format.annotation.DateTimeFormat.ISO.DATE;

/**
 * Reads cooperation agreements from their read collection, as of a day ({@code asOf}, today by the application's
 * clock unless given) and as recorded at an instant ({@code knownAt}, the current record unless given). Shared
 * with everyone signed in to the network; anonymous readers get the agreements in force on that day, as
 * {@link PublicAgreement} (the portal shows which agreements bind a region, issue 19). The collection holds a few
 * dozen agreements state-wide, so filters run over all of them in memory (the embedded server would scan for any
 * filter anyway).
 */
@RestController
class AgreementQueryController {

    private final AgreementProjection projection;
    private final Clock clock;

    AgreementQueryController(AgreementProjection projection, Clock clock) {
        this.projection = projection;
        this.clock = clock;
    }

    /**
     * Agreements as of {@code asOf}, narrowed by each filter given: a party whose name contains {@code party}
     * (ignoring case); {@code region} as the agreement's region or a party's; {@code status} on that day. Readers
     * of other networks (and anonymous ones) get the public part of those in force.
     */
    @ReadableBy(PUBLIC)
    @GetMapping("/api/agreements")
    List<?> list(@RequestParam(name = "party", required = false) String party,
                 @RequestParam(name = "region", required = false) RegionKey region,
                 @RequestParam(name = "status", required = false) Status status,
                 @RequestParam(name = "asOf", required = false) @DateTimeFormat(iso = DATE) LocalDate asOf,
                 @RequestParam(name = "knownAt", required = false) KnownAt knownAt,
                 HttpServletRequest request) {
        var time = ReadTime.of(asOf, knownAt);
        var day = time.day(clock);
        var partyName = party == null ? null : Party.keyOf(party);
        var agreements = time.all(projection.agreements()).stream()
                .filter(agreement -> partyName == null || agreement.parties().stream()
                        .anyMatch(member -> Party.keyOf(member.party()).contains(partyName)))
                .filter(agreement -> region == null || region.value().equals(agreement.regionKey())
                        || agreement.parties().stream().anyMatch(member -> region.value().equals(member.regionKey())))
                .map(agreement -> new Seen(AgreementAsOf.of(agreement, day),
                        Readers.sharesIn(request, agreement.network())))
                .filter(seen -> status == null || seen.agreement().status() == status)
                .filter(seen -> seen.shared() || PublicAgreement.isPublic(seen.agreement()))
                .sorted(Comparator.comparing((Seen seen) -> seen.agreement().validFrom())
                        .thenComparing(seen -> seen.agreement().title()))
                .toList();
        return agreements.stream().map(seen -> seen.shared() ? seen.agreement()
                : PublicAgreement.of(seen.agreement())).toList();
    }

    /** An agreement as of the day asked, and whether its network shares all of it with this reader. */
    private record Seen(AgreementAsOf agreement, boolean shared) {
    }

    /**
     * For anonymous readers and people of other networks an agreement not in force on that day is unknown (404), as a
     * draft news item is, and one in force shows its public part.
     */
    @ReadableBy(PUBLIC)
    @GetMapping("/api/agreements/{id}")
    ResponseEntity<?> one(@PathVariable AgreementId id,
                          @RequestParam(name = "asOf", required = false) @DateTimeFormat(iso = DATE) LocalDate asOf,
                          @RequestParam(name = "knownAt", required = false) KnownAt knownAt,
                          HttpServletRequest request) {
        var time = ReadTime.of(asOf, knownAt);
        var agreement = time.one(projection.agreements(), id.value(), "agreement " + id).document();
        var answer = AgreementAsOf.of(agreement, time.day(clock));
        var response = ResponseEntity.ok().eTag("\"" + agreement.version() + "\"");
        if (Readers.sharesIn(request, agreement.network())) {
            return response.body(answer);
        }
        if (!PublicAgreement.isPublic(answer)) {
            throw Rejection.notFound("no agreement " + id + " in force on " + answer.asOf());
        }
        return response.body(PublicAgreement.of(answer));
    }

    /** One version of the text: the signed text is version 1, an amendment is the version it creates. */
    @ReadableBy(NETWORK)
    @GetMapping("/api/agreements/{id}/amendments/{amendment}")
    VersionHistory amendment(@PathVariable AgreementId id, @PathVariable int amendment, HttpServletRequest request) {
        var agreement = find(id);
        if (!Readers.sharesIn(request, agreement.network())) {
            throw Rejection.notFound("no agreement " + id + " of a network you hold a role in");
        }
        return AgreementAsOf.versionsOf(agreement).stream()
                .filter(text -> text.version() == amendment && amendment > 1).findFirst()
                .orElseThrow(() -> Rejection.notFound("no amendment " + amendment + " to agreement " + id));
    }

    private AgreementView find(AgreementId id) {
        return projection.agreements().find(id.value())
                .orElseThrow(() -> Rejection.notFound("no agreement " + id));
    }
}
