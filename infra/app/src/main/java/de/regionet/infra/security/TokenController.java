package de.regionet.infra.security;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.springframework.context.annotation.Conditional;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.util.UUID;

/** {@code POST /api/auth/token}: an embedded user, signed in with HTTP Basic, gets a short-lived bearer token. */
@RestController
@Conditional(SelfIssuing.class)
class TokenController {

    private final EmbeddedUsers users;
    private final TokenClaims claims;
    private final JwtEncoder encoder;
    private final SecuritySettings.Token settings;
    private final Clock clock;

    TokenController(EmbeddedUsers users, TokenClaims claims, JwtEncoder encoder, SecuritySettings settings,
                    Clock clock) {
        this.users = users;
        this.claims = claims;
        this.encoder = encoder;
        this.settings = settings.security().token();
        this.clock = clock;
    }

    record TokenAnswer(@JsonProperty("access_token") String accessToken,
                       @JsonProperty("token_type") String tokenType,
                       @JsonProperty("expires_in") long expiresIn) {
    }

    @PostMapping(SelfIssuedTokens.TOKEN_PATH)
    ResponseEntity<TokenAnswer> token(Authentication user) {
        var actor = users.actor(user.getName()).orElseThrow();
        var now = clock.instant();
        var claimSet = JwtClaimsSet.builder()
                .issuer(settings.issuer())
                .subject(actor.subject())
                .id(UUID.randomUUID().toString())
                .issuedAt(now)
                .expiresAt(now.plus(settings.lifetime()))
                .claims(all -> all.putAll(claims.claimsOf(actor)))
                .build();
        var header = JwsHeader.with(SignatureAlgorithm.RS256).type("JWT").build();
        var token = encoder.encode(JwtEncoderParameters.from(header, claimSet));
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(new TokenAnswer(token.getTokenValue(), "Bearer", settings.lifetime().toSeconds()));
    }
}
