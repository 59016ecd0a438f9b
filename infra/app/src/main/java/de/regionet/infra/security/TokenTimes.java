package de.regionet.infra.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;

import java.time.Clock;

/**
 * When a token is valid, for every token RegioNet accepts: it must name its expiry ({@code exp}), and an HTTP request
 * is accepted at most {@code regionet.security.token.clock-skew} (default 5 s) past it. Spring's default would allow
 * 60 s and tokens without {@code exp}. The same validator serves the self-issued tokens ({@link SelfIssuedTokens})
 * and an identity provider's: Boot's resource server adds every token validator bean to the decoder it builds, and
 * then leaves out its own timestamp validator.
 */
@Configuration(proxyBeanMethods = false)
class TokenTimes {

    @Bean
    JwtTimestampValidator tokenTimestamps(SecuritySettings settings, Clock clock) {
        var validator = new JwtTimestampValidator(settings.security().token().clockSkew());
        validator.setAllowEmptyExpiryClaim(false);
        validator.setClock(clock);
        return validator;
    }
}
