package de.regionet.infra.eventstore;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import de.regionet.infra.ApiClient;
import de.regionet.infra.TestUsers;
import de.regionet.kernel.region.RegionEvent.RegionRegistered;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A read model whose handler keeps failing parks the event in the dead-letter queue in MongoDB and goes on with
 * the next events; it neither blocks its processor nor drops the event silently.
 */
// Not @RegioNetTest: it adds a failing projection of its own.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"regionet.embedded.backend=memory", "regionet.mongo.database=deadletters"})
class DeadLetterTest {

    @LocalServerPort
    int port;

    @Autowired
    MongoDatabase database;

    @Autowired
    FailingProjection failing;

    @Autowired
    EventProcessingConfiguration processing;

    @TestConfiguration
    static class WithFailingProjection {
        @Bean
        FailingProjection failingProjection() {
            return new FailingProjection();
        }
    }

    @ProcessingGroup("failing")
    static class FailingProjection {

        final AtomicInteger handled = new AtomicInteger();

        @EventHandler
        void on(RegionRegistered event) {
            handled.incrementAndGet();
            if (event.key().value().equals("99013")) {
                throw new IllegalStateException("this read model cannot take region 99013");
            }
        }
    }

    @Test
    void an_event_whose_handler_keeps_failing_is_parked_and_the_processor_goes_on() {
        var api = new ApiClient(port).as(TestUsers.OFFICE);
        for (var key : new String[]{"99012", "99013", "99014"}) {
            assertThat(api.post("/api/regions", "{\"key\":\"" + key + "\",\"name\":\"Kreis\",\"kind\":\"DISTRICT\"}")
                    .status()).isEqualTo(201);
        }
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(failing.handled.get()).isGreaterThanOrEqualTo(3);
            assertThat(database.getCollection("deadletters").countDocuments(Filters.eq("processingGroup", "failing")))
                    .isEqualTo(1);
        });
        var queue = processing.deadLetterQueue("failing").orElseThrow();
        assertThat(queue.amountOfSequences()).isEqualTo(1);
    }
}
