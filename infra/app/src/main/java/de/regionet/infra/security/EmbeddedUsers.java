package de.regionet.infra.security;

import de.regionet.kernel.access.Actor;
import de.regionet.kernel.access.Grant;
import de.regionet.kernel.access.Role;
import de.regionet.kernel.network.Networks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The users of {@code regionet.users}, checked at start: each has a name, a password hash in
 * {@code DelegatingPasswordEncoder} format (never a plain password), at least one role, region keys if it
 * coordinates and an organisation if it sponsors. Without any user the application starts and says how to add one.
 */
final class EmbeddedUsers {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedUsers.class);
    private static final Pattern HASH = Pattern.compile("\\{[a-zA-Z0-9_-]+}\\S+");

    static final String HOW_TO_ADD = """
            add one with a password hash made by `java -jar infra/target/regionet.jar hash-password` (it reads the \
            password from standard input), e.g. in application.yml: regionet.users[0].name=office, \
            regionet.users[0].password-hash={bcrypt}..., regionet.users[0].roles=NETWORK_OFFICE \
            (environment: REGIONET_USERS_0_NAME, REGIONET_USERS_0_PASSWORDHASH, REGIONET_USERS_0_ROLES); \
            see README "Users and sign-in\"""";

    private final Map<String, SecuritySettings.User> byName = new LinkedHashMap<>();
    private final Map<String, List<Grant>> grants = new LinkedHashMap<>();

    EmbeddedUsers(SecuritySettings settings, Networks networks) {
        var users = settings.users();
        for (int i = 0; i < users.size(); i++) {
            var user = users.get(i);
            var at = "regionet.users[" + i + "]";
            validate(user, at);
            grants.put(user.name(), grants(user, at, networks));
            if (byName.putIfAbsent(user.name(), user) != null) {
                throw new InvalidUserSetting("regionet.users: the name " + user.name() + " is used twice");
            }
        }
        if (byName.isEmpty()) {
            log.warn("No users are configured, so nobody can sign in yet: {}", HOW_TO_ADD);
        } else {
            log.info("{} embedded users can sign in at POST /api/auth/token", byName.size());
        }
    }

    private static void validate(SecuritySettings.User user, String at) {
        if (user.name() == null || user.name().isBlank() || !user.name().strip().equals(user.name())) {
            throw new InvalidUserSetting(at + ".name must be a non-blank name without surrounding blanks");
        }
        if (user.passwordHash() == null || !HASH.matcher(user.passwordHash()).matches()) {
            throw new InvalidUserSetting(at + ".password-hash must be a password hash such as {bcrypt}$2a$10$..., "
                    + "never a plain password; make one with `java -jar infra/target/regionet.jar hash-password`");
        }
        if (user.roles().isEmpty() && user.grants().isEmpty()) {
            throw new InvalidUserSetting(at + ".roles (or .grants) must name at least one of "
                    + List.of(Role.values()));
        }
        if (user.roles().contains(Role.REGIONAL_COORDINATOR) && user.regions().isEmpty()) {
            throw new InvalidUserSetting(at + ".regions must name the region keys a REGIONAL_COORDINATOR acts for");
        }
        if ((user.roles().contains(Role.PROJECT_SPONSOR)
                || user.grants().stream().anyMatch(grant -> grant.role() == Role.PROJECT_SPONSOR))
                && (user.organisation() == null || user.organisation().isBlank())) {
            throw new InvalidUserSetting(at + ".organisation must name the organisation a PROJECT_SPONSOR acts for");
        }
    }

    /**
     * The user's roles as grants: {@code roles} in the default network, {@code grants} in the networks they name,
     * each network one the installation has and each coordinator's region one of its network.
     */
    private static List<Grant> grants(SecuritySettings.User user, String at, Networks networks) {
        var grants = new ArrayList<>(GrantsOf.defaultNetwork(networks, user.roles(), user.regions()));
        for (int j = 0; j < user.grants().size(); j++) {
            var setting = user.grants().get(j);
            var where = at + ".grants[" + j + "]";
            if (setting.role() == null) {
                throw new InvalidUserSetting(where + ".role must name one of " + List.of(Role.values()));
            }
            var grant = GrantsOf.in(networks, setting.network(), setting.role(), setting.regions())
                    .orElseThrow(() -> new InvalidUserSetting(where + ".network must be one of the networks "
                            + networks.all().stream().map(network -> network.id().value()).toList() + ", not "
                            + setting.network()));
            if (grant.role() == Role.REGIONAL_COORDINATOR && grant.regions().isEmpty()) {
                throw new InvalidUserSetting(where + ".regions must name the region keys a REGIONAL_COORDINATOR "
                        + "acts for");
            }
            grant.regions().stream().filter(region -> !grant.covers(region)).findFirst().ifPresent(region -> {
                throw new InvalidUserSetting(where + ".regions: " + region + " is not a region of "
                        + setting.network());
            });
            grants.add(grant);
        }
        return List.copyOf(grants);
    }

    /** No user is configured: nobody can sign in, and sign-in says so rather than "wrong password". */
    boolean none() {
        return byName.isEmpty();
    }

    Optional<Actor> actor(String name) {
        return Optional.ofNullable(byName.get(name)).map(user -> new Actor(user.name(), grants.get(name),
                user.organisation()));
    }

    /** Checks HTTP Basic credentials against the configured hashes. */
    AuthenticationManager authenticationManager() {
        var provider = new DaoAuthenticationProvider(this::load);
        provider.setPasswordEncoder(PasswordEncoderFactories.createDelegatingPasswordEncoder());
        return new ProviderManager(provider);
    }

    private UserDetails load(String name) {
        var user = byName.get(name);
        if (user == null) {
            throw new UsernameNotFoundException("no such user");
        }
        return User.withUsername(user.name()).password(user.passwordHash())
                .roles(grants.get(name).stream().map(grant -> grant.role().name()).distinct()
                        .toArray(String[]::new)).build();
    }
}
