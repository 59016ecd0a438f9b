package de.regionet.infra.publishing;

import de.regionet.infra.ApiClient;
import de.regionet.infra.StompFeed;
import de.regionet.infra.TestUsers;
import de.regionet.kernel.NetworkTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.messaging.simp.broker.SimpleBrokerMessageHandler;

import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The network office dashboard: the latest events across the network and this month's activity per region over
 * HTTP, and every event live on {@code /topic/network-activity}, for the network office and auditors only.
 */
// Not @RegioNetTest: the dashboard it checks counts every region and event in the store.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"regionet.embedded.backend=memory", "regionet.mongo.database=networkactivity"})
class NetworkActivityTest {

    private static final Duration PATIENCE = Duration.ofSeconds(15);

    @LocalServerPort
    int port;

    @Autowired
    SimpleBrokerMessageHandler broker;

    @Test
    void the_dashboard_lists_the_latest_events_and_counts_this_months_activity_per_region() throws Exception {
        var api = new ApiClient(port);
        var office = api.as(TestUsers.OFFICE);
        try (var live = StompFeed.subscribe(port, "/topic/network-activity", broker, api.token(TestUsers.OFFICE))) {
            assertThat(office.post("/api/regions", """
                    {"key":"15089","name":"Salzlandkreis","kind":"DISTRICT"}""").status()).isEqualTo(201);
            assertThat(office.post("/api/regions", """
                    {"key":"15001","name":"Dessau-Roßlau","kind":"INDEPENDENT_CITY"}""").status()).isEqualTo(201);
            assertThat(office.post("/api/regions", """
                    {"key":"15002","name":"Halle (Saale)","kind":"INDEPENDENT_CITY"}""").status()).isEqualTo(201);
            var group = office.post("/api/working-groups", """
                    {"regionKey":"15089","name":"RAK Salzlandkreis",
                     "establishedOn":"2021-01-01"}""").json().get("id").asString();
            assertThat(office.post("/api/working-groups/" + group + "/members", """
                    {"organisation":"Jobcenter Salzlandkreis","category":"JOB_CENTRE"}""").status()).isEqualTo(201);
            assertThat(office.post("/api/news", """
                    {"title":"Netzwerktreffen","teaser":"Bald","body":"Text"}""").status()).isEqualTo(201);

            await().atMost(PATIENCE).untilAsserted(() -> {
                var activity = office.get("/api/network/activity").json();
                assertThat(activity.get("month").asString())
                        .isEqualTo(YearMonth.now(NetworkTime.ZONE).toString());
                assertThat(activity.get("total").asInt()).isEqualTo(7);
                assertThat(activity.get("stateWide").asInt()).as("the news draft").isEqualTo(1);
                var regions = activity.get("regions");
                assertThat(regions.findValuesAsString("regionKey")).containsExactly("15001", "15002", "15089");
                assertThat(regions.get(2).get("name").asString()).isEqualTo("Salzlandkreis");
                assertThat(regions.get(2).get("events").asInt()).as("registered, group attached and established, "
                        + "member admitted").isEqualTo(4);
                assertThat(regions.get(0).get("events").asInt()).isEqualTo(1);
                var latest = activity.get("latest");
                assertThat(latest.get(0).get("type").asString()).isEqualTo("NewsDrafted");
                var positions = new ArrayList<Long>();
                latest.forEach(entry -> positions.add(entry.get("position").asLong()));
                assertThat(positions).hasSize(7).isSortedAccordingTo((a, b) -> Long.compare(b, a));
            });

            var messages = live.take(7, PATIENCE);
            assertThat(messages).extracting(message -> message.get("type")).containsExactly("RegionRegistered",
                    "RegionRegistered", "RegionRegistered", "WorkingGroupAttached", "WorkingGroupEstablished",
                    "MemberAdmitted", "NewsDrafted");
        }
    }

    @Test
    void only_the_network_office_and_auditors_read_the_dashboard() throws Exception {
        var api = new ApiClient(port);
        assertThat(api.as(TestUsers.AUDITOR).get("/api/network/activity").status()).isEqualTo(200);
        assertThat(api.as(TestUsers.COORDINATOR_SALZLAND).get("/api/network/activity").status()).isEqualTo(403);
        assertThat(api.get("/api/network/activity").status()).isEqualTo(401);
        try (var feed = StompFeed.connect(port, api.token(TestUsers.SPONSOR))) {
            feed.subscribeTo("/topic/network-activity");
            assertThat(feed.awaitError()).endsWith("sponsor may not subscribe to /topic/network-activity");
        }
    }
}
