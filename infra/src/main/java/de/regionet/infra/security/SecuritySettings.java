package de.regionet.infra.security;

import de.regionet.kernel.access.Role;
import de.regionet.kernel.region.RegionKey;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Who may sign in and how tokens are read and made.
 *
 * @param users    {@code regionet.users[i].*}: the embedded users, used only while RegioNet issues its own tokens
 *                 (no {@code spring.security.oauth2.resourceserver.jwt.issuer-uri} or {@code jwk-set-uri} set)
 * @param security {@code regionet.security.*}: claim names and the self-issued tokens
 */
@ConfigurationProperties("regionet")
public record SecuritySettings(List<User> users, @DefaultValue Security security) {

    public SecuritySettings {
        users = users == null ? List.of() : List.copyOf(users);
    }

    /**
     * One embedded user.
     *
     * @param passwordHash in Spring's {@code DelegatingPasswordEncoder} format, e.g. {@code {bcrypt}$2a$10$...}
     * @param regions      the region keys a {@code REGIONAL_COORDINATOR} acts for
     * @param organisation the organisation a {@code PROJECT_SPONSOR} acts for
     */
    public record User(String name, String passwordHash, List<Role> roles, List<RegionKey> regions,
                       String organisation) {

        public User {
            roles = roles == null ? List.of() : List.copyOf(roles);
            regions = regions == null ? List.of() : List.copyOf(regions);
        }
    }

    public record Security(@DefaultValue Claims claims, @DefaultValue Token token) {
    }

    /**
     * Where a token names roles, region keys and organisation; a dotted name reads a nested claim, e.g.
     * {@code realm_access.roles} for Keycloak realm roles.
     */
    public record Claims(@DefaultValue("roles") String roles, @DefaultValue("regions") String regions,
                         @DefaultValue("organisation") String organisation) {
    }

    /**
     * Self-issued tokens.
     *
     * @param lifetime how long a token from {@code POST /api/auth/token} is valid
     * @param issuer   the {@code iss} claim of self-issued tokens, required on every token presented
     * @param keyFile  the RSA signing key as a JWK JSON file; default {@code regionet-jwt-key.json} in the data
     *                 directory, generated on first start
     */
    public record Token(@DefaultValue("15m") Duration lifetime, @DefaultValue("regionet") String issuer,
                        Path keyFile) {
    }
}
