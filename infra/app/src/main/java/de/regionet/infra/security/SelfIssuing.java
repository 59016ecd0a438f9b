package de.regionet.infra.security;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * RegioNet issues its own tokens unless an identity provider is configured: neither
 * {@code spring.security.oauth2.resourceserver.jwt.issuer-uri} nor {@code ...jwk-set-uri} is set.
 */
class SelfIssuing implements Condition {

    static final String ISSUER_URI = "spring.security.oauth2.resourceserver.jwt.issuer-uri";
    static final String JWK_SET_URI = "spring.security.oauth2.resourceserver.jwt.jwk-set-uri";

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        var environment = context.getEnvironment();
        return isBlank(environment.getProperty(ISSUER_URI)) && isBlank(environment.getProperty(JWK_SET_URI));
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
