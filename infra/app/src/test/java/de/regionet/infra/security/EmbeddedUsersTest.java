package de.regionet.infra.security;

import de.regionet.infra.TestUsers;
import de.regionet.kernel.access.Role;
import de.regionet.kernel.region.RegionKey;
import de.regionet.kernel.network.Networks;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class EmbeddedUsersTest {

    private static final String HASH = PasswordHashes.hash(TestUsers.PASSWORD);

    @Test
    void without_users_the_application_still_starts_and_says_how_to_add_one() {
        assertThatCode(() -> users(settings())).doesNotThrowAnyException();
        assertThat(EmbeddedUsers.HOW_TO_ADD).contains("hash-password", "regionet.users[0].password-hash");
    }

    @Test
    void a_hashed_password_signs_in_and_a_wrong_one_does_not() {
        var users = users(settings(user("office", HASH, List.of(Role.NETWORK_OFFICE), List.of(), null)));
        var manager = users.authenticationManager();
        assertThat(manager.authenticate(new UsernamePasswordAuthenticationToken("office", TestUsers.PASSWORD))
                .isAuthenticated()).isTrue();
        assertThatThrownBy(() -> manager.authenticate(new UsernamePasswordAuthenticationToken("office", "guess")))
                .isInstanceOf(BadCredentialsException.class);
        assertThat(users.actor("office")).hasValueSatisfying(actor -> assertThat(actor.has(Role.NETWORK_OFFICE)).isTrue());
    }

    @Test
    void a_plain_password_is_refused_at_start() {
        assertThatThrownBy(() -> users(settings(user("office", "secret", List.of(Role.NETWORK_OFFICE),
                List.of(), null)))).hasMessageContaining("regionet.users[0].password-hash must be a password hash");
    }

    @Test
    void a_coordinator_without_regions_and_a_sponsor_without_organisation_are_refused_at_start() {
        assertThatThrownBy(() -> users(settings(user("reko", HASH, List.of(Role.REGIONAL_COORDINATOR),
                List.of(), null)))).hasMessageContaining("regions");
        assertThatThrownBy(() -> users(settings(user("traeger", HASH, List.of(Role.PROJECT_SPONSOR),
                List.of(), null)))).hasMessageContaining("organisation");
    }

    @Test
    void a_name_used_twice_is_refused_at_start() {
        var office = user("office", HASH, List.of(Role.NETWORK_OFFICE), List.of(), null);
        assertThatThrownBy(() -> users(settings(office, office))).hasMessageContaining("used twice");
    }

    @Test
    void hash_password_makes_a_bcrypt_hash_in_delegating_format() {
        assertThat(PasswordHashes.hash("s3cret")).startsWith("{bcrypt}$2a$10$");
    }

    private static final Networks NETWORKS = Networks::known;

    private static EmbeddedUsers users(SecuritySettings settings) {
        return new EmbeddedUsers(settings, NETWORKS);
    }

    @Test
    void roles_hold_in_the_default_network_and_grants_in_the_networks_they_name() {
        var nrw = new SecuritySettings.User("office-nrw", HASH, List.of(), List.of(), null, List.of(
                new SecuritySettings.GrantSetting("nordrhein-westfalen", Role.NETWORK_OFFICE, List.of()),
                new SecuritySettings.GrantSetting("hessen", Role.AUDITOR, List.of())));
        var users = users(settings(user("office", HASH, List.of(Role.NETWORK_OFFICE), List.of(), null), nrw));

        var office = users.actor("office").orElseThrow();
        assertThat(office.mayActFor(new RegionKey("15089"))).isTrue();
        assertThat(office.mayActFor(new RegionKey("05913"))).isFalse();
        var nrwOffice = users.actor("office-nrw").orElseThrow();
        assertThat(nrwOffice.mayActFor(new RegionKey("05-westfaelisches-ruhrgebiet"))).isTrue();
        assertThat(nrwOffice.mayActFor(new RegionKey("15089"))).isFalse();
        assertThat(nrwOffice.mayRead(new RegionKey("06433"))).isTrue();
        assertThat(nrwOffice.mayActFor(new RegionKey("06433"))).isFalse();
    }

    @Test
    void a_grant_in_an_unknown_network_or_of_a_region_elsewhere_is_refused_at_start() {
        assertThatThrownBy(() -> users(settings(new SecuritySettings.User("x", HASH, List.of(), List.of(), null,
                List.of(new SecuritySettings.GrantSetting("bayern", Role.NETWORK_OFFICE, List.of()))))))
                .hasMessageContaining("regionet.users[0].grants[0].network must be one of the networks");
        assertThatThrownBy(() -> users(settings(new SecuritySettings.User("x", HASH, List.of(), List.of(), null,
                List.of(new SecuritySettings.GrantSetting("hessen", Role.REGIONAL_COORDINATOR,
                        List.of(new RegionKey("15089"))))))))
                .hasMessageContaining("15089 is not a region of hessen");
    }

    @Test
    void a_bad_user_setting_fails_the_start_with_its_setting_and_what_to_do_in_one_line() {
        var failure = catchThrowableOfType(InvalidUserSetting.class, () -> users(settings(
                user("office", "s3cret", List.of(Role.NETWORK_OFFICE), List.of(), null))));

        var analysis = new UserSettingsFailureAnalyzer().analyze(new BeanCreationException("embeddedUsers",
                "Error creating bean with name 'embeddedUsers'", failure));

        assertThat(analysis.getDescription()).startsWith("Bad user setting: regionet.users[0].password-hash must be "
                + "a password hash such as {bcrypt}$2a$10$..., never a plain password").doesNotContain("\n");
        assertThat(analysis.getAction()).contains("README \"Users and sign-in\"");
    }

    @Test
    void without_users_sign_in_says_that_there_are_none() {
        assertThat(users(settings()).none()).isTrue();
        assertThat(users(settings(user("office", HASH, List.of(Role.NETWORK_OFFICE), List.of(), null))).none())
                .isFalse();
    }

    private static SecuritySettings.User user(String name, String hash, List<Role> roles, List<RegionKey> regions,
                                              String organisation) {
        return new SecuritySettings.User(name, hash, roles, regions, organisation);
    }

    private static SecuritySettings settings(SecuritySettings.User... users) {
        return new SecuritySettings(List.of(users), new SecuritySettings.Security(
                new SecuritySettings.Claims("roles", "regions", "organisation", "grants"),
                new SecuritySettings.Token(java.time.Duration.ofMinutes(15), "regionet", null,
                        java.time.Duration.ofSeconds(5)),
                new SecuritySettings.SignIn(5, java.time.Duration.ofMinutes(1)),
                new SecuritySettings.RateLimit(true, new SecuritySettings.PrincipalBudget(50, 200),
                        new SecuritySettings.AddressBudget(200, 1000)),
                new SecuritySettings.Headers("default-src 'self'", "no-referrer", "camera=()")));
    }
}
