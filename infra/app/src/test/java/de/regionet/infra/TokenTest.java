package de.regionet.infra;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signing in at {@code POST /api/auth/token}, and what happens to tokens that must not be accepted: expired (more
 * than the 5 s clock skew ago), without an expiry, signed with another key, issued by someone else, or not a token at
 * all are all answered 401 with a problem document.
 */
@RegioNetTest
class TokenTest {

    @LocalServerPort
    int port;

    @Autowired
    JwtEncoder localKey;

    @Test
    void a_user_signs_in_with_http_basic_and_gets_a_short_lived_bearer_token() {
        var response = basic(TestUsers.COORDINATOR_DESSAU, TestUsers.PASSWORD);
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Cache-Control")).contains("no-store");
        var answer = response.json();
        assertThat(answer.get("token_type").asString()).isEqualTo("Bearer");
        assertThat(answer.get("expires_in").asLong()).isEqualTo(900);
        var claims = new String(Base64.getUrlDecoder().decode(answer.get("access_token").asString().split("\\.")[1]),
                StandardCharsets.UTF_8);
        assertThat(claims).contains("\"sub\":\"coordinator-dessau\"", "\"roles\":[\"REGIONAL_COORDINATOR\"]",
                "\"regions\":[\"15001\"]", "\"iss\":\"regionet\"");
        assertThat(new ApiClient(port).withToken(answer.get("access_token").asString())
                .get("/api/working-groups").status()).isEqualTo(200);
    }

    @Test
    void a_wrong_password_or_unknown_user_gets_no_token() {
        for (var response : List.of(basic(TestUsers.OFFICE, "guess"), basic("nobody", TestUsers.PASSWORD))) {
            assertProblem(response, 401);
            assertThat(response.header("WWW-Authenticate")).startsWith("Basic");
            assertThat(response.body()).doesNotContain("access_token");
        }
    }

    @Test
    void an_expired_token_is_refused() {
        var expired = token(localKey, "regionet", Instant.now().minus(Duration.ofHours(1)));
        var response = new ApiClient(port).withToken(expired).get("/api/working-groups");
        assertProblem(response, 401);
        assertThat(response.json().get("detail").asString()).contains("expired");
        assertThat(response.header("WWW-Authenticate")).contains("invalid_token");
    }

    @Test
    void a_token_six_seconds_past_its_expiry_is_refused() {
        var expired = token(localKey, "regionet", Instant.now().minus(Duration.ofSeconds(6)));
        var response = new ApiClient(port).withToken(expired).get("/api/working-groups");
        assertProblem(response, 401);
        assertThat(response.json().get("type").asString()).isEqualTo("/problems/unauthenticated");
        assertThat(response.json().get("detail").asString()).contains("expired");
    }

    @Test
    void a_token_that_expired_a_moment_ago_is_still_accepted_within_the_clock_skew() {
        var justExpired = token(localKey, "regionet", Instant.now().minus(Duration.ofSeconds(1)));
        assertThat(new ApiClient(port).withToken(justExpired).get("/api/working-groups").status()).isEqualTo(200);
    }

    @Test
    void a_token_without_expiry_is_refused() {
        var claims = JwtClaimsSet.builder().issuer("regionet").subject(TestUsers.OFFICE).issuedAt(Instant.now())
                .claim("roles", List.of("NETWORK_OFFICE")).build();
        var forever = localKey.encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).build(),
                claims)).getTokenValue();
        var response = new ApiClient(port).withToken(forever).get("/api/working-groups");
        assertProblem(response, 401);
        assertThat(response.json().get("detail").asString()).contains("exp is required");
    }

    @Test
    void a_token_signed_with_another_key_is_refused() throws Exception {
        var otherKey = new RSAKeyGenerator(2048).keyID("other").generate();
        var forged = token(new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(otherKey))), "regionet",
                Instant.now().plus(Duration.ofMinutes(5)));
        assertProblem(new ApiClient(port).withToken(forged).get("/api/working-groups"), 401);
    }

    @Test
    void a_token_from_another_issuer_is_refused() {
        var foreign = token(localKey, "someone-else", Instant.now().plus(Duration.ofMinutes(5)));
        assertProblem(new ApiClient(port).withToken(foreign).get("/api/working-groups"), 401);
    }

    @ParameterizedTest
    @ValueSource(strings = {"not-a-token", "a.b.c", "eyJhbGciOiJub25lIn0.eyJzdWIiOiJvZmZpY2UifQ."})
    void a_malformed_or_unsigned_token_is_refused(String token) {
        assertProblem(new ApiClient(port).withToken(token).get("/api/working-groups"), 401);
    }

    @Test
    void a_refused_token_is_refused_on_public_endpoints_too() {
        assertProblem(new ApiClient(port).withToken("a.b.c").get("/api/regions"), 401);
    }

    @Test
    void a_protected_endpoint_without_a_token_asks_for_one() {
        var response = new ApiClient(port).get("/api/network/overview");
        assertProblem(response, 401);
        assertThat(response.header("WWW-Authenticate")).startsWith("Bearer").doesNotContain("error=");
        assertThat(response.json().get("detail").asString()).contains("Authorization: Bearer");
    }

    private static String token(JwtEncoder key, String issuer, Instant expiresAt) {
        var claims = JwtClaimsSet.builder().issuer(issuer).subject(TestUsers.OFFICE)
                .issuedAt(expiresAt.minus(Duration.ofMinutes(15))).expiresAt(expiresAt)
                .claim("roles", List.of("NETWORK_OFFICE")).build();
        return key.encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).build(), claims))
                .getTokenValue();
    }

    private ApiClient.Response basic(String user, String password) {
        var credentials = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return new ApiClient(port).raw("POST", "/api/auth/token", null, new byte[0],
                "Authorization", "Basic " + credentials);
    }

    private static void assertProblem(ApiClient.Response response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("status").asInt()).isEqualTo(status);
        assertThat(response.json().get("detail").asString()).isNotBlank();
    }
}
