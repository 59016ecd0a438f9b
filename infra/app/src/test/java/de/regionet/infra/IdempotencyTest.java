package de.regionet.infra;

import de.regionet.kernel.EventMetaData;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** A retried creation with the same Idempotency-Key stores nothing new and answers as the first time did. */
@RegioNetTest
class IdempotencyTest {

    @LocalServerPort
    int port;

    @Autowired
    EventStorageEngine events;

    @Test
    void a_retried_creation_answers_as_the_first_time_and_stores_nothing_new() {
        var api = new ApiClient(port).as(TestUsers.OFFICE);
        var region = """
                {"key":"15087","name":"Mansfeld-Südharz","kind":"DISTRICT"}""";
        var first = api.post("/api/regions", region, "Idempotency-Key", "register-15087");
        var retry = api.post("/api/regions", region, "Idempotency-Key", "register-15087");
        assertThat(retry.status()).isEqualTo(first.status()).isEqualTo(201);
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        assertThat(retry.body()).isEqualTo(first.body());

        var group = """
                {"regionKey":"15087","name":"RAK Mansfeld-Südharz","establishedOn":"2021-01-01"}""";
        var created = api.post("/api/working-groups", group, "Idempotency-Key", "rak-15087");
        long stored = storedEvents("15087");
        var again = api.post("/api/working-groups", group, "Idempotency-Key", "rak-15087");
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.json().get("id").asString()).isEqualTo(created.json().get("id").asString());
        assertThat(again.header("ETag")).isEqualTo(created.header("ETag"));
        assertThat(storedEvents("15087")).isEqualTo(stored);

        var withoutKey = api.post("/api/regions", region);
        assertThat(withoutKey.status()).as("without a key, a second registration is a conflict").isEqualTo(409);
    }

    @Test
    void an_idempotency_key_belongs_to_the_user_who_sent_it() {
        var coordinator = new ApiClient(port).as(TestUsers.COORDINATOR_SALZLAND);
        var office = new ApiClient(port).as(TestUsers.OFFICE);
        office.post("/api/regions", """
                {"key":"99017","name":"Salzlandkreis","kind":"DISTRICT"}""");
        var group = """
                {"regionKey":"99017","name":"RAK Salzlandkreis","establishedOn":"2021-01-01"}""";
        var first = coordinator.post("/api/working-groups", group, "Idempotency-Key", "rak-99017");
        assertThat(first.status()).isEqualTo(201);

        var sameKeyOtherUser = office.post("/api/working-groups", group, "Idempotency-Key", "rak-99017");
        assertThat(sameKeyOtherUser.status()).as("not a replay of the coordinator's answer, but the office's own "
                + "attempt, which finds the working group there").isEqualTo(409);
        assertThat(sameKeyOtherUser.contentType()).startsWith("application/problem+json");

        var sameKeySameUser = coordinator.post("/api/working-groups", group, "Idempotency-Key", "rak-99017");
        assertThat(sameKeySameUser.body()).isEqualTo(first.body());
    }

    /** The events stored about {@code region}; other tests share the store. */
    private long storedEvents(String region) {
        try (var stream = events.readEvents(null, false)) {
            return stream.filter(event -> region.equals(event.getMetaData().get(EventMetaData.REGION_KEY))).count();
        }
    }
}
