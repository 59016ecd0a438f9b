package de.regionet.infra.security;

import de.regionet.infra.TestUsers;
import de.regionet.kernel.access.Role;
import de.regionet.kernel.region.RegionKey;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EmbeddedUsersTest {

    private static final String HASH = PasswordHashes.hash(TestUsers.PASSWORD);

    @Test
    void without_users_the_application_still_starts_and_says_how_to_add_one() {
        assertThatCode(() -> new EmbeddedUsers(settings())).doesNotThrowAnyException();
        assertThat(EmbeddedUsers.HOW_TO_ADD).contains("hash-password", "regionet.users[0].password-hash");
    }

    @Test
    void a_hashed_password_signs_in_and_a_wrong_one_does_not() {
        var users = new EmbeddedUsers(settings(user("office", HASH, List.of(Role.NETWORK_OFFICE), List.of(), null)));
        var manager = users.authenticationManager();
        assertThat(manager.authenticate(new UsernamePasswordAuthenticationToken("office", TestUsers.PASSWORD))
                .isAuthenticated()).isTrue();
        assertThatThrownBy(() -> manager.authenticate(new UsernamePasswordAuthenticationToken("office", "guess")))
                .isInstanceOf(BadCredentialsException.class);
        assertThat(users.actor("office")).hasValueSatisfying(actor -> assertThat(actor.has(Role.NETWORK_OFFICE)).isTrue());
    }

    @Test
    void a_plain_password_is_refused_at_start() {
        assertThatThrownBy(() -> new EmbeddedUsers(settings(user("office", "secret", List.of(Role.NETWORK_OFFICE),
                List.of(), null)))).hasMessageContaining("regionet.users[0].password-hash must be a password hash");
    }

    @Test
    void a_coordinator_without_regions_and_a_sponsor_without_organisation_are_refused_at_start() {
        assertThatThrownBy(() -> new EmbeddedUsers(settings(user("reko", HASH, List.of(Role.REGIONAL_COORDINATOR),
                List.of(), null)))).hasMessageContaining("regions");
        assertThatThrownBy(() -> new EmbeddedUsers(settings(user("traeger", HASH, List.of(Role.PROJECT_SPONSOR),
                List.of(), null)))).hasMessageContaining("organisation");
    }

    @Test
    void a_name_used_twice_is_refused_at_start() {
        var office = user("office", HASH, List.of(Role.NETWORK_OFFICE), List.of(), null);
        assertThatThrownBy(() -> new EmbeddedUsers(settings(office, office))).hasMessageContaining("used twice");
    }

    @Test
    void hash_password_makes_a_bcrypt_hash_in_delegating_format() {
        assertThat(PasswordHashes.hash("s3cret")).startsWith("{bcrypt}$2a$10$");
    }

    private static SecuritySettings.User user(String name, String hash, List<Role> roles, List<RegionKey> regions,
                                              String organisation) {
        return new SecuritySettings.User(name, hash, roles, regions, organisation);
    }

    private static SecuritySettings settings(SecuritySettings.User... users) {
        return new SecuritySettings(List.of(users), new SecuritySettings.Security(
                new SecuritySettings.Claims("roles", "regions", "organisation"),
                new SecuritySettings.Token(java.time.Duration.ofMinutes(15), "regionet", null,
                        java.time.Duration.ofSeconds(5)),
                new SecuritySettings.SignIn(5, java.time.Duration.ofMinutes(1)),
                new SecuritySettings.RateLimit(true, new SecuritySettings.PrincipalBudget(50, 200),
                        new SecuritySettings.AddressBudget(200, 1000)),
                new SecuritySettings.Headers("default-src 'self'", "no-referrer", "camera=()")));
    }
}
