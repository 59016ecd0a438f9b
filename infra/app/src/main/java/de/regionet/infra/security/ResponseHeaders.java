package de.regionet.infra.security;

import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The headers every answer carries, on top of Spring Security's defaults ({@code X-Content-Type-Options},
 * {@code X-Frame-Options}, {@code Cache-Control}, and {@code Strict-Transport-Security} on answers to HTTPS
 * requests): a strict {@code Content-Security-Policy} (pages serve their scripts and styles from the application
 * itself), a {@code Referrer-Policy} and a {@code Permissions-Policy} that switches off what no page of RegioNet uses.
 * Each is a setting ({@code regionet.security.headers.*}).
 */
final class ResponseHeaders {

    private ResponseHeaders() {
    }

    static Customizer<HeadersConfigurer<HttpSecurity>> of(SecuritySettings.Headers settings) {
        if (ReferrerPolicy.get(settings.referrerPolicy()) == null) {
            throw new IllegalArgumentException("regionet.security.headers.referrer-policy: no such policy: "
                    + settings.referrerPolicy());
        }
        return headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(settings.contentSecurityPolicy()))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.get(settings.referrerPolicy())))
                .permissionsPolicyHeader(permissions -> permissions.policy(settings.permissionsPolicy()));
    }
}
