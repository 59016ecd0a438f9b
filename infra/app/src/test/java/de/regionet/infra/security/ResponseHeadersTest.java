package de.regionet.infra.security;

import de.regionet.infra.ApiClient;
import de.regionet.infra.TestUsers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every answer, whatever its status and whoever asked, carries a strict Content-Security-Policy, a Referrer-Policy
 * and a Permissions-Policy; answers to HTTPS requests carry HSTS too. Here the application runs behind a
 * TLS-terminating proxy ({@code server.forward-headers-strategy=native}), which says so with
 * {@code X-Forwarded-Proto: https}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"regionet.embedded.backend=memory", "regionet.mongo.database=browserdefences",
                "server.forward-headers-strategy=native",
                "regionet.live.allowed-origins=https://portal.example.org"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ResponseHeadersTest {

    static final String CSP = "default-src 'self'; frame-ancestors 'none'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'";

    @LocalServerPort
    int port;

    ApiClient anonymous;
    ApiClient office;
    ApiClient sponsor;

    @BeforeAll
    void clients() {
        anonymous = new ApiClient(port);
        office = anonymous.as(TestUsers.OFFICE);
        sponsor = anonymous.as(TestUsers.SPONSOR);
    }

    @Test
    void every_answer_carries_the_content_security_referrer_and_permissions_policies() {
        var basic = "Basic " + Base64.getEncoder().encodeToString((TestUsers.OFFICE + ":" + TestUsers.PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        var answers = List.of(
                anonymous.get("/api/news"),                                        // 200
                anonymous.get("/api/network/overview"),                            // 401
                sponsor.post("/api/news", "{}"),                                   // 403
                office.get("/api/nothing"),                                        // 404
                office.post("/api/regions", "{}"),                                 // 400
                anonymous.raw("POST", "/api/auth/token", null, new byte[0], "Authorization", basic),   // 200
                anonymous.raw("POST", "/api/auth/token", null, new byte[0]));      // 401
        assertThat(answers).extracting(ApiClient.Response::status).containsExactly(200, 401, 403, 404, 400, 200, 401);
        assertThat(answers).allSatisfy(answer -> {
            assertThat(answer.header("Content-Security-Policy")).isEqualTo(CSP);
            assertThat(answer.header("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
            assertThat(answer.header("Permissions-Policy")).contains("camera=()", "microphone=()", "geolocation=()");
            assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(answer.header("Strict-Transport-Security")).as("not over plain HTTP").isNull();
        });
    }

    @Test
    void answers_to_https_requests_carry_strict_transport_security() {
        var overHttps = anonymous.get("/api/news", "X-Forwarded-Proto", "https");
        assertThat(overHttps.status()).isEqualTo(200);
        assertThat(overHttps.header("Strict-Transport-Security")).contains("max-age=31536000");
        assertThat(overHttps.header("Content-Security-Policy")).isEqualTo(CSP);
    }
}
