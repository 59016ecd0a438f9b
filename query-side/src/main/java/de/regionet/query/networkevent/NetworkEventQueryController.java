package de.regionet.query.networkevent;

import com.fasterxml.jackson.annotation.JsonInclude;
import de.regionet.kernel.NetworkTime;
import de.regionet.kernel.Rejection;
import de.regionet.kernel.access.ReadableBy;
import de.regionet.kernel.networkevent.NetworkEventId;
import de.regionet.kernel.networkevent.RegistrationStatus;
import de.regionet.kernel.region.RegionKey;
import de.regionet.query.access.Readers;
import de.regionet.kernel.personal.PersonalDataVault;
import de.regionet.query.networkevent.NetworkEventView.Status;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;

import static de.regionet.kernel.access.ReadableBy.Audience.PUBLIC;

/**
 * Reads network events from their read collection, soonest first. Everyone reads published events (also once
 * cancelled) with their number of places taken; the network office and auditors also see drafts and which
 * organisations registered, with their participants opened until erased. Times are given with Berlin's offset on
 * that day.
 */
@RestController
class NetworkEventQueryController {

    private final NetworkEventProjection projection;
    private final Participants participants;

    NetworkEventQueryController(NetworkEventProjection projection, PersonalDataVault vault) {
        this.projection = projection;
        this.participants = new Participants(vault);
    }

    /** A network event as readers get it; {@code registrations} only for the network office and auditors. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record NetworkEventAnswer(String id, String title, String description, String descriptionHtml,
                              OffsetDateTime start, OffsetDateTime end, String timeZone, String location,
                              String onlineUrl, Integer capacity, List<String> regionKeys, Status status,
                              String cancellationReason, long placesTaken, long waitingList, Long placesLeft,
                              List<Participants.RegistrationLine> registrations, long version) {

        /** {@code registrations}: how to answer them, {@code null} for readers who do not see them. */
        static NetworkEventAnswer of(NetworkEventView view, Participants registrations) {
            long taken = view.count(RegistrationStatus.REGISTERED);
            return new NetworkEventAnswer(view.id(), view.title(), view.description(), view.descriptionHtml(),
                    view.start().atZone(NetworkTime.ZONE).toOffsetDateTime(),
                    view.end().atZone(NetworkTime.ZONE).toOffsetDateTime(), NetworkTime.ZONE.getId(),
                    view.location(), view.onlineUrl(), view.capacity(), view.regionKeys(), view.status(),
                    view.cancellationReason(), taken, view.count(RegistrationStatus.WAITLISTED),
                    view.capacity() == null ? null : Math.max(0, view.capacity() - taken),
                    registrations == null ? null : view.registrations().stream().map(registrations::line).toList(),
                    view.version());
        }
    }

    @ReadableBy(PUBLIC)
    @GetMapping("/api/network-events")
    List<NetworkEventAnswer> list(@RequestParam(name = "from", required = false)
                                  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                  @RequestParam(name = "to", required = false)
                                  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                  @RequestParam(name = "region", required = false) RegionKey region,
                                  HttpServletRequest request) {
        if (from != null && to != null && to.isBefore(from)) {
            throw Rejection.invalid("to", "to (" + to + ") must not be before from (" + from + ")");
        }
        return projection.events().all("_id").stream()
                .filter(event -> event.announced() || Readers.seesUnpublished(request, event.network()))
                .filter(event -> from == null || event.end().isAfter(from.atStartOfDay()))
                .filter(event -> to == null || !event.start().toLocalDate().isAfter(to))
                .filter(event -> region == null || event.concerns(region.value()))
                .sorted(Comparator.comparing(NetworkEventView::start).thenComparing(NetworkEventView::id))
                .map(event -> NetworkEventAnswer.of(event,
                        Readers.seesUnpublished(request, event.network()) ? participants : null))
                .toList();
    }

    @ReadableBy(PUBLIC)
    @GetMapping("/api/network-events/{id}")
    ResponseEntity<NetworkEventAnswer> one(@PathVariable NetworkEventId id, HttpServletRequest request) {
        return projection.events().find(id.value())
                .filter(event -> event.announced() || Readers.seesUnpublished(request, event.network()))
                .map(event -> ResponseEntity.ok().eTag("\"" + event.version() + "\"")
                        .body(NetworkEventAnswer.of(event,
                                Readers.seesUnpublished(request, event.network()) ? participants : null)))
                .orElseThrow(() -> Rejection.notFound("no network event " + id));
    }
}
