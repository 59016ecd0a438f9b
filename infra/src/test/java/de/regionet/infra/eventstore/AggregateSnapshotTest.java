package de.regionet.infra.eventstore;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import de.regionet.infra.ApiClient;
import de.regionet.infra.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application snapshots aggregates every few events and loads them from the snapshot: the working group's
 * state (its members) and version survive the round trip through the snapshot's JSON.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "regionet.embedded.backend=memory", "regionet.mongo.database=snapshots",
        "regionet.eventstore.snapshot-threshold=5"})
class AggregateSnapshotTest {

    @LocalServerPort
    int port;

    @Autowired
    MongoDatabase database;

    @Test
    void an_aggregate_loaded_from_its_snapshot_keeps_its_state_and_version() {
        var api = new ApiClient(port).as(TestUsers.OFFICE);
        assertThat(api.post("/api/regions", """
                {"key":"99016","name":"Testkreis","kind":"DISTRICT"}""").status()).isEqualTo(201);
        var group = api.post("/api/working-groups", """
                {"regionKey":"99016","name":"RAK Testkreis"}""").json().get("id").asString();
        for (int i = 1; i <= 12; i++) {
            var admitted = api.post("/api/working-groups/" + group + "/members",
                    "{\"organisation\":\"Organisation " + i + "\",\"category\":\"OTHER\"}", "If-Match",
                    "\"" + (i - 1) + "\"");
            assertThat(admitted.status()).isEqualTo(201);
        }
        var snapshot = database.getCollection(MongoEventStore.SNAPSHOTS).find(Filters.eq("_id", group)).first();
        assertThat(snapshot).as("a snapshot was taken").isNotNull();
        assertThat(snapshot.getLong(EventDocuments.SEQUENCE)).isGreaterThanOrEqualTo(5);

        var duplicate = api.post("/api/working-groups/" + group + "/members", """
                {"organisation":"organisation 3","category":"OTHER"}""");
        assertThat(duplicate.status()).as("members restored from the snapshot").isEqualTo(409);
        var next = api.post("/api/working-groups/" + group + "/members", """
                {"organisation":"Organisation 13","category":"OTHER"}""", "If-Match", "\"12\"");
        assertThat(next.status()).isEqualTo(201);
        assertThat(next.header("ETag")).isEqualTo("\"13\"");
    }
}
