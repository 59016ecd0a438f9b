package de.regionet.infra.operations;

import de.regionet.infra.ApiClient;
import de.regionet.infra.PageClient;
import de.regionet.infra.RegioNetTest;
import de.regionet.infra.StompFeed;
import de.regionet.infra.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.messaging.simp.broker.SimpleBrokerMessageHandler;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What an operator scrapes (README "Metrics and health"): after some commands, a live-feed client and a failed
 * sign-in, {@code /actuator/prometheus} has the processors' lag, the store's append latency, the live sessions and
 * resumptions, the verification and the sign-in failures (token and form); only the operator may read it.
 * {@code /actuator/info} shows version, commit and head.
 */
@RegioNetTest
class MetricsTest {

    private static final Duration PATIENCE = Duration.ofSeconds(15);

    @LocalServerPort
    int port;

    @Autowired
    SimpleBrokerMessageHandler broker;

    @Test
    void the_operator_scrapes_processor_lag_append_latency_live_sessions_and_sign_in_failures() throws Exception {
        var anonymous = new ApiClient(port);
        var office = anonymous.as(TestUsers.OFFICE);
        var operator = anonymous.as(TestUsers.OPERATOR);
        assertThat(office.post("/api/regions", """
                {"key":"99723","name":"Metrikkreis","kind":"DISTRICT"}""").status()).isEqualTo(201);
        var wrong = Base64.getEncoder().encodeToString("office:not-the-password".getBytes(StandardCharsets.UTF_8));
        assertThat(anonymous.raw("POST", "/api/auth/token", null, new byte[0], "Authorization", "Basic " + wrong)
                .status()).isEqualTo(401);

        var form = new PageClient(port);
        form.get("/anmelden");
        assertThat(form.post("/anmelden", Map.of("benutzer", "office", "passwort", "a guess")).status())
                .isEqualTo(302);
        assertThat(operator.get("/api/audit/verification").status()).isEqualTo(200);

        try (var feed = StompFeed.subscribe(port, "/topic/news", broker)) {
            assertThat(feed.isConnected()).isTrue();
            feed.subscribeFrom("/topic/network-events", 0);
            await().atMost(PATIENCE).until(() -> value(operator.get("/actuator/prometheus").body(),
                    "regionet_live_resumptions_total") >= 1);
            var scrape = operator.get("/actuator/prometheus");

            assertThat(scrape.status()).isEqualTo(200);
            assertThat(scrape.contentType()).startsWith("text/plain");
            var text = scrape.body();
            // for whoever writes dashboards or alerts: what a scrape of this node holds
            Files.writeString(Path.of("target", "prometheus-scrape.txt"), text);
            assertThat(value(text, "regionet_processor_lag\\{processor=\"regions\"}")).isNotNaN();
            assertThat(value(text, "regionet_eventstore_append_seconds_count")).isGreaterThanOrEqualTo(1);
            assertThat(text).contains("regionet_eventstore_append_seconds_bucket{le=");
            assertThat(value(text, "regionet_eventstore_head")).isGreaterThanOrEqualTo(0);
            assertThat(value(text, "regionet_live_sessions")).isGreaterThanOrEqualTo(1);
            assertThat(value(text, "regionet_live_subscriptions")).isGreaterThanOrEqualTo(1);
            assertThat(value(text, "regionet_security_signin_failures_total\\{via=\"token\"}"))
                    .isGreaterThanOrEqualTo(1);
            assertThat(value(text, "regionet_security_signin_failures_total\\{via=\"page\"}"))
                    .isGreaterThanOrEqualTo(1);
            assertThat(value(text, "regionet_live_subscriptions")).isGreaterThanOrEqualTo(2);
            assertThat(value(text, "regionet_eventstore_verifications_total\\{result=\"ok\"}"))
                    .isGreaterThanOrEqualTo(1);
            assertThat(text).contains("regionet_processor_latency", "regionet_processor_capacity",
                    "regionet_processor_dead_letters{processor=\"regions\"}", "regionet_eventstore_conflicts_total",
                    "regionet_eventstore_checkpoint_age_seconds", "regionet_security_throttled_total",
                    "regionet_live_messages_total", "regionet_live_resumptions_total",
                    "regionet_live_slow_consumers_closed_total");
        }
    }

    @Test
    void every_series_the_grafana_dashboard_queries_is_in_a_scrape() throws Exception {
        var anonymous = new ApiClient(port);
        var operator = anonymous.as(TestUsers.OPERATOR);
        assertThat(anonymous.as(TestUsers.OFFICE).post("/api/regions", """
                {"key":"99725","name":"Tafelkreis","kind":"DISTRICT"}""").status()).isEqualTo(201);
        assertThat(operator.get("/api/audit/verification").status()).isEqualTo(200);
        var dashboard = JsonMapper.builder().build().readTree(
                Files.readString(Path.of("").toAbsolutePath().resolve("../../docs/grafana/regionet.json").normalize()));
        var queried = new TreeSet<String>();
        for (var expr : dashboard.findValues("expr")) {
            var names = Pattern.compile("regionet_[A-Za-z0-9_]+").matcher(expr.asString());
            while (names.find()) {
                queried.add(names.group());
            }
        }

        var scrape = operator.get("/actuator/prometheus").body();

        assertThat(queried).hasSizeGreaterThan(20);
        assertThat(queried).allSatisfy(name -> assertThat(scrape).as(name)
                .containsPattern("(?m)^" + name + "[{ ]"));
    }

    @Test
    void only_the_operator_scrapes_on_the_applications_port() {
        var anonymous = new ApiClient(port);

        assertThat(anonymous.get("/actuator/prometheus").status()).isEqualTo(401);
        assertThat(anonymous.as(TestUsers.OFFICE).get("/actuator/prometheus").status()).isEqualTo(403);
        assertThat(anonymous.as(TestUsers.AUDITOR).get("/actuator/prometheus").status()).isEqualTo(403);
        assertThat(anonymous.as(TestUsers.OPERATOR).get("/actuator/prometheus").status()).isEqualTo(200);
    }

    @Test
    void info_shows_version_commit_and_the_head_of_the_store_to_everyone() {
        var anonymous = new ApiClient(port);
        assertThat(anonymous.as(TestUsers.OFFICE).post("/api/regions", """
                {"key":"99724","name":"Infokreis","kind":"DISTRICT"}""").status()).isEqualTo(201);

        var info = anonymous.get("/actuator/info");

        assertThat(info.status()).isEqualTo(200);
        var json = info.json();
        assertThat(json.at("/build/version").asString()).isNotBlank();
        assertThat(json.at("/git/commit/id").isMissingNode()).as(info.body()).isFalse();
        assertThat(json.at("/eventStore/head").asLong()).isGreaterThanOrEqualTo(0);
    }

    @Test
    void the_probes_answer_everyone_with_their_status_only() {
        var anonymous = new ApiClient(port);

        await().atMost(PATIENCE).until(() -> anonymous.get("/actuator/health/readiness").status() == 200);
        var readiness = anonymous.get("/actuator/health/readiness");
        var liveness = anonymous.get("/actuator/health/liveness");

        assertThat(readiness.json().get("status").asString()).isEqualTo("UP");
        assertThat(readiness.json().has("components")).isFalse();
        assertThat(liveness.status()).isEqualTo(200);
        assertThat(liveness.json().get("status").asString()).isEqualTo("UP");
    }

    /** The value of the first sample whose name and labels match {@code series} (a regular expression). */
    static double value(String scrape, String series) {
        var matcher = Pattern.compile("(?m)^" + series + "\\s+(\\S+)").matcher(scrape);
        assertThat(matcher.find()).as("a sample " + series + " in\n" + scrape).isTrue();
        return Double.parseDouble(matcher.group(1));
    }
}
