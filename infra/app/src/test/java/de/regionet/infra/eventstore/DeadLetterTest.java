package de.regionet.infra.eventstore;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import de.regionet.infra.ApiClient;
import de.regionet.infra.TestUsers;
import de.regionet.kernel.region.RegionEvent.RegionRegistered;
import de.regionet.query.readmodel.VersionedCollection;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.bson.codecs.pojo.annotations.BsonId;
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
 * the next events; it neither blocks its processor nor drops the event silently, nor loses what the other events of
 * its batch wrote.
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

    @Autowired
    FailingInTheMiddle middle;

    @TestConfiguration
    static class WithFailingProjection {
        @Bean
        FailingProjection failingProjection() {
            return new FailingProjection();
        }

        @Bean
        FailingInTheMiddle failingInTheMiddle(MongoDatabase database, MeterRegistry meters) {
            return new FailingInTheMiddle(database, meters);
        }
    }

    /** A region as a read model marks it. */
    public record Mark(@BsonId String id, long version) implements VersionedCollection.Versioned {
    }

    /** A read model that cannot take one region; what it writes for the others is held until its batch ends. */
    @ProcessingGroup("failing_batch")
    static class FailingInTheMiddle {

        static final String REFUSED = "99563";
        final VersionedCollection<Mark> marks;

        FailingInTheMiddle(MongoDatabase database, MeterRegistry meters) {
            marks = new VersionedCollection<>(database, "failing_batch_marks", Mark.class, meters);
        }

        @EventHandler
        void on(RegionRegistered event, @SequenceNumber long version) {
            if (event.key().value().equals(REFUSED)) {
                throw new IllegalStateException("this read model cannot take region " + REFUSED);
            }
            marks.create(event.key().value(), version, new Mark(event.key().value(), version));
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

    @Test
    void an_event_parked_in_the_middle_of_a_batch_keeps_what_the_batch_wrote_for_the_others() {
        var processor = processing.eventProcessor("failing_batch", TrackingEventProcessor.class).orElseThrow();
        processor.shutDown();
        var api = new ApiClient(port).as(TestUsers.OFFICE);
        try {
            for (var key : new String[]{"99562", FailingInTheMiddle.REFUSED, "99564"}) {
                assertThat(api.post("/api/regions", "{\"key\":\"" + key
                        + "\",\"name\":\"Kreis\",\"kind\":\"DISTRICT\"}").status()).isEqualTo(201);
            }
        } finally {
            processor.start();
        }
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(database.getCollection("deadletters")
                    .countDocuments(Filters.eq("processingGroup", "failing_batch"))).isEqualTo(1);
            assertThat(processor.processingStatus().values()).allMatch(status -> status.isCaughtUp());
        });
        assertThat(middle.marks.find("99562")).isPresent();
        assertThat(middle.marks.find("99564")).isPresent();
        assertThat(middle.marks.find(FailingInTheMiddle.REFUSED)).isEmpty();
    }
}
