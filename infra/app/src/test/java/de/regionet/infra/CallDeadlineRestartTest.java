package de.regionet.infra;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A call closes at its deadline although the application that opened it stopped before the deadline came: the next
 * one started on the same data directory closes it, as of the deadline, and refuses proposals from then on.
 */
class CallDeadlineRestartTest {

    @TempDir
    Path dataDir;

    @Test
    void a_call_closes_at_its_deadline_across_a_restart() {
        String call;
        Instant deadline;
        try (var app = RunningApplication.start(dataDir)) {
            var office = app.api();
            assertThat(office.post("/api/regions", """
                    {"key":"15089","name":"Salzlandkreis","kind":"DISTRICT"}""").status()).isEqualTo(201);
            assertThat(office.post("/api/working-groups", """
                    {"regionKey":"15089","name":"RAK Salzlandkreis",
                     "establishedOn":"2021-01-01"}""").status()).isEqualTo(201);
            var programme = office.post("/api/programmes", """
                    {"name":"REGIO AKTIV","from":"2021-01-01","to":"2027-12-31","budgetEuro":140000000,
                     "fundingAreas":[{"code":"A","title":"Aktive Eingliederung","from":"2022-06-21"}]}""")
                    .json().get("id").asString();
            deadline = Instant.now().plusSeconds(8).truncatedTo(ChronoUnit.MILLIS);
            var opened = office.post("/api/calls", """
                    {"regionKey":"15089","programmeId":"%s","fundingArea":"A","title":"Kurzer Aufruf",
                     "budgetEuro":100000,"deadline":"%s","criteria":[]}""".formatted(programme, deadline));
            assertThat(opened.status()).as(opened.body()).isEqualTo(201);
            call = opened.header("Location");
        }
        assertThat(Instant.now()).as("the first application stopped before the deadline").isBefore(deadline);

        try (var app = RunningApplication.start(dataDir)) {
            var office = app.api();
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
                var closed = office.get(call);
                assertThat(closed.status()).isEqualTo(200);
                assertThat(closed.json().get("status").asString()).isEqualTo("CLOSED");
            });
            var late = office.post(call + "/proposals", """
                    {"sponsor":"Bildungswerk Salzland","title":"Zu spät","summary":"Nach der Frist",
                     "requestedEuro":1000,"durationMonths":12}""");
            assertThat(late.status()).isEqualTo(409);
            assertThat(late.json().get("detail").asString()).contains(deadline.toString());
        }
    }
}
