package de.regionet.infra.portal;

import de.regionet.infra.ApiClient;
import de.regionet.infra.RegioNetTest;
import de.regionet.infra.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Feed entries lead people to the portal's pages, not to JSON: an Atom entry's alternate link is the article's
 * page, an iCalendar event's {@code URL} the event's page, and an online event's address moved to
 * {@code CONFERENCE}.
 */
@RegioNetTest
class PortalFeedLinksTest {

    @LocalServerPort
    int port;

    @Test
    void an_atom_entry_links_to_the_article_page_as_html() {
        var office = new ApiClient(port).as(TestUsers.OFFICE);
        var id = PortalPagesTest.news(office, "Feednachricht mit Seite", "Text");
        assertThat(office.post("/api/news/" + id + "/publication", "{}").status()).isEqualTo(204);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(feed("/feeds/news.atom"))
                .contains("<link rel=\"alternate\" type=\"text/html\" href=\"http://localhost:" + port
                        + "/nachrichten/" + id + "\""));
        assertThat(feed("/feeds/news.atom")).doesNotContain("/api/news/" + id);
    }

    @Test
    void a_calendar_event_links_to_the_event_page_and_keeps_its_online_address() {
        var office = new ApiClient(port).as(TestUsers.OFFICE);
        var id = PortalPagesTest.networkEvent(office, "Feedkonferenz mit Seite", null);
        assertThat(office.post("/api/network-events/" + id + "/publication", "").status()).isEqualTo(204);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(unfolded(feed("/feeds/events.ics")))
                .contains("URL:http://localhost:" + port + "/veranstaltungen/" + id + "\r\n")
                .contains("CONFERENCE;VALUE=URI:https://meet.example.org/konferenz"));
    }

    private String feed(String path) {
        return new ApiClient(port).get(path).body();
    }

    /** iCalendar folds lines at 75 octets (RFC 5545 §3.1). */
    private static String unfolded(String calendar) {
        return calendar.replace("\r\n ", "");
    }
}
