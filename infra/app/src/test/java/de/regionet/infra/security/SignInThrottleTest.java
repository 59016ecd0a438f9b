package de.regionet.infra.security;

import de.regionet.infra.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Failed sign-ins are throttled per user name and client address together: the sixth failure within the window
 * ({@code regionet.security.sign-in.window}, 5 s here, a minute by default) is answered 429 with {@code Retry-After},
 * and so is every attempt until the window has passed, the right password included; then the right password works.
 * A success starts the count again; the same user from another address, and another user from the same address,
 * are not affected. Each test signs in as a user of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"regionet.embedded.backend=memory", "regionet.mongo.database=signinthrottle",
                "regionet.security.sign-in.window=5s"})
class SignInThrottleTest {

    private static final Duration WINDOW = Duration.ofSeconds(5);
    private static final String HERE = "127.0.0.1";
    private static final String ELSEWHERE = "127.0.0.2";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Test
    void the_sixth_failure_within_the_window_is_answered_429_and_the_right_password_works_after_the_window() {
        var user = TestUsers.COORDINATOR_DESSAU;
        var firstFailure = Instant.now();
        failFiveTimes(user);

        var sixth = signIn(HERE, user, "guess 6");
        assertTooManyRequests(sixth);
        assertTooManyRequests(signIn(HERE, user, TestUsers.PASSWORD));

        await().atMost(WINDOW.plusSeconds(5)).pollInterval(Duration.ofMillis(200))
                .until(() -> signIn(HERE, user, TestUsers.PASSWORD).status() == 200);
        assertThat(Instant.now()).as("not before the window has passed").isAfterOrEqualTo(firstFailure.plus(WINDOW));
    }

    @Test
    void a_successful_sign_in_starts_the_count_again() {
        var user = TestUsers.SPONSOR;
        for (int i = 1; i <= 4; i++) {
            assertThat(signIn(HERE, user, "guess " + i).status()).isEqualTo(401);
        }
        assertThat(signIn(HERE, user, TestUsers.PASSWORD).status()).isEqualTo(200);

        failFiveTimes(user);
        assertTooManyRequests(signIn(HERE, user, "guess 6"));
    }

    @Test
    void failures_from_one_address_lock_out_neither_the_user_elsewhere_nor_other_users_here() {
        var user = TestUsers.AUDITOR;
        failFiveTimes(user);
        assertTooManyRequests(signIn(HERE, user, TestUsers.PASSWORD));

        assertThat(signIn(ELSEWHERE, user, TestUsers.PASSWORD).status()).as("the same user from elsewhere")
                .isEqualTo(200);
        assertThat(signIn(HERE, TestUsers.OFFICE, TestUsers.PASSWORD).status()).as("another user from here")
                .isEqualTo(200);
    }

    private void failFiveTimes(String user) {
        for (int i = 1; i <= 5; i++) {
            var failed = signIn(HERE, user, "guess " + i);
            assertThat(failed.status()).as("failure " + i + ": " + failed.body()).isEqualTo(401);
        }
    }

    private RawHttp.Answer signIn(String address, String user, String password) {
        return RawHttp.signIn(address, port, user, password);
    }

    private static void assertTooManyRequests(RawHttp.Answer answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(429);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(Long.parseLong(answer.header("Retry-After"))).isBetween(1L, WINDOW.toSeconds());
        var problem = JSON.readTree(answer.body());
        assertThat(problem.get("type").asString()).isEqualTo("/problems/too-many-requests");
        assertThat(problem.get("status").asInt()).isEqualTo(429);
        assertThat(problem.get("detail").asString()).contains("too many failed sign-ins");
        assertThat(answer.body()).doesNotContain("access_token");
    }
}
