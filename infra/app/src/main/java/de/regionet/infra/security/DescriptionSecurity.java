package de.regionet.infra.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

/**
 * The API's description (README "API description"): the OpenAPI document, Swagger UI and the live topics' AsyncAPI
 * document, public as the contract they describe, read only ({@code GET}, {@code HEAD}), spending from the address's request
 * budget like every request. Swagger UI's page runs under the configured {@code Content-Security-Policy} with two
 * directives more, here only: its icons are {@code data:} SVG images ({@code img-src 'self' data:}) and its script
 * sets inline styles ({@code style-src 'self' 'unsafe-inline'}); without them it renders, but without icons and with
 * console errors. A policy that already sets either directive is left as configured. Ordered before the pages'
 * chain, which would otherwise take these paths; no other chain of its order matches them.
 */
@Configuration(proxyBeanMethods = false)
class DescriptionSecurity {

    static final String[] PATHS = {"/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml", "/swagger-ui.html",
            "/swagger-ui/**", "/asyncapi.json"};

    @Bean
    @Order(1)
    SecurityFilterChain descriptionChain(HttpSecurity http, RequestBudget budget, SecuritySettings settings,
                                       SecurityProblems problems) {
        var configured = settings.security().headers();
        var headers = new SecuritySettings.Headers(forSwaggerUi(configured.contentSecurityPolicy()),
                configured.referrerPolicy(), configured.permissionsPolicy());
        return WebSecurity.stateless(http, problems).securityMatcher(PATHS)
                .addFilterBefore(budget.byAddress(), AnonymousAuthenticationFilter.class)
                .headers(ResponseHeaders.of(headers))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, PATHS).permitAll()
                        .requestMatchers(HttpMethod.HEAD, PATHS).permitAll()
                        .anyRequest().denyAll())
                .build();
    }

    /** The configured policy with what Swagger UI needs, where the policy does not say otherwise. */
    static String forSwaggerUi(String policy) {
        var relaxed = new StringBuilder(policy.strip().replaceAll(";\\s*$", ""));
        if (!policy.contains("img-src")) {
            relaxed.append("; img-src 'self' data:");
        }
        if (!policy.contains("style-src")) {
            relaxed.append("; style-src 'self' 'unsafe-inline'");
        }
        return relaxed.toString();
    }
}
