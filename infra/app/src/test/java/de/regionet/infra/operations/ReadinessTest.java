package de.regionet.infra.operations;

import de.regionet.infra.ApiClient;
import de.regionet.infra.TestUsers;
import org.axonframework.config.EventProcessingConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Readiness and liveness apart (README "Metrics and health"): a read model that does not keep up takes the node out
 * of readiness (503, {@code OUT_OF_SERVICE}) while it stays alive and its health as a whole answers 200; once the
 * read model runs and has caught up, the node is ready again.
 */
// Not @RegioNetTest: it stops a read model's processor, which every other test sharing the context would notice.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"regionet.embedded.backend=memory", "regionet.mongo.database=readiness",
                "regionet.health.max-lag=2"})
class ReadinessTest {

    private static final Duration PATIENCE = Duration.ofSeconds(15);
    private static final String READ_MODEL = "regions";

    @LocalServerPort
    int port;

    @Autowired
    EventProcessingConfiguration processing;

    @Test
    void a_read_model_that_does_not_keep_up_takes_the_node_out_of_readiness_not_out_of_life() {
        var anonymous = new ApiClient(port);
        await().atMost(PATIENCE).until(() -> anonymous.get("/actuator/health/readiness").status() == 200);
        var processor = processing.eventProcessor(READ_MODEL).orElseThrow();

        processor.shutDown();
        var office = anonymous.as(TestUsers.OFFICE);
        for (var key : new String[]{"99731", "99732", "99733"}) {
            assertThat(office.post("/api/regions", """
                    {"key":"%s","name":"Kreis %s","kind":"DISTRICT"}""".formatted(key, key)).status()).isEqualTo(201);
        }

        var readiness = anonymous.get("/actuator/health/readiness");
        assertThat(readiness.status()).isEqualTo(503);
        assertThat(readiness.json().get("status").asString()).isEqualTo("OUT_OF_SERVICE");
        assertThat(readiness.json().has("components")).as("no details for the public").isFalse();
        assertThat(anonymous.get("/actuator/health/liveness").status()).isEqualTo(200);
        assertThat(anonymous.get("/actuator/health").status()).isEqualTo(200);
        assertThat(anonymous.as(TestUsers.OPERATOR).get("/actuator/prometheus").body())
                .contains("regionet_processor_lag{processor=\"" + READ_MODEL + "\"}");

        processor.start();

        await().atMost(PATIENCE).until(() -> anonymous.get("/actuator/health/readiness").status() == 200);
        assertThat(anonymous.get("/actuator/health/readiness").json().get("status").asString()).isEqualTo("UP");
    }
}
