package de.regionet.infra.security;

import de.regionet.kernel.access.Role;
import de.regionet.kernel.region.RegionKey;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
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
     * @param roles        roles in the default network (the first of {@code regionet.networks}); {@code OPERATOR}
     *                     holds in every network
     * @param regions      the region keys a {@code REGIONAL_COORDINATOR} of {@code roles} acts for
     * @param organisation the organisation a {@code PROJECT_SPONSOR} acts for
     * @param grants       roles in named networks, e.g. office in one and auditor in another
     */
    public record User(String name, String passwordHash, List<Role> roles, List<RegionKey> regions,
                       String organisation, List<GrantSetting> grants) {

        @ConstructorBinding
        public User {
            roles = roles == null ? List.of() : List.copyOf(roles);
            regions = regions == null ? List.of() : List.copyOf(regions);
            grants = grants == null ? List.of() : List.copyOf(grants);
        }

        public User(String name, String passwordHash, List<Role> roles, List<RegionKey> regions,
                    String organisation) {
            this(name, passwordHash, roles, regions, organisation, List.of());
        }
    }

    /**
     * A role in one network ({@code regionet.users[i].grants[j].network}, {@code .role}, {@code .regions}).
     *
     * @param regions the region keys of that network a {@code REGIONAL_COORDINATOR} acts for
     */
    public record GrantSetting(String network, Role role, List<RegionKey> regions) {

        public GrantSetting {
            regions = regions == null ? List.of() : List.copyOf(regions);
        }
    }

    public record Security(@DefaultValue Claims claims, @DefaultValue Token token, @DefaultValue SignIn signIn,
                           @DefaultValue RateLimit rateLimit, @DefaultValue Headers headers) {
    }

    /**
     * Where a token names roles, region keys and organisation; a dotted name reads a nested claim, e.g.
     * {@code realm_access.roles} for Keycloak realm roles.
     */
    public record Claims(@DefaultValue("roles") String roles, @DefaultValue("regions") String regions,
                         @DefaultValue("organisation") String organisation, @DefaultValue("grants") String grants) {
    }

    /**
     * Self-issued tokens.
     *
     * @param lifetime how long a token from {@code POST /api/auth/token} is valid
     * @param issuer   the {@code iss} claim of self-issued tokens, required on every token presented
     * @param keyFile   the RSA signing key as a JWK JSON file; default {@code regionet-jwt-key.json} in the data
     *                  directory, generated on first start
     * @param clockSkew how far past its {@code exp} (or before its {@code nbf}) an HTTP request's token is still
     *                  accepted, for clocks that differ a little; every token, self-issued or an identity
     *                  provider's, must have an {@code exp}. A STOMP session ends at {@code exp} exactly.
     */
    public record Token(@DefaultValue("15m") Duration lifetime, @DefaultValue("regionet") String issuer,
                        Path keyFile, @DefaultValue("5s") Duration clockSkew) {

        public Token {
            if (clockSkew.isNegative()) {
                throw new IllegalArgumentException("regionet.security.token.clock-skew must not be negative");
            }
        }
    }

    /**
     * Failed sign-ins at {@code POST /api/auth/token}, counted per user name and client address together: after
     * {@code maxFailures} within {@code window}, further attempts from that address for that name are answered 429
     * until the window has passed; a successful sign-in starts the count again.
     */
    public record SignIn(@DefaultValue("5") int maxFailures, @DefaultValue("1m") Duration window) {

        public SignIn {
            if (maxFailures < 1 || window.isNegative() || window.isZero()) {
                throw new IllegalArgumentException("regionet.security.sign-in: max-failures must be at least 1 and "
                        + "window positive");
            }
        }
    }

    /**
     * The request budget of the whole HTTP interface: every request spends from its client address's budget, a
     * signed-in one from its principal's too. Over budget, a request is answered 429 with {@code Retry-After}.
     *
     * @param enabled      {@code false} switches the budget off, e.g. for benchmarks and load tests
     * @param principal    what one signed-in principal may send
     * @param address      what one client address may send, signed in or not (an office behind one NAT address
     *                     shares it)
     */
    public record RateLimit(@DefaultValue("true") boolean enabled, @DefaultValue PrincipalBudget principal,
                            @DefaultValue AddressBudget address) {
    }

    /** A sustained rate of requests per second, and how many may come at once from an idle budget. */
    public sealed interface Budget permits PrincipalBudget, AddressBudget {

        int perSecond();

        int burst();

        static void check(int perSecond, int burst) {
            if (perSecond < 1 || burst < 1) {
                throw new IllegalArgumentException("a request budget needs per-second and burst of at least 1");
            }
        }
    }

    public record PrincipalBudget(@DefaultValue("50") int perSecond, @DefaultValue("200") int burst)
            implements Budget {

        public PrincipalBudget {
            Budget.check(perSecond, burst);
        }
    }

    public record AddressBudget(@DefaultValue("200") int perSecond, @DefaultValue("1000") int burst)
            implements Budget {

        public AddressBudget {
            Budget.check(perSecond, burst);
        }
    }

    /** Headers on every answer (HSTS comes on its own on answers to HTTPS requests). */
    public record Headers(
            @DefaultValue("default-src 'self'; frame-ancestors 'none'; object-src 'none'; base-uri 'self'; "
                    + "form-action 'self'") String contentSecurityPolicy,
            @DefaultValue("strict-origin-when-cross-origin") String referrerPolicy,
            @DefaultValue("camera=(), microphone=(), geolocation=(), payment=(), usb=()")
            String permissionsPolicy) {
    }
}
