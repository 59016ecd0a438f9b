package de.regionet.infra.security;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.OAuth2ResourceServerAutoConfiguration;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * With an identity provider configured, Boot builds the token decoder from its key set; RegioNet's token times apply
 * to it as to self-issued tokens: at most 5 s past {@code exp}, and no token without one. The provider is played by a
 * small HTTP server that serves its key set.
 */
class IdentityProviderTokenTimesTest {

    private static RSAKey providerKey;
    private static HttpServer provider;

    @BeforeAll
    static void identityProvider() throws Exception {
        providerKey = new RSAKeyGenerator(2048).keyID("provider").generate();
        var keySet = new JWKSet(providerKey.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
        provider = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        provider.createContext("/certs", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, keySet.length);
            exchange.getResponseBody().write(keySet);
            exchange.close();
        });
        provider.start();
    }

    @AfterAll
    static void stop() {
        provider.stop(0);
    }

    private final WebApplicationContextRunner application = new WebApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(OAuth2ResourceServerAutoConfiguration.class))
            .withUserConfiguration(Settings.class, TokenTimes.class)
            .withPropertyValues("spring.security.oauth2.resourceserver.jwt.jwk-set-uri=http://127.0.0.1:"
                    + provider.getAddress().getPort() + "/certs");

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(SecuritySettings.class)
    static class Settings {

        @Bean
        Clock clock() {
            return Clock.systemUTC();
        }
    }

    @Test
    void a_provider_token_six_seconds_past_its_expiry_is_refused() {
        application.run(context -> assertThatThrownBy(() -> context.getBean(JwtDecoder.class)
                .decode(token(Instant.now().minus(Duration.ofSeconds(6)))))
                .isInstanceOf(JwtValidationException.class).hasMessageContaining("expired"));
    }

    @Test
    void a_provider_token_without_expiry_is_refused() {
        application.run(context -> assertThatThrownBy(() -> context.getBean(JwtDecoder.class).decode(token(null)))
                .isInstanceOf(JwtValidationException.class).hasMessageContaining("exp is required"));
    }

    @Test
    void a_provider_token_within_the_clock_skew_or_still_valid_is_accepted() {
        application.run(context -> {
            var decoder = context.getBean(JwtDecoder.class);
            assertThat(decoder.decode(token(Instant.now().minus(Duration.ofSeconds(1)))).getSubject())
                    .isEqualTo("someone");
            assertThat(decoder.decode(token(Instant.now().plus(Duration.ofMinutes(5)))).getSubject())
                    .isEqualTo("someone");
        });
    }

    @Test
    void the_clock_skew_is_a_setting() {
        application.withPropertyValues("regionet.security.token.clock-skew=30s").run(context ->
                assertThat(context.getBean(JwtDecoder.class).decode(token(Instant.now().minus(Duration.ofSeconds(6))))
                        .getSubject()).isEqualTo("someone"));
    }

    private static String token(Instant expiresAt) {
        var claims = JwtClaimsSet.builder().subject("someone").issuedAt(Instant.now().minus(Duration.ofMinutes(1)));
        if (expiresAt != null) {
            claims.expiresAt(expiresAt);
        }
        var encoder = new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(providerKey)));
        return encoder.encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).build(),
                claims.build())).getTokenValue();
    }
}
