package de.regionet.query.syndication;

import de.regionet.kernel.NetworkTime;
import de.regionet.kernel.access.ReadableBy;
import de.regionet.kernel.region.RegionKey;
import de.regionet.query.markdown.Markdown;
import de.regionet.query.networkevent.NetworkEventProjection;
import de.regionet.query.networkevent.NetworkEventView;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.parameter.Value;
import net.fortuna.ical4j.model.property.Conference;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;

import static de.regionet.kernel.access.ReadableBy.Audience.PUBLIC;

/**
 * Published network events as an iCalendar (RFC 5545) feed, written by ical4j. Each event keeps its UID for good;
 * {@code SEQUENCE} counts its changes of time and status, so calendars replace a rescheduled event instead of adding
 * one, and a cancelled event stays in the feed with {@code STATUS:CANCELLED}. Times carry {@code TZID=Europe/Berlin}
 * with its {@code VTIMEZONE}. {@code URL} is the event's portal page (issue 19); an event may have only one, so an
 * online event's address goes into {@code CONFERENCE} (RFC 7986). {@code ?region=} keeps the events that concern
 * the region (they name it, or name none). Answers {@code ETag} and {@code 304}.
 */
@RestController
class EventCalendarController {

    /** The portal's page of an event, where a calendar's link takes a person (issue 19). */
    static final String EVENT_PAGE = "/veranstaltungen/{id}";
    static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");
    private static final TimeZoneRegistry ZONES = TimeZoneRegistryFactory.getInstance().createRegistry();

    private final NetworkEventProjection events;

    EventCalendarController(NetworkEventProjection events) {
        this.events = events;
    }

    @ReadableBy(PUBLIC)
    @GetMapping("/feeds/events.ics")
    ResponseEntity<byte[]> calendar(@RequestParam(name = "region", required = false) RegionKey region,
                                    WebRequest request) throws IOException {
        var calendar = new Calendar().withProdId("-//RegioNet//Veranstaltungen der Netzwerkstelle//DE")
                .withDefaults()
                .withProperty(new XProperty("X-WR-CALNAME", region == null ? "RegioNet: Veranstaltungen"
                        : "RegioNet: Veranstaltungen für Region " + region))
                .withProperty(new XProperty("X-WR-TIMEZONE", NetworkTime.ZONE.getId()))
                .withComponent(ZONES.getTimeZone(NetworkTime.ZONE.getId()).getVTimeZone())
                .getFluentTarget();
        events.events().all("_id").stream()
                .filter(NetworkEventView::announced)
                .filter(event -> region == null || event.concerns(region.value()))
                .sorted(Comparator.comparing(NetworkEventView::start).thenComparing(NetworkEventView::id))
                .forEach(event -> calendar.add(vevent(event)));
        var text = new StringWriter();
        new CalendarOutputter(false).output(calendar, text);
        return FeedAnswers.answer(text.toString(), CALENDAR, request);
    }

    private static VEvent vevent(NetworkEventView event) {
        var vevent = new VEvent(false);
        vevent.add(new Uid(event.id() + "@regionet"));
        vevent.add(new DtStamp(event.updatedAt()));
        vevent.add(new LastModified(event.updatedAt()));
        vevent.add(new DtStart<ZonedDateTime>(event.start().atZone(NetworkTime.ZONE)));
        vevent.add(new DtEnd<ZonedDateTime>(event.end().atZone(NetworkTime.ZONE)));
        vevent.add(new Sequence(event.sequence()));
        vevent.add(new Summary(event.title()));
        vevent.add(new Status(event.status() == NetworkEventView.Status.CANCELLED ? Status.VALUE_CANCELLED
                : Status.VALUE_CONFIRMED));
        var description = Markdown.toPlainText(event.description());
        if (event.cancellationReason() != null) {
            description = "Abgesagt: " + event.cancellationReason() + "\n\n" + description;
        }
        vevent.add(new Description(description));
        if (event.location() != null) {
            vevent.add(new Location(event.location()));
        }
        vevent.add(new Url(URI.create(ServletUriComponentsBuilder.fromCurrentContextPath().path(EVENT_PAGE)
                .buildAndExpand(event.id()).toUriString())));
        if (event.onlineUrl() != null) {
            vevent.add(new Conference(new ParameterList(List.of(Value.URI)), event.onlineUrl()));
        }
        return vevent;
    }
}
