package de.regionet.infra.websocket;

import de.regionet.infra.ApiClient;
import de.regionet.infra.StompFeed;
import de.regionet.infra.TestUsers;
import de.regionet.infra.eventstore.MongoEventStore;
import de.regionet.query.live.LiveRouting;
import de.regionet.query.readmodel.EventPosition;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.messaging.simp.broker.SimpleBrokerMessageHandler;
import org.springframework.messaging.simp.stomp.StompBrokerRelayMessageHandler;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.test.annotation.DirtiesContext;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Live feeds through a real STOMP broker (ADR 0026), whichever it is: the application relays every client's frames
 * to the broker a subclass names and publishes over its own connection to it. Everything the in-process broker
 * guarantees holds: position order, resumption with {@code x-from-position}, token expiry, confinement of
 * {@code /topic/audit} per network; and what a second publisher sends again after a handover reaches no client twice.
 * Each subclass has its own context (the relay's settings) and database.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"regionet.embedded.backend=memory"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class RelayedLiveFeeds {

    static final Duration PATIENCE = Duration.ofSeconds(30);

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    MongoEventStore store;

    @Autowired
    LiveRouting routing;

    @Autowired
    JwtEncoder signingKey;

    ApiClient office;

    @BeforeAll
    void signIn() {
        office = new ApiClient(port).as(TestUsers.OFFICE);
    }

    @Test
    void the_application_relays_to_the_external_broker_instead_of_running_one_in_process() {
        assertThat(context.getBeansOfType(StompBrokerRelayMessageHandler.class)).hasSize(1);
        assertThat(context.getBeansOfType(SimpleBrokerMessageHandler.class)).isEmpty();
        await().atMost(PATIENCE).until(() -> context.getBean(StompBrokerRelayMessageHandler.class)
                .isBrokerAvailable());
    }

    @Test
    void a_subscriber_receives_the_events_through_the_broker_in_position_order_each_naming_the_one_before()
            throws Exception {
        var articles = drafts(20);
        try (var feed = StompFeed.subscribeConfirmed(port, "/topic/news", null)) {
            articles.forEach(this::publish);
            var received = feed.take(20, PATIENCE);
            assertThat(received).extracting(message -> message.get("aggregateId"))
                    .containsExactlyElementsOf(articles);
            assertIncreasing(received);
            var headers = feed.messageHeaders();
            for (int i = 1; i < headers.size(); i++) {
                assertThat(headers.get(i).getFirst("x-previous-position")).as("message " + i)
                        .isEqualTo(headers.get(i - 1).getFirst("x-position"));
            }
            assertThat(headers).allSatisfy(header -> {
                assertThat(header.getDestination()).isEqualTo("/topic/news");
                assertThat(header.containsKey(OrderedSubscriptions.LIVE_FEED_HEADER))
                        .as("the publisher's mark stays on the server").isFalse();
            });
        }
    }

    @Test
    void what_a_second_publisher_sends_again_after_a_handover_reaches_no_client_twice() throws Exception {
        var articles = drafts(6);
        long before = store.head();
        try (var feed = StompFeed.subscribeConfirmed(port, "/topic/news", null)) {
            articles.subList(0, 3).forEach(this::publish);
            var first = feed.take(3, PATIENCE);
            assertThat(first).extracting(message -> message.get("aggregateId"))
                    .containsExactlyElementsOf(articles.subList(0, 3));

            // another node takes the live feed over from the token its predecessor stored before these three and
            // sends them again, over its own connection to the broker
            var otherNode = new LiveFeedTransport(context.getBean("brokerMessagingTemplate",
                    SimpMessagingTemplate.class), Duration.ofSeconds(15), context.getEnvironment());
            try {
                resend(otherNode, before);
                articles.subList(3, 6).forEach(this::publish);
                var rest = feed.take(3, PATIENCE);
                assertThat(rest).extracting(message -> message.get("aggregateId"))
                        .containsExactlyElementsOf(articles.subList(3, 6));
                assertThat(feed.take(1, Duration.ofMillis(500))).as("nothing twice").isEmpty();
                var all = new ArrayList<>(first);
                all.addAll(rest);
                assertIncreasing(all);
            } finally {
                otherNode.stop();
            }
        }
    }

    @Test
    void a_client_that_resumes_with_its_last_position_gets_what_it_missed_then_live_ones_once_and_in_order()
            throws Exception {
        var articles = drafts(40);
        long lastSeen;
        try (var before = StompFeed.subscribeConfirmed(port, "/topic/news", null)) {
            publish(articles.get(0));
            lastSeen = position(before.take(1, PATIENCE).get(0));
        }
        var missed = articles.subList(1, 11);
        missed.forEach(this::publish);
        var duringResume = articles.subList(11, 40);

        try (var after = StompFeed.connect(port, null)) {
            var publishing = CompletableFuture.runAsync(() -> duringResume.forEach(this::publish));
            after.subscribeFrom("/topic/news", lastSeen);
            publishing.get(60, TimeUnit.SECONDS);
            var received = after.take(39, PATIENCE);
            assertThat(received).extracting(message -> message.get("aggregateId"))
                    .containsExactlyElementsOf(articles.subList(1, 40));
            assertIncreasing(received);
            assertThat(after.take(1, Duration.ofMillis(500))).as("nothing twice").isEmpty();
            assertThat(after.errors()).as("the broker's receipt for the subscription stays on the server").isEmpty();
        }
    }


    @Test
    void a_session_ends_with_its_token_in_relay_mode_too() throws Exception {
        var expiresAt = Instant.now().plus(Duration.ofSeconds(3)).truncatedTo(ChronoUnit.SECONDS);
        var claims = JwtClaimsSet.builder().issuer("regionet").subject(TestUsers.AUDITOR)
                .issuedAt(Instant.now().minus(Duration.ofSeconds(10))).expiresAt(expiresAt)
                .claim("roles", List.of("AUDITOR")).build();
        var token = signingKey.encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).build(),
                claims)).getTokenValue();
        try (var expiring = StompFeed.subscribeConfirmed(port, "/topic/news", token)) {
            await().atMost(Duration.between(Instant.now(), expiresAt.plus(Duration.ofSeconds(2))))
                    .pollInterval(Duration.ofMillis(50))
                    .until(() -> !expiring.errors().isEmpty() && !expiring.isConnected());
            assertThat(Instant.now()).as("not before the token expired").isAfterOrEqualTo(expiresAt);
            assertThat(expiring.errors().get(0)).contains("bearer token expired");
        }
    }

    @Test
    void the_audit_and_activity_feeds_deliver_each_event_to_the_readers_of_its_network_only() throws Exception {
        var api = new ApiClient(port);
        var officeNrw = api.as(TestUsers.OFFICE_NRW);
        try (var nrw = StompFeed.subscribeConfirmed(port, "/topic/audit", api.token(TestUsers.OFFICE_NRW));
             var saxonyAnhalt = StompFeed.subscribeConfirmed(port, "/topic/audit", api.token(TestUsers.AUDITOR));
             var everything = StompFeed.subscribeConfirmed(port, "/topic/audit", api.token(TestUsers.OPERATOR));
             var nrwActivity = StompFeed.subscribeConfirmed(port, "/topic/network-activity",
                     api.token(TestUsers.OFFICE_NRW));
             var saxonyAnhaltActivity = StompFeed.subscribeConfirmed(port, "/topic/network-activity",
                     api.token(TestUsers.OFFICE))) {
            register(api.as(TestUsers.OFFICE), "95732", "Testkreis Börde");
            register(officeNrw, "05362", "Rhein-Erft-Kreis");
            register(api.as(TestUsers.OFFICE), "95733", "Testkreis Harz");

            assertThat(registrationsUntil(everything, "95733")).containsExactly("95732", "05362", "95733");
            assertThat(registrationsUntil(saxonyAnhalt, "95733")).as("no NRW event for Saxony-Anhalt's auditor")
                    .containsExactly("95732", "95733");
            assertThat(registrationsUntil(nrw, "05362")).as("no Saxony-Anhalt event for NRW's office")
                    .containsExactly("05362");
            assertThat(registrationsUntil(saxonyAnhaltActivity, "95733")).as("the dashboard shows its own network")
                    .containsExactly("95732", "95733");
            assertThat(registrationsUntil(nrwActivity, "05362")).containsExactly("05362");
            for (var feed : List.of(nrw, saxonyAnhalt, everything)) {
                String last = null;
                for (var headers : feed.messageHeaders()) {
                    var position = headers.getFirst("x-position");
                    if (position == null) {
                        continue;
                    }
                    if (last != null) {
                        assertThat(headers.getFirst("x-previous-position")).as("the message at " + position)
                                .isEqualTo(last);
                    }
                    last = position;
                }
            }
        }
    }



    /** What a live-feed processor starting from {@code from} sends: every event after it, in order. */
    private void resend(LiveFeedTransport transport, long from) {
        try (var events = store.readEvents(GapAwareTrackingToken.newInstance(from, List.of()), false)) {
            var iterator = events.iterator();
            while (iterator.hasNext()) {
                TrackedEventMessage<?> event = iterator.next();
                var token = event.trackingToken();
                long position = EventPosition.of(event, token);
                transport.send(routing.deliveries(event.getPayload(), event, position), position, token);
            }
        }
    }

    private static List<String> registrationsUntil(StompFeed feed, String last) throws InterruptedException {
        var seen = new ArrayList<String>();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!seen.contains(last) && System.nanoTime() < deadline) {
            for (var message : feed.take(1, Duration.ofNanos(Math.max(1, deadline - System.nanoTime())))) {
                if ("RegionRegistered".equals(message.get("type")) && message.get("regionKey") instanceof String key
                        && List.of("95732", "05362", "95733").contains(key)) {
                    seen.add(key);
                }
            }
        }
        return seen;
    }

    private void register(ApiClient client, String key, String name) {
        var registered = client.post("/api/regions", """
                {"key":"%s","name":"%s","kind":"DISTRICT"}""".formatted(key, name));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
    }

    List<String> drafts(int count) {
        var ids = new ArrayList<String>();
        for (int i = 0; i < count; i++) {
            var response = office.post("/api/news", """
                    {"title":"Nachricht","teaser":"Kurz","body":"Text"}""");
            assertThat(response.status()).as(response.body()).isEqualTo(201);
            ids.add(response.json().get("id").asString());
        }
        return ids;
    }

    void publish(String article) {
        var response = office.post("/api/news/" + article + "/publication", "{\"at\":null}");
        assertThat(response.status()).as(response.body()).isEqualTo(204);
    }

    static long position(Map<String, Object> message) {
        return ((Number) message.get("position")).longValue();
    }

    private static void assertIncreasing(List<Map<String, Object>> messages) {
        for (int i = 1; i < messages.size(); i++) {
            assertThat(position(messages.get(i))).as("position of message " + i)
                    .isGreaterThan(position(messages.get(i - 1)));
        }
    }
}
