package de.regionet.infra.publishing;

import de.regionet.infra.ApiClient;
import de.regionet.infra.RegioNetTest;
import de.regionet.infra.StompFeed;
import de.regionet.infra.TestUsers;
import de.regionet.kernel.NetworkTime;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.messaging.simp.broker.SimpleBrokerMessageHandler;

import java.io.StringReader;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Network events as clients see them: the network office plans, publishes, reschedules and cancels; organisations
 * register and wait for a place; the public reads published events through the API, the iCalendar feed (parsed
 * back and validated with ical4j) and {@code /topic/network-events}.
 */
@RegioNetTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NetworkEventSliceTest {

    private static final Duration PATIENCE = Duration.ofSeconds(15);
    private static final int NEXT_YEAR = LocalDate.now(NetworkTime.ZONE).getYear() + 1;

    @LocalServerPort
    int port;

    @Autowired
    SimpleBrokerMessageHandler broker;

    ApiClient office;
    ApiClient sponsor;
    ApiClient coordinator;
    ApiClient anonymous;

    @BeforeAll
    void signIn() {
        office = new ApiClient(port).as(TestUsers.OFFICE);
        sponsor = new ApiClient(port).as(TestUsers.SPONSOR);
        coordinator = new ApiClient(port).as(TestUsers.COORDINATOR_SALZLAND);
        anonymous = new ApiClient(port);
    }

    @Test
    void an_event_is_planned_published_filled_and_its_waiting_list_moves_up() throws Exception {
        try (var events = StompFeed.subscribe(port, "/topic/network-events", broker, null)) {
            var id = draft("Regionalkonferenz Fachkräfte", "03", 2, "15089");
            assertThat(anonymous.get("/api/network-events/" + id).status()).as("a draft is not public").isEqualTo(404);
            var early = sponsor.post("/api/network-events/" + id + "/registrations",
                    "{\"organisation\":\"Bildungswerk Salzland\"}");
            assertThat(early.status()).isEqualTo(409);
            assertThat(early.json().get("detail").asString())
                    .isEqualTo("registration opens when the network event is published");

            assertThat(office.post("/api/network-events/" + id + "/publication", "", "If-Match", "\"0\"").status())
                    .isEqualTo(204);
            var first = sponsor.post("/api/network-events/" + id + "/registrations",
                    "{\"organisation\":\"Bildungswerk Salzland\"}");
            assertThat(first.status()).as(first.body()).isEqualTo(201);
            assertThat(first.json().get("status").asString()).isEqualTo("REGISTERED");
            var sponsorsRegistration = first.json().get("id").asString();
            assertThat(first.header("Location"))
                    .isEqualTo("/api/network-events/" + id + "/registrations/" + sponsorsRegistration);
            var twice = sponsor.post("/api/network-events/" + id + "/registrations",
                    "{\"organisation\":\"bildungswerk salzland\"}");
            assertThat(twice.status()).isEqualTo(409);
            var foreign = sponsor.post("/api/network-events/" + id + "/registrations",
                    "{\"organisation\":\"Jobcenter Salzlandkreis\"}");
            assertThat(foreign.status()).as("a sponsor registers its own organisation only").isEqualTo(403);

            var second = coordinator.post("/api/network-events/" + id + "/registrations",
                    "{\"organisation\":\"Jobcenter Salzlandkreis\"}");
            assertThat(second.json().get("status").asString()).isEqualTo("REGISTERED");
            var waiting = coordinator.post("/api/network-events/" + id + "/registrations",
                    "{\"organisation\":\"Agentur für Arbeit Bernburg\"}");
            assertThat(waiting.status()).isEqualTo(201);
            assertThat(waiting.json().get("status").asString()).isEqualTo("WAITLISTED");
            var waitingId = waiting.json().get("id").asString();

            assertThat(coordinator.delete("/api/network-events/" + id + "/registrations/" + sponsorsRegistration)
                    .status()).as("only who registered, or the office, cancels").isEqualTo(403);
            assertThat(sponsor.delete("/api/network-events/" + id + "/registrations/" + sponsorsRegistration)
                    .status()).isEqualTo(204);

            await().atMost(PATIENCE).untilAsserted(() -> {
                var view = office.get("/api/network-events/" + id).json();
                assertThat(view.get("placesTaken").asInt()).isEqualTo(2);
                assertThat(view.get("waitingList").asInt()).isZero();
                assertThat(view.get("registrations").findValuesAsString("id")).doesNotContain(sponsorsRegistration);
                assertThat(view.get("registrations").findValuesAsString("status")).containsOnly("REGISTERED");
                assertThat(view.get("registrations").findValuesAsString("id")).contains(waitingId);
            });
            var public_ = anonymous.get("/api/network-events/" + id);
            assertThat(public_.status()).isEqualTo(200);
            assertThat(public_.json().has("registrations")).as("who registered is not public").isFalse();
            assertThat(public_.json().get("placesLeft").asInt()).isZero();
            assertThat(public_.json().get("timeZone").asString()).isEqualTo("Europe/Berlin");
            assertThat(public_.json().get("start").asString()).isEqualTo(NEXT_YEAR + "-12-03T10:00:00+01:00");

            assertThat(office.put("/api/network-events/" + id + "/schedule",
                    "{\"start\":\"" + NEXT_YEAR + "-12-10T09:30:00+01:00\",\"end\":\"" + NEXT_YEAR
                            + "-12-10T15:00:00+01:00\"}").status()).isEqualTo(204);
            assertThat(office.post("/api/network-events/" + id + "/cancellation", "{\"reason\":\"Saal fehlt\"}")
                    .status()).isEqualTo(204);
            var late = coordinator.post("/api/network-events/" + id + "/registrations",
                    "{\"organisation\":\"IHK Magdeburg\"}");
            assertThat(late.status()).isEqualTo(409);
            assertThat(late.json().get("detail").asString()).isEqualTo("this network event is cancelled");

            assertThat(events.take(3, PATIENCE)).extracting(message -> message.get("type"))
                    .as("registrations name organisations and stay internal")
                    .containsExactly("NetworkEventPublished", "NetworkEventRescheduled", "NetworkEventCancelled");
            await().atMost(PATIENCE).until(() ->
                    "CANCELLED".equals(anonymous.get("/api/network-events/" + id).json().get("status").asString()));
        }
    }

    @Test
    void the_calendar_is_valid_icalendar_with_stable_uids_sequences_and_cancellations() throws Exception {
        var moved = draft("Workshop Netzwerkarbeit", "04", 30, "15089");
        var cancelled = draft("Fachtag Übergang Schule-Beruf", "05", 50, "15001");
        var plain = draft("Online-Sprechstunde", "06", null, null);
        var unpublished = draft("Noch geheim", "07", 10, null);
        for (var id : List.of(moved, cancelled, plain)) {
            assertThat(office.post("/api/network-events/" + id + "/publication", "").status()).isEqualTo(204);
        }
        await().atMost(PATIENCE).until(() -> vevent(calendar("/feeds/events.ics"), moved).isPresent()
                && vevent(calendar("/feeds/events.ics"), plain).isPresent());
        var before = vevent(calendar("/feeds/events.ics"), moved).orElseThrow();
        var sequenceBefore = sequence(before);

        assertThat(office.put("/api/network-events/" + moved + "/schedule", "{\"start\":\"" + NEXT_YEAR
                + "-12-11T09:00:00+01:00\",\"end\":\"" + NEXT_YEAR + "-12-11T12:00:00+01:00\"}").status())
                .isEqualTo(204);
        assertThat(office.post("/api/network-events/" + cancelled + "/cancellation",
                "{\"reason\":\"Referentin erkrankt\"}").status()).isEqualTo(204);

        await().atMost(PATIENCE).untilAsserted(() -> {
            var calendar = calendar("/feeds/events.ics");
            var after = vevent(calendar, moved).orElseThrow();
            assertThat(after.getProperty(Property.UID).orElseThrow().getValue())
                    .isEqualTo(before.getProperty(Property.UID).orElseThrow().getValue());
            assertThat(sequence(after)).isGreaterThan(sequenceBefore);
            assertThat(after.getProperty(Property.DTSTART).orElseThrow().getValue())
                    .isEqualTo(NEXT_YEAR + "1211T090000");
            assertThat(vevent(calendar, cancelled).orElseThrow().getProperty(Property.STATUS).orElseThrow().getValue())
                    .isEqualTo("CANCELLED");
        });

        var response = anonymous.get("/feeds/events.ics");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("text/calendar");
        var calendar = new CalendarBuilder().build(new StringReader(response.body()));
        assertThat(calendar.validate().hasErrors()).as(calendar.validate().toString()).isFalse();
        assertThat(calendar.getComponents("VTIMEZONE")).hasSize(1);
        var start = vevent(calendar, moved).orElseThrow().getProperty(Property.DTSTART).orElseThrow();
        assertThat(start.getParameter("TZID").orElseThrow().getValue()).isEqualTo("Europe/Berlin");
        assertThat(vevent(calendar, plain).orElseThrow().getProperty(Property.STATUS).orElseThrow().getValue())
                .isEqualTo("CONFIRMED");
        assertThat(vevent(calendar, plain).orElseThrow().getProperty(Property.URL)).isPresent();
        assertThat(vevent(calendar, unpublished)).as("drafts stay out of the calendar").isEmpty();
        assertThat(vevent(calendar, cancelled).orElseThrow().getProperty(Property.DESCRIPTION).orElseThrow()
                .getValue()).startsWith("Abgesagt: Referentin erkrankt");

        var forSalzland = calendar("/feeds/events.ics?region=15089");
        assertThat(vevent(forSalzland, moved)).isPresent();
        assertThat(vevent(forSalzland, plain)).as("an event for every region").isPresent();
        assertThat(vevent(forSalzland, cancelled)).isEmpty();
    }

    @Test
    void an_unchanged_calendar_answers_304() {
        var first = anonymous.get("/feeds/events.ics");
        var etag = first.header("ETag");
        assertThat(etag).isNotBlank();
        assertThat(anonymous.raw("GET", "/feeds/events.ics", null, new byte[0], "If-None-Match", etag).status())
                .isEqualTo(304);
        assertThat(anonymous.raw("GET", "/feeds/events.ics?region=15089", null, new byte[0], "If-None-Match", etag)
                .status()).as("another feed, another tag").isIn(200, 304);
    }

    @Test
    void the_list_filters_by_dates_and_region_and_shows_drafts_to_the_office_only() {
        var january = draft("Januar-Treffen", "01", 10, "15089", (NEXT_YEAR + 1) + "-01-20");
        var unpublished = draft("Entwurf im Januar", "01", 10, "15089", (NEXT_YEAR + 1) + "-01-21");
        assertThat(office.post("/api/network-events/" + january + "/publication", "").status()).isEqualTo(204);
        var range = "from=" + (NEXT_YEAR + 1) + "-01-01&to=" + (NEXT_YEAR + 1) + "-01-31";
        await().atMost(PATIENCE).untilAsserted(() ->
                assertThat(anonymous.get("/api/network-events?" + range).json().findValuesAsString("id"))
                        .containsExactly(january));
        assertThat(office.get("/api/network-events?" + range).json().findValuesAsString("id"))
                .containsExactly(january, unpublished);
        assertThat(anonymous.get("/api/network-events?" + range + "&region=15001").json().findValuesAsString("id"))
                .isEmpty();
        assertThat(anonymous.get("/api/network-events?from=" + (NEXT_YEAR + 1) + "-02-01").json()
                .findValuesAsString("id")).doesNotContain(january);
        assertThat(anonymous.get("/api/network-events?from=2030-02-01&to=2030-01-01").status()).isEqualTo(422);
    }

    private String draft(String title, String hour, Integer capacity, String region) {
        return draft(title, hour, capacity, region, NEXT_YEAR + "-12-03");
    }

    private String draft(String title, String hour, Integer capacity, String region, String day) {
        var response = office.post("/api/network-events", """
                {"title":"%s","description":"## Ablauf\\n\\n*Begrüßung* und Austausch","start":"%sT10:00:00+01:00",
                 "end":"%sT16:30:00+01:00","location":"Magdeburg, Landeshaus","onlineUrl":%s,"capacity":%s,
                 "regionKeys":[%s]}""".formatted(title, day, day,
                capacity == null ? "\"https://meet.example.org/regio\"" : "null", capacity,
                region == null ? "" : "\"" + region + "\""));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("id").asString();
    }

    private Calendar calendar(String path) throws Exception {
        return new CalendarBuilder().build(new StringReader(anonymous.get(path).body()));
    }

    private static Optional<VEvent> vevent(Calendar calendar, String id) {
        return calendar.<VEvent>getComponents("VEVENT").stream()
                .filter(event -> event.getProperty(Property.UID).map(uid -> uid.getValue().equals(id + "@regionet"))
                        .orElse(false))
                .findFirst();
    }

    private static int sequence(VEvent event) {
        return Integer.parseInt(event.getProperty(Property.SEQUENCE).orElseThrow().getValue());
    }
}
