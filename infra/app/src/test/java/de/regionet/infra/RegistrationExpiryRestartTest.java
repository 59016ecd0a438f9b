package de.regionet.infra;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A registration's participant data expires by its persistent deadline, with a short retention
 * ({@code regionet.personal-data.registration-retention=PT2S} after the event's end), although the application that
 * recorded it stopped before the deadline came: the next one started on the same data directory destroys the
 * participant's key and records the expiry, so the office reads the participant as erased; the deadline is gone.
 */
class RegistrationExpiryRestartTest {

    private static final String[] SHORT_RETENTION = {"regionet.personal-data.registration-retention=PT2S",
            "regionet.personal-data.import-grace=PT2S"};

    @TempDir
    Path dataDir;

    @Test
    void participant_data_expires_by_its_deadline_across_a_restart() {
        String event;
        Instant expiry;
        try (var app = RunningApplication.start(dataDir, SHORT_RETENTION)) {
            var office = app.api();
            var start = Instant.now().plusSeconds(12).truncatedTo(ChronoUnit.SECONDS);
            var created = office.post("/api/network-events", """
                    {"title":"Kurzer Fachtag","description":"Austausch","start":"%s","end":"%s",
                     "location":"Halle","capacity":10,"regionKeys":[]}""".formatted(start, start.plusSeconds(1)));
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            event = created.json().get("id").asString();
            assertThat(office.post("/api/network-events/" + event + "/publication", "{}").status()).isLessThan(300);
            var registered = office.post("/api/network-events/" + event + "/registrations", """
                    {"organisation":"Landkreis Harz",
                     "participant":{"name":"Frieda Frist","email":"frieda.frist@harz.example"}}""");
            assertThat(registered.status()).as(registered.body()).isEqualTo(201);
            expiry = start.plusSeconds(3);
            var deadlines = app.bean(com.mongodb.client.MongoDatabase.class).getCollection("deadlines");
            assertThat(deadlines.countDocuments(new Document("name", "registration-data-expiry")))
                    .as("the deadline is stored").isEqualTo(1);
        }
        assertThat(Instant.now()).as("the first application stopped before the deadline").isBefore(expiry);

        try (var app = RunningApplication.start(dataDir, SHORT_RETENTION)) {
            var office = app.api();
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                var registration = office.get("/api/network-events/" + event).json().path("registrations").path(0);
                assertThat(registration.path("erased").asBoolean()).isTrue();
                assertThat(registration.path("participant").path("name").isNull()).isTrue();
                assertThat(registration.path("participant").path("email").isNull()).isTrue();
                assertThat(registration.path("organisation").asString()).isEqualTo("Landkreis Harz");
            });
            var history = office.get("/api/audit/streams/network-event/" + event + "/events");
            assertThat(history.body()).contains("RegistrationDataExpired").doesNotContain("Frieda", "frieda.frist");
            var deadlines = app.bean(com.mongodb.client.MongoDatabase.class).getCollection("deadlines");
            await().atMost(Duration.ofSeconds(5)).until(() -> deadlines.countDocuments(
                    new Document("name", "registration-data-expiry")) == 0);
        }
    }
}
