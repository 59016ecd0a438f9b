package de.regionet.infra.portal;

import de.regionet.kernel.NetworkTime;
import de.regionet.kernel.Rejection;
import de.regionet.kernel.access.ReadableBy;
import de.regionet.kernel.networkevent.RegistrationStatus;
import de.regionet.query.networkevent.NetworkEventProjection;
import de.regionet.query.networkevent.NetworkEventView;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;

import static de.regionet.kernel.access.ReadableBy.Audience.PUBLIC;

/**
 * The network's announced events (issue 19): coming ones first by start, then past ones, newest first; one event
 * with its description (sanitised HTML), places left and waiting list as the API tells anyone, and the way to
 * register, which leads to sign-in. Cancelled events stay visible with their reason, as in the calendar feed.
 * Who registered is never shown. The list fragment serves {@code live.js} on {@code /topic/network-events}.
 */
@Controller
class EventPages {

    private final NetworkEventProjection events;
    private final Clock clock;

    EventPages(NetworkEventProjection events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    @ReadableBy(PUBLIC)
    @GetMapping("/veranstaltungen")
    String list(Model model) {
        model.addAttribute("calendar", calendar());
        return "portal/events";
    }

    /** The lists alone, for a live refresh of {@code /veranstaltungen}. */
    @ReadableBy(PUBLIC)
    @GetMapping("/veranstaltungen/liste")
    String listFragment(Model model) {
        model.addAttribute("calendar", calendar());
        return "portal/event-fragments :: lists(calendar=${calendar})";
    }

    @ReadableBy(PUBLIC)
    @GetMapping("/veranstaltungen/{id}")
    String event(@PathVariable String id, Model model) {
        var event = events.events().find(id).filter(NetworkEventView::announced)
                .orElseThrow(() -> Rejection.notFound("no announced network event " + id));
        long taken = event.count(RegistrationStatus.REGISTERED);
        var open = event.status() == NetworkEventView.Status.PUBLISHED && event.end().isAfter(now());
        model.addAttribute("event", new Event(summary(event), event.descriptionHtml(), event.onlineUrl(),
                event.capacity(), event.capacity() == null ? null : Math.max(0, event.capacity() - taken),
                event.count(RegistrationStatus.WAITLISTED), event.cancellationReason(), open));
        return "portal/event";
    }

    private Calendar calendar() {
        var now = now();
        var announced = events.events().all("_id").stream().filter(NetworkEventView::announced).toList();
        return new Calendar(
                announced.stream().filter(event -> event.end().isAfter(now))
                        .sorted(Comparator.comparing(NetworkEventView::start).thenComparing(NetworkEventView::id))
                        .map(EventPages::summary).toList(),
                announced.stream().filter(event -> !event.end().isAfter(now))
                        .sorted(Comparator.comparing(NetworkEventView::start).reversed()
                                .thenComparing(NetworkEventView::id))
                        .map(EventPages::summary).toList());
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), NetworkTime.ZONE);
    }

    private static Summary summary(NetworkEventView event) {
        return new Summary(event.id(), event.title(), event.start(), event.end(), event.location(),
                event.status() == NetworkEventView.Status.CANCELLED);
    }

    /** Announced events yet to end, and those that ended. */
    record Calendar(List<Summary> coming, List<Summary> past) {
    }

    /** An event in Berlin's civil time. */
    record Summary(String id, String title, LocalDateTime start, LocalDateTime end, String location,
                   boolean cancelled) {
    }

    /**
     * One event: {@code placesLeft} is {@code null} without a capacity; {@code registrationOpen} while it is
     * published and yet to end.
     */
    record Event(Summary summary, String descriptionHtml, String onlineUrl, Integer capacity, Long placesLeft,
                 long waitingList, String cancellationReason, boolean registrationOpen) {
    }
}
