package de.regionet.infra.security;

import de.regionet.infra.keys.SigningKey;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import de.regionet.infra.mongo.MongoProperties;
import de.regionet.kernel.network.Networks;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

import java.util.List;

/**
 * The embedded default: without an identity provider configured, RegioNet is its own token issuer. Embedded users
 * sign in with HTTP Basic at {@code POST /api/auth/token} and get a short-lived JWT signed with the local key;
 * every other request is then validated exactly as in production, by the resource server.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(SelfIssuing.class)
class SelfIssuedTokens {

    static final String TOKEN_PATH = "/api/auth/token";

    private final RSAKey key;

    SelfIssuedTokens(SecuritySettings settings, MongoProperties storage) {
        var file = settings.security().token().keyFile() != null ? settings.security().token().keyFile()
                : storage.dataDir().resolve("regionet-jwt-key.json");
        this.key = SigningKey.loadOrCreate(file);
    }

    @Bean
    EmbeddedUsers embeddedUsers(SecuritySettings settings, Networks networks) {
        return new EmbeddedUsers(settings, networks);
    }

    @Bean
    JwtEncoder jwtEncoder() {
        return new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(key)));
    }

    @Bean
    JwtDecoder jwtDecoder(SecuritySettings settings, JwtTimestampValidator timestamps) throws JOSEException {
        var decoder = NimbusJwtDecoder.withPublicKey(key.toRSAPublicKey())
                .signatureAlgorithm(SignatureAlgorithm.RS256).build();
        decoder.setJwtValidator(JwtValidators.createDefaultWithValidators(
                List.of(timestamps, new JwtIssuerValidator(settings.security().token().issuer()))));
        return decoder;
    }

    /**
     * Only the token endpoint takes a password; it answers nothing but tokens. Failed sign-ins are throttled per
     * user name and address ({@link SignInThrottle}), after the address's request budget.
     */
    @Bean
    @Order(1)
    SecurityFilterChain tokenEndpoint(HttpSecurity http, EmbeddedUsers users, SecurityProblems problems,
                                      RequestBudget budget, SignInThrottle throttle, SecuritySettings settings) {
        return http.securityMatcher(TOKEN_PATH)
                .addFilterBefore(budget.byAddress(), BasicAuthenticationFilter.class)
                .addFilterBefore(throttle.filter(), BasicAuthenticationFilter.class)
                .headers(ResponseHeaders.of(settings.security().headers()))
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(problems.basicEntryPoint(users.none())))
                .authenticationManager(users.authenticationManager())
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems.basicEntryPoint(users.none()))
                        .accessDeniedHandler(problems))
                .csrf(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
    }
}
