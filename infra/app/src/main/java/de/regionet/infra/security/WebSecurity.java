package de.regionet.infra.security;

import de.regionet.kernel.access.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;

/**
 * One authentication path for every machine request ({@code /api}, {@code /feeds}, {@code /actuator}; pages have
 * {@link PageSecurity}): a bearer JWT, validated by the resource server (the local key while
 * RegioNet issues its own tokens, the configured identity provider otherwise). Technical endpoints have fixed rules
 * here; every API endpoint is authorised by what it declares ({@link DeclaredReadAccess}), commands again on the
 * command bus. No sessions, no cookies, so no CSRF. Every request spends from its address's and its principal's
 * budget ({@link RequestBudget}); every answer carries the {@link ResponseHeaders}.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class WebSecurity {

    @Bean
    @Order(3)
    SecurityFilterChain api(HttpSecurity http, JwtDecoder decoder, TokenClaims claims, DeclaredReadAccess declared,
                            SecurityProblems problems, RequestBudget budget, SecuritySettings settings,
                            Environment environment) {
        return stateless(http, problems)
                .addFilterBefore(budget.byAddress(), BearerTokenAuthenticationFilter.class)
                .addFilterAfter(budget.byPrincipal(), BearerTokenAuthenticationFilter.class)
                .headers(ResponseHeaders.of(settings.security().headers()))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/error").permitAll()
                        // the WebSocket handshake is open; STOMP's CONNECT frame carries the token (StompAccess)
                        .requestMatchers("/ws", "/ws/**").permitAll()
                        // a management port of its own is for a scraper inside the cluster: open, never exposed
                        .requestMatchers(new ManagementPort(environment)).permitAll()
                        // status only (no details) and version, commit and head: for load balancers and everyone
                        .requestMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**", "/actuator/info")
                        .permitAll()
                        // metrics are installation-wide, of every network: the operator's (README "Metrics and health")
                        .requestMatchers("/actuator/**").hasRole(Role.OPERATOR.name())
                        // the audit API reads the event store itself: auditors and the network office (of their
                        // networks' history) and the operator only
                        .requestMatchers("/api/audit/**").hasAnyRole(Role.AUDITOR.name(), Role.NETWORK_OFFICE.name(),
                                Role.OPERATOR.name())
                        // projection operations change read models: the network office and the operator, who runs
                        // the installation (ADR 0023); imports the office only (reads are declared)
                        .requestMatchers(HttpMethod.POST, "/api/admin/projections/**")
                        .hasAnyRole(Role.NETWORK_OFFICE.name(), Role.OPERATOR.name())
                        .requestMatchers(HttpMethod.POST, "/api/admin/**").hasRole(Role.NETWORK_OFFICE.name())
                        .anyRequest().access(declared))
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.decoder(decoder).jwtAuthenticationConverter(claims))
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .build();
    }

    /**
     * What every machine chain is: no session, no cookie (so no CSRF), no sign-in form, Basic or logout of Spring's
     * own, and every refusal a problem document.
     */
    static HttpSecurity stateless(HttpSecurity http, SecurityProblems problems) {
        return http
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .csrf(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
    }
}
