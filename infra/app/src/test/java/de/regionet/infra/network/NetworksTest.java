package de.regionet.infra.network;

import de.regionet.infra.ApiClient;
import de.regionet.infra.RegioNetTest;
import de.regionet.infra.StompFeed;
import de.regionet.infra.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.messaging.simp.broker.SimpleBrokerMessageHandler;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Several state networks in one installation: the networks are public with their states' keys; a labour-market
 * region of several territories belongs to North Rhine-Westphalia's network; an office of one network acts for no
 * region of another, on HTTP and on the live feed, and a key of another state is refused as a region of a network
 * (422: a rule of the domain, as every refusal the aggregates make).
 */
@RegioNetTest
class NetworksTest {

    /** Test territories of Saxony-Anhalt's network in this class: 99661–99669. */
    private static final String SA_REGION = "99661";

    @LocalServerPort
    int port;

    @Autowired
    SimpleBrokerMessageHandler broker;

    @Test
    void the_networks_are_public_with_their_states_official_keys() {
        var networks = new ApiClient(port).get("/api/networks");

        assertThat(networks.status()).isEqualTo(200);
        var listed = new ArrayList<String>();
        networks.json().forEach(network -> listed.add(network.get("id").asString() + " "
                + network.get("stateKey").asString()));
        assertThat(listed).containsExactly("sachsen-anhalt 15", "nordrhein-westfalen 05", "hessen 06");
        assertThat(new ApiClient(port).get("/api/networks/bayern").status()).isEqualTo(404);
    }

    @Test
    void a_labour_market_region_belongs_to_its_network_with_its_member_territories() {
        var nrw = new ApiClient(port).as(TestUsers.OFFICE_NRW);
        var registered = nrw.post("/api/regions", """
                {"key":"05-westfaelisches-ruhrgebiet","name":"Westfälisches Ruhrgebiet","kind":"LABOUR_MARKET_REGION",
                 "members":["05913","05915","05978"]}""");
        assertThat(registered.status()).isEqualTo(201);

        await().atMost(Duration.ofSeconds(10)).until(() -> new ApiClient(port)
                .get("/api/regions/05-westfaelisches-ruhrgebiet").status() == 200);
        var region = new ApiClient(port).get("/api/regions/05-westfaelisches-ruhrgebiet").json();
        assertThat(region.get("network").asString()).isEqualTo("nordrhein-westfalen");
        assertThat(region.get("members").toString()).isEqualTo("[\"05913\",\"05915\",\"05978\"]");
        assertThat(keys("/api/networks/nordrhein-westfalen/regions")).contains("05-westfaelisches-ruhrgebiet");
        assertThat(keys("/api/networks/sachsen-anhalt/regions")).doesNotContain("05-westfaelisches-ruhrgebiet");
        assertThat(keys("/api/regions?territory=05915")).containsExactly("05-westfaelisches-ruhrgebiet");

        assertThat(overviewKeys(nrw)).contains("05-westfaelisches-ruhrgebiet").allMatch(key -> key.startsWith("05"));
        assertThat(overviewKeys(new ApiClient(port).as(TestUsers.OFFICE)))
                .doesNotContain("05-westfaelisches-ruhrgebiet");
        assertThat(nrw.get("/api/network/overview?network=sachsen-anhalt").status()).isEqualTo(403);

        var hamm = nrw.post("/api/regions", """
                {"key":"05915","name":"Hamm","kind":"INDEPENDENT_CITY"}""");
        assertThat(hamm.status()).isEqualTo(409);
        assertThat(hamm.body()).contains("territory 05915 belongs to region 05-westfaelisches-ruhrgebiet already");
    }

    @Test
    void a_labour_market_region_has_its_live_topic_under_its_own_id() throws Exception {
        var token = new ApiClient(port).token(TestUsers.OFFICE_NRW);
        try (var feed = StompFeed.subscribe(port, "/topic/regions.05-emscher-lippe", broker, token)) {
            var registered = new ApiClient(port).withToken(token).post("/api/regions", """
                    {"key":"05-emscher-lippe","name":"Emscher-Lippe","kind":"LABOUR_MARKET_REGION",
                     "members":["05512","05562"]}""");
            assertThat(registered.status()).isEqualTo(201);

            var messages = feed.take(1, Duration.ofSeconds(10));
            assertThat(messages).hasSize(1);
            assertThat(messages.get(0)).containsEntry("type", "RegionRegistered")
                    .containsEntry("regionKey", "05-emscher-lippe");
        }
    }

    @Test
    void an_office_of_one_network_is_refused_what_belongs_to_another() throws Exception {
        var office = new ApiClient(port).as(TestUsers.OFFICE);
        var nrw = new ApiClient(port).as(TestUsers.OFFICE_NRW);
        assertThat(office.post("/api/regions", """
                {"key":"%s","name":"Testkreis Netzwerke","kind":"DISTRICT"}""".formatted(SA_REGION)).status())
                .isEqualTo(201);

        assertThat(nrw.post("/api/regions", """
                {"key":"99662","name":"Fremder Testkreis","kind":"DISTRICT","network":"sachsen-anhalt"}""").status())
                .isEqualTo(403);
        assertThat(nrw.post("/api/working-groups", """
                {"regionKey":"%s","name":"RAK Testkreis","establishedOn":"2024-01-01"}""".formatted(SA_REGION))
                .status()).isEqualTo(403);
        try (var feed = StompFeed.connect(port, new ApiClient(port).token(TestUsers.OFFICE_NRW))) {
            feed.subscribeTo("/topic/regions." + SA_REGION);
            assertThat(feed.awaitError()).contains("may not subscribe to /topic/regions." + SA_REGION);
        }
    }

    @Test
    void a_key_of_another_state_is_refused_as_a_region_of_a_network() {
        var office = new ApiClient(port).as(TestUsers.OFFICE);

        var hesse = office.post("/api/regions", """
                {"key":"06433","name":"Kreis Groß-Gerau","kind":"DISTRICT"}""");
        assertThat(hesse.status()).isEqualTo(422);
        assertThat(hesse.contentType()).startsWith("application/problem+json");
        assertThat(hesse.body()).contains("region 06433 lies in state 06, not in network sachsen-anhalt");
        var named = office.post("/api/regions", """
                {"key":"06433","name":"Kreis Groß-Gerau","kind":"DISTRICT","network":"nordrhein-westfalen"}""");
        assertThat(named.status()).isEqualTo(422);
        assertThat(new ApiClient(port).get("/api/regions/06433").status()).isEqualTo(404);
    }

    @Test
    void news_of_one_network_is_drafted_seen_and_changed_by_its_own_office_only() {
        var nrw = new ApiClient(port).as(TestUsers.OFFICE_NRW);
        var office = new ApiClient(port).as(TestUsers.OFFICE);
        var drafted = nrw.post("/api/news", """
                {"title":"Fachkräfteinitiative Westfälisches Ruhrgebiet","teaser":"Umsetzungskonzept vorgestellt",
                 "body":"Die Regionalagentur stellt das Umsetzungskonzept vor."}""");
        assertThat(drafted.status()).isEqualTo(201);
        var id = drafted.json().get("id").asString();
        await().atMost(Duration.ofSeconds(10)).until(() -> nrw.get("/api/news/" + id).status() == 200);

        assertThat(nrw.get("/api/news/" + id).json().get("network").asString()).isEqualTo("nordrhein-westfalen");
        assertThat(office.get("/api/news/" + id).status()).isEqualTo(404);
        assertThat(office.get("/api/news").body()).doesNotContain(id);
        assertThat(office.put("/api/news/" + id, """
                {"title":"Übernommen","teaser":"x","body":"y"}""", "If-Match", "\"0\"").status()).isEqualTo(403);
        assertThat(office.post("/api/news/" + id + "/publication", "{}").status()).isEqualTo(403);
        assertThat(office.post("/api/news", """
                {"title":"Fremd","teaser":"x","body":"y","network":"nordrhein-westfalen"}""").status()).isEqualTo(403);
    }

    private static List<String> overviewKeys(ApiClient reader) {
        var keys = new ArrayList<String>();
        reader.get("/api/network/overview").json().forEach(region -> keys.add(region.get("regionKey").asString()));
        return keys;
    }

    private List<String> keys(String path) {
        var keys = new ArrayList<String>();
        new ApiClient(port).get(path).json().forEach(region -> keys.add(region.get("key").asString()));
        return keys;
    }
}
