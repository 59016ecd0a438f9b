package de.regionet.infra;

import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.regionet.infra.eventstore.HashV1Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Events stored before facts carried the day they took effect still answer the audit's questions in both times: the
 * application started on the store RegioNet wrote with hash version 1 ({@link HashV1Store}, recorded on 2 December
 * 2026) shows a working group established without a day of its own as valid from the day it was recorded, while
 * its members count from the day they were admitted, as their events always said.
 */
class OldEventsValidTimeTest {

    private static final String GROUP = "fce2e877-5dcf-44c0-85cc-9468eed66290";

    @TempDir
    static Path dataDir;

    private static RunningApplication application;

    @BeforeAll
    static void theStoreWrittenBeforeValidTime() {
        var server = new MongoServer(new H2Backend(dataDir.resolve("regionet.mv.db").toString()));
        var address = server.bind();
        try (var client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort())) {
            HashV1Store.loadInto(client.getDatabase("regionet"));
        } finally {
            server.shutdown();
        }
        application = RunningApplication.start(dataDir);
    }

    @AfterAll
    static void stop() {
        application.close();
    }

    @Test
    void an_old_event_without_a_day_of_its_own_is_valid_from_the_day_it_was_recorded() {
        var api = application.api();
        var state = "/api/audit/streams/working-group/" + GROUP + "/state";

        var recorded = api.get(state);
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(200);
        var events = list(recorded.json().get("events"));
        assertThat(events.get(0).get("type").asString()).isEqualTo("WorkingGroupEstablished");
        assertThat(events.get(0).get("validOn").asString()).as("its record day").isEqualTo("2026-12-02");
        assertThat(events.get(0).get("recordedAt").asString()).startsWith("2026-12-02T17:13:06");
        assertThat(events.get(1).get("type").asString()).isEqualTo("MemberAdmitted");
        assertThat(events.get(1).get("validOn").asString()).as("the day the event names")
                .isEqualTo(recorded.json().get("state").get("members").get(0).get("admittedOn").asString());
        assertThat(recorded.json().get("state").get("name").asString()).isEqualTo("RAK Salzlandkreis");
        assertThat(recorded.json().get("state").get("members")).hasSize(6);

        var dayBefore = api.get(state + "?asOf=2026-12-01");
        assertThat(dayBefore.status()).isEqualTo(404);
        assertThat(dayBefore.json().get("detail").asString()).contains("took effect on 2026-12-02");
        var onTheDay = api.get(state + "?asOf=2026-12-02");
        assertThat(onTheDay.status()).isEqualTo(200);
        assertThat(onTheDay.json().get("state").get("members")).hasSize(6);

        var region = api.get("/api/audit/streams/region/15089/state?asOf=2026-12-02");
        assertThat(region.status()).isEqualTo(200);
        assertThat(region.json().get("state").get("name").asString()).isEqualTo("Salzlandkreis");
        assertThat(list(region.json().get("events"))).extracting(event -> event.get("validOn").asString())
                .containsOnly("2026-12-02");
        assertThat(api.get("/api/audit/verification").json().get("result").asString()).isEqualTo("ok");
    }

    private static List<JsonNode> list(JsonNode array) {
        var result = new ArrayList<JsonNode>();
        array.forEach(result::add);
        return result;
    }
}
