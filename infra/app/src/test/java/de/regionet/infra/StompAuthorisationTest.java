package de.regionet.infra;

import de.regionet.kernel.personal.PersonalDataVault;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.messaging.simp.broker.SimpleBrokerMessageHandler;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Live feeds are read only by whom the topic table allows: a refused SUBSCRIBE is answered with an ERROR frame, the
 * broker never registers it, and nothing of the topic arrives.
 */
@RegioNetTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StompAuthorisationTest {

    @LocalServerPort
    int port;

    @Autowired
    SimpleBrokerMessageHandler broker;

    @Autowired
    SimpMessagingTemplate topics;

    @Autowired
    PersonalDataVault vault;

    ApiClient api;
    String dessauCoordinator;
    String auditor;

    @BeforeAll
    void signIn() {
        api = new ApiClient(port);
        dessauCoordinator = api.token(TestUsers.COORDINATOR_DESSAU);
        auditor = api.token(TestUsers.AUDITOR);
    }

    @Test
    void a_coordinator_of_15001_cannot_subscribe_to_the_feed_of_15089() throws Exception {
        assertRefused(dessauCoordinator, "/topic/regions.15089",
                "coordinator-dessau may not subscribe to /topic/regions.15089");
    }

    @Test
    void an_office_and_a_coordinator_of_another_network_cannot_subscribe_to_the_feed_of_15089() throws Exception {
        assertRefused(api.token(TestUsers.OFFICE_NRW), "/topic/regions.15089",
                "office-nrw may not subscribe to /topic/regions.15089");
        assertRefused(api.token(TestUsers.COORDINATOR_NRW), "/topic/regions.15089",
                "coordinator-nrw may not subscribe to /topic/regions.15089");
    }

    @Test
    void a_coordinator_of_15001_cannot_subscribe_to_the_audit_feed() throws Exception {
        assertRefused(dessauCoordinator, "/topic/audit", "coordinator-dessau may not subscribe to /topic/audit");
    }

    @Test
    void a_coordinator_reads_the_feed_of_its_own_region() throws Exception {
        try (var feed = StompFeed.subscribe(port, "/topic/regions.15001", broker, dessauCoordinator)) {
            api.as(TestUsers.OFFICE).post("/api/regions", """
                    {"key":"15001","name":"Dessau-Roßlau","kind":"INDEPENDENT_CITY"}""");
            assertThat(feed.take(1, Duration.ofSeconds(10))).extracting(message -> message.get("type"))
                    .containsExactly("RegionRegistered");
        }
    }

    @Test
    void a_broker_pattern_matches_no_rule_and_is_refused() throws Exception {
        assertRefused(dessauCoordinator, "/topic/regions.*", "may not subscribe to /topic/regions.*");
        assertRefused(auditor, "/topic/**", "may not subscribe to /topic/**");
    }

    @Test
    void an_auditor_reads_the_audit_feed_with_who_did_it() throws Exception {
        try (var feed = StompFeed.subscribe(port, "/topic/audit", broker, auditor)) {
            api.as(TestUsers.OFFICE).post("/api/regions", """
                    {"key":"15002","name":"Halle (Saale)","kind":"INDEPENDENT_CITY"}""", "X-Request-Id", "audit-feed-1");
            var messages = feed.take(1, Duration.ofSeconds(10));
            assertThat(messages).hasSize(1);
            assertThat(messages.get(0)).containsEntry("type", "RegionRegistered").containsEntry("regionKey", "15002")
                    .containsEntry("correlationId", "audit-feed-1");
            assertThat(messages.get(0).get("principal")).as("a live message names the user by its pseudonym only")
                    .isEqualTo(vault.userSubject(TestUsers.OFFICE).value());
        }
    }

    @Test
    void an_anonymous_client_reads_the_news_and_nothing_else() throws Exception {
        try (var feed = StompFeed.subscribe(port, "/topic/news", broker, null)) {
            topics.convertAndSend("/topic/news", (Object) Map.of("headline", "Netzwerktreffen in Magdeburg"));
            assertThat(feed.take(1, Duration.ofSeconds(10))).containsExactly(
                    Map.of("headline", "Netzwerktreffen in Magdeburg"));
        }
        assertRefused(null, "/topic/regions.15089", "an anonymous client may not subscribe to /topic/regions.15089");
        assertRefused(null, "/topic/audit", "an anonymous client may not subscribe to /topic/audit");
        assertRefused(null, "/topic/results.network",
                "an anonymous client may not subscribe to /topic/results.network");
        assertRefused(null, "/topic/agreements", "an anonymous client may not subscribe to /topic/agreements");
    }

    @Test
    void clients_may_not_send_to_topics() throws Exception {
        try (var listener = StompFeed.subscribe(port, "/topic/news", broker, null);
             var sender = StompFeed.connect(port, auditor)) {
            sender.send("/topic/news", Map.of("headline", "forged"));
            assertThat(sender.awaitError()).isEqualTo("clients may not send to /topic/news");
            assertThat(listener.take(1, Duration.ofMillis(300))).isEqualTo(List.of());
        }
    }

    @Test
    void a_connect_frame_with_an_invalid_token_is_refused() throws Exception {
        assertThat(StompFeed.refusedConnection(port, "Bearer not.a.token"))
                .startsWith("the bearer token was refused");
        assertThat(StompFeed.refusedConnection(port, "Basic b2ZmaWNlOnRlc3QtcGFzc3dvcmQ="))
                .isEqualTo("the Authorization header must be Bearer <token>");
    }

    private void assertRefused(String token, String topic, String error) throws Exception {
        try (var feed = StompFeed.connect(port, token)) {
            feed.subscribeTo(topic);
            assertThat(feed.awaitError()).as("ERROR frame for " + topic).endsWith(error);
            assertThat(StompFeed.subscriptions(broker, topic.replace("*", "x"))).isZero();
            topics.convertAndSend(topic.contains("*") ? "/topic/regions.15089" : topic, (Object) Map.of("secret", 1));
            assertThat(feed.take(1, Duration.ofMillis(300))).as("nothing of " + topic).isEqualTo(List.of());
        }
    }
}
