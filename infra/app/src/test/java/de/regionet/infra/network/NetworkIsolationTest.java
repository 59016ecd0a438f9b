package de.regionet.infra.network;

import de.regionet.infra.ApiClient;
import de.regionet.infra.RegioNetTest;
import de.regionet.infra.StompFeed;
import de.regionet.infra.TestUsers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.messaging.simp.broker.SimpleBrokerMessageHandler;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Acceptance 1 of issue 22 beyond the endpoint table ({@code AuthorisationTest}'s network axis): a key of another
 * state is no region of a network, whichever network's office sends it, and the live region topics are confined to
 * the subscriber's networks at SUBSCRIBE, for a network office and a coordinator alike. Keys of this class: the
 * labour-market region 05-hellweg-hochsauerland (NRW); the refused keys are never stored.
 */
@RegioNetTest
class NetworkIsolationTest {

    private static final String NRW_REGION = "05-hellweg-hochsauerland";

    @LocalServerPort
    int port;

    @Autowired
    SimpleBrokerMessageHandler broker;

    @Autowired
    SimpMessagingTemplate topics;

    @ParameterizedTest(name = "{0} registering {1} in its own network is refused naming the key")
    @CsvSource({"office, 06433, sachsen-anhalt", "office, 05913, sachsen-anhalt",
            "office-nrw, 15089, nordrhein-westfalen", "office-nrw, 06433, nordrhein-westfalen"})
    void a_key_of_another_state_is_refused_as_a_region_of_the_senders_network(String user, String key,
                                                                               String network) {
        var office = new ApiClient(port).as(user);

        var registered = office.post("/api/regions", """
                {"key":"%s","name":"Fremder Kreis","kind":"DISTRICT"}""".formatted(key));

        assertThat(registered.status()).as(registered.body()).isEqualTo(422);
        assertThat(registered.contentType()).startsWith("application/problem+json");
        assertThat(registered.json().get("errors").findValuesAsString("field")).containsExactly("key");
        assertThat(registered.body()).contains("region " + key + " lies in state " + key.substring(0, 2)
                + ", not in network " + network);
    }

    @Test
    void a_key_of_another_state_is_refused_in_the_network_it_names_and_nothing_is_stored() {
        var office = new ApiClient(port).as(TestUsers.OFFICE);

        var named = office.post("/api/regions", """
                {"key":"06433","name":"Kreis Groß-Gerau","kind":"DISTRICT","network":"sachsen-anhalt"}""");

        assertThat(named.status()).as(named.body()).isEqualTo(422);
        assertThat(named.json().get("errors").findValuesAsString("field")).containsExactly("key");
        assertThat(new ApiClient(port).get("/api/regions/06433").status()).isEqualTo(404);
        assertThat(new ApiClient(port).get("/api/regions/05913").status()).isEqualTo(404);
    }

    @ParameterizedTest(name = "{0} may not subscribe to /topic/regions.15089")
    @CsvSource({"office-nrw", "coordinator-nrw"})
    void a_region_topic_of_saxony_anhalt_is_refused_to_a_reader_of_another_network(String user) throws Exception {
        try (var feed = StompFeed.connect(port, new ApiClient(port).token(user))) {
            feed.subscribeTo("/topic/regions.15089");

            assertThat(feed.awaitError()).endsWith(user + " may not subscribe to /topic/regions.15089");
            topics.convertAndSend("/topic/regions.15089", (Object) Map.of("secret", 1));
            assertThat(feed.take(1, Duration.ofMillis(300))).isEqualTo(List.of());
        }
    }

    @Test
    void a_labour_market_region_topic_is_read_by_its_networks_office_and_its_coordinator() throws Exception {
        var api = new ApiClient(port);
        try (var office = StompFeed.subscribe(port, "/topic/regions." + NRW_REGION, broker,
                api.token(TestUsers.OFFICE_NRW));
             var coordinator = StompFeed.subscribe(port, "/topic/regions." + NRW_REGION, broker,
                     api.token(TestUsers.COORDINATOR_NRW))) {
            var registered = api.as(TestUsers.OFFICE_NRW).post("/api/regions", """
                    {"key":"%s","name":"Hellweg-Hochsauerland","kind":"LABOUR_MARKET_REGION",
                     "members":["05958","05974"]}""".formatted(NRW_REGION));
            assertThat(registered.status()).as(registered.body()).isEqualTo(201);

            for (var feed : List.of(office, coordinator)) {
                assertThat(feed.take(1, Duration.ofSeconds(10))).singleElement()
                        .satisfies(message -> assertThat(message).containsEntry("type", "RegionRegistered")
                                .containsEntry("regionKey", NRW_REGION));
            }
        }
        try (var feed = StompFeed.connect(port, api.token(TestUsers.OFFICE))) {
            feed.subscribeTo("/topic/regions." + NRW_REGION);
            assertThat(feed.awaitError()).endsWith("may not subscribe to /topic/regions." + NRW_REGION);
        }
    }
}
