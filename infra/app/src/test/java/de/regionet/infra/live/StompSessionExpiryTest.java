package de.regionet.infra.live;

import de.regionet.infra.ApiClient;
import de.regionet.infra.RegioNetTest;
import de.regionet.infra.StompFeed;
import de.regionet.infra.TestUsers;
import de.regionet.infra.eventstore.MongoEventStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.messaging.simp.broker.SimpleBrokerMessageHandler;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A STOMP session ends with its token: when the token's {@code exp} passes, the client gets an ERROR frame and the
 * connection is closed, within 2 s. It signs in again, connects with the new token, resumes with
 * {@code x-from-position} and gets every event committed meanwhile, none lost and none twice.
 */
@RegioNetTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StompSessionExpiryTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final Duration LIFETIME = Duration.ofSeconds(4);

    @LocalServerPort
    int port;

    @Autowired
    SimpleBrokerMessageHandler broker;

    @Autowired
    MongoEventStore store;

    @Autowired
    JwtEncoder signingKey;

    ApiClient office;

    @BeforeAll
    void signIn() {
        office = new ApiClient(port).as(TestUsers.OFFICE);
    }

    @Test
    void a_session_gets_an_error_and_is_closed_when_its_token_expires_and_resumes_with_a_new_token_losing_nothing()
            throws Exception {
        var articles = drafts(30);
        long lastSeen = store.head();
        // a token names its expiry in whole seconds
        var expiresAt = Instant.now().plus(LIFETIME).truncatedTo(ChronoUnit.SECONDS);
        var received = new ArrayList<Map<String, Object>>();

        try (var expiring = StompFeed.subscribe(port, "/topic/news", broker, token(TestUsers.AUDITOR, expiresAt))) {
            articles.subList(0, 10).forEach(this::publish);
            var closedBy = expiresAt.plus(Duration.ofSeconds(2));
            await().atMost(Duration.between(Instant.now(), closedBy)).pollInterval(Duration.ofMillis(50))
                    .until(() -> !expiring.errors().isEmpty() && !expiring.isConnected());
            assertThat(Instant.now()).as("not before the token expired").isAfterOrEqualTo(expiresAt);
            assertThat(expiring.errors().get(0)).contains("bearer token expired");

            articles.subList(10, 20).forEach(this::publish);
            received.addAll(expiring.drain());
        }
        if (!received.isEmpty()) {
            lastSeen = position(received.get(received.size() - 1));
        }

        try (var renewed = StompFeed.connect(port, new ApiClient(port).token(TestUsers.AUDITOR))) {
            renewed.subscribeFrom("/topic/news", lastSeen);
            articles.subList(20, 30).forEach(this::publish);
            received.addAll(renewed.take(30 - received.size(), PATIENCE));
        }

        assertThat(received).extracting(message -> message.get("aggregateId")).as("every article once, in order")
                .containsExactlyElementsOf(articles);
        for (int i = 1; i < received.size(); i++) {
            assertThat(position(received.get(i))).isGreaterThan(position(received.get(i - 1)));
        }
    }

    @Test
    void a_token_that_has_expired_connects_no_session_even_within_the_clock_skew() throws Exception {
        var expired = token(TestUsers.AUDITOR, Instant.now().minus(Duration.ofSeconds(1)));
        assertThat(StompFeed.refusedConnection(port, "Bearer " + expired)).contains("bearer token expired");
    }

    private String token(String user, Instant expiresAt) {
        var claims = JwtClaimsSet.builder().issuer("regionet").subject(user)
                .issuedAt(Instant.now().minus(Duration.ofSeconds(10))).expiresAt(expiresAt)
                .claim("roles", List.of("AUDITOR")).build();
        return signingKey.encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).build(), claims))
                .getTokenValue();
    }

    private List<String> drafts(int count) {
        var ids = new ArrayList<String>();
        for (int i = 0; i < count; i++) {
            var response = office.post("/api/news", """
                    {"title":"Nachricht","teaser":"Kurz","body":"Text"}""");
            assertThat(response.status()).as(response.body()).isEqualTo(201);
            ids.add(response.json().get("id").asString());
        }
        return ids;
    }

    private void publish(String article) {
        var response = office.post("/api/news/" + article + "/publication", "{\"at\":null}");
        assertThat(response.status()).as(response.body()).isEqualTo(204);
    }

    private static long position(Map<String, Object> message) {
        return ((Number) message.get("position")).longValue();
    }
}
