package de.regionet.infra.console.office;

import de.regionet.infra.ApiClient;
import de.regionet.infra.PageClient;
import de.regionet.infra.TestUsers;
import de.regionet.kernel.NetworkTime;
import de.regionet.kernel.auditlog.AuditLogId;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The office rebuilds a read model from the console's form: the same operation as the API's replay, recorded in the
 * audit log under the office's name first, then the read model rebuilt and running again; the page confirms it.
 */
// Not @RegioNetTest: a rebuild replays the store from its first event, which the shared context's other tests
// should not have to share.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"regionet.embedded.backend=memory", "regionet.mongo.database=readmodelpage"})
class ReadModelRebuildPageTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @LocalServerPort
    int port;

    @Test
    void the_office_rebuilds_a_read_model_from_the_form_and_the_audit_log_records_it() {
        var api = new ApiClient(port).as(TestUsers.OFFICE);
        api.post("/api/regions", "{\"key\":\"99451\",\"name\":\"Neuaufbau-Test\",\"kind\":\"DISTRICT\"}");
        var office = new PageClient(port).signIn(TestUsers.OFFICE);
        office.get("/console/lesemodelle");

        var rebuilt = office.post("/console/lesemodelle/regions/neuaufbau", Map.of());

        assertThat(rebuilt.status()).isEqualTo(302);
        assertThat(rebuilt.location()).endsWith("/console/lesemodelle?neuaufbau=regions");
        assertThat(office.get("/console/lesemodelle?neuaufbau=regions").body())
                .contains("role=\"status\"", "Der Neuaufbau von regions hat begonnen.");
        var log = api.get("/api/audit/streams/audit-log/" + AuditLogId.of(NetworkTime.today(Clock.systemUTC()))
                + "/events").json().get("events");
        assertThat(log.valueStream().filter(event -> event.get("type").asString().equals("ReadModelReplayStarted")))
                .singleElement().satisfies(event -> {
                    assertThat(event.get("principal").asString()).isEqualTo(TestUsers.OFFICE);
                    assertThat(event.get("payload").get("processor").asString()).isEqualTo("regions");
                });
        await().atMost(PATIENCE).until(() -> api.get("/api/admin/projections/regions").json().get("state")
                .asString().equals("running"));
        assertThat(api.get("/api/regions/99451").status()).isEqualTo(200);
    }
}
