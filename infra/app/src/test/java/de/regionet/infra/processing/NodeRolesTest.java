package de.regionet.infra.processing;

import de.regionet.infra.ApiClient;
import de.regionet.infra.TestUsers;
import de.regionet.query.live.LiveFeed;
import de.regionet.query.region.RegionProjection;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A node of the read side only ({@code regionet.roles=read-models}): it answers queries and keeps the read models,
 * refuses commands with 421 naming {@code regionet.roles} and stores nothing, and serves no live feed. A context of
 * its own: the roles are the point.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"regionet.embedded.backend=memory", "regionet.mongo.database=read-models-only",
                "regionet.roles=read-models"})
class NodeRolesTest {

    @LocalServerPort
    int port;

    @Autowired
    EventProcessingConfiguration processing;

    @Test
    void a_command_sent_to_a_node_without_commands_is_misdirected_and_stores_nothing() {
        var office = new ApiClient(port).as(TestUsers.OFFICE);
        var refused = office.post("/api/regions", """
                {"key":"97001","name":"Kreis 97001","kind":"DISTRICT"}""", "Accept-Language", "en");

        assertThat(refused.status()).isEqualTo(421);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        var problem = refused.json();
        assertThat(problem.get("type").asString()).isEqualTo("/problems/misdirected-request");
        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("regionet.roles");
        assertThat(office.get("/api/regions/97001").status()).isEqualTo(404);
        assertThat(office.get("/api/regions").status()).as("queries are answered").isEqualTo(200);
    }

    @Test
    void a_node_without_live_runs_no_live_feed_and_refuses_the_stomp_endpoint() {
        assertThat(processing.eventProcessor(LiveFeed.NAME).map(EventProcessor::isRunning)).contains(false);
        assertThat(processing.eventProcessor(RegionProjection.NAME).map(EventProcessor::isRunning)).contains(true);
        assertThat(new ApiClient(port).get("/ws").status()).isEqualTo(421);
    }
}
