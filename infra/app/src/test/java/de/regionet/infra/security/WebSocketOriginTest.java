package de.regionet.infra.security;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A browser may open the live feed's WebSocket only from a page of RegioNet's own origin or of one
 * {@code regionet.live.allowed-origins} names (here one portal); a handshake from any other Origin is refused 403.
 * Clients that are no browser send no Origin and connect as before.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"regionet.embedded.backend=memory", "regionet.mongo.database=browserdefences",
                "server.forward-headers-strategy=native",
                "regionet.live.allowed-origins=https://portal.example.org"})
class WebSocketOriginTest {

    @LocalServerPort
    int port;

    @Test
    void a_handshake_from_a_foreign_origin_is_refused() {
        var answer = RawHttp.handshake(port, "https://attacker.example");
        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.header("Upgrade")).isNull();
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(answer.body()).contains("\"type\":\"/problems/forbidden\"", "another origin");
    }

    @Test
    void a_handshake_from_the_same_origin_is_accepted() {
        assertThat(RawHttp.handshake(port, "http://localhost:" + port).status()).isEqualTo(101);
    }

    @Test
    void a_handshake_from_an_allowed_origin_is_accepted() {
        assertThat(RawHttp.handshake(port, "https://portal.example.org").status()).isEqualTo(101);
    }

    @Test
    void a_client_that_is_no_browser_sends_no_origin_and_is_accepted() {
        assertThat(RawHttp.handshake(port, null).status()).isEqualTo(101);
    }
}
