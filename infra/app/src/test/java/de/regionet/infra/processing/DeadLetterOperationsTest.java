package de.regionet.infra.processing;

import de.regionet.infra.ApiClient;
import de.regionet.infra.TestUsers;
import de.regionet.kernel.region.RegionEvent.RegionRegistered;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Events a read model parked as dead letters are listed (auditors and the network office) with why they were
 * parked, and handed to the read model again once it is fixed (the network office).
 */
// Not @RegioNetTest: it adds a projection of its own.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"regionet.embedded.backend=memory", "regionet.mongo.database=deadletteroperations"})
class DeadLetterOperationsTest {

    @LocalServerPort
    int port;

    @Autowired
    PickyProjection picky;

    @TestConfiguration
    static class WithPickyProjection {
        @Bean
        PickyProjection pickyProjection() {
            return new PickyProjection();
        }
    }

    /** A read model that cannot take region 99011 until it is fixed. */
    @ProcessingGroup("picky")
    static class PickyProjection {

        final List<String> handled = new CopyOnWriteArrayList<>();
        volatile boolean fixed;

        @EventHandler
        void on(RegionRegistered event) {
            if (!fixed && event.key().value().equals("99011")) {
                throw new IllegalStateException("this read model cannot take region 99011");
            }
            handled.add(event.key().value());
        }
    }

    @Test
    void parked_events_are_listed_with_their_cause_and_retried_once_the_read_model_is_fixed() {
        var office = new ApiClient(port).as(TestUsers.OFFICE);
        for (var key : List.of("99010", "99011", "99012")) {
            office.post("/api/regions", "{\"key\":\"" + key + "\",\"name\":\"Kreis\",\"kind\":\"DISTRICT\"}");
        }
        var auditor = new ApiClient(port).as(TestUsers.AUDITOR);
        await().atMost(Duration.ofSeconds(20)).until(() -> auditor.get("/api/admin/projections/picky").json()
                .get("deadLetters").asLong() == 1);
        assertThat(picky.handled).contains("99010", "99012").doesNotContain("99011");

        var parked = auditor.get("/api/admin/projections/picky/dead-letters");
        assertThat(parked.status()).isEqualTo(200);
        assertThat(parked.json()).hasSize(1);
        var letter = parked.json().get(0);
        assertThat(letter.get("type").asString()).isEqualTo("RegionRegistered");
        assertThat(letter.get("aggregateId").asString()).isEqualTo("99011");
        assertThat(letter.get("cause").asString()).contains("cannot take region 99011");

        assertThat(auditor.post("/api/admin/projections/picky/dead-letters/retry", "").status()).isEqualTo(403);
        var stillBroken = office.post("/api/admin/projections/picky/dead-letters/retry", "");
        assertThat(stillBroken.status()).isEqualTo(200);
        assertThat(stillBroken.json().get("processed").asLong()).isZero();
        assertThat(stillBroken.json().get("remaining").asLong()).isEqualTo(1);

        picky.fixed = true;
        var retried = office.post("/api/admin/projections/picky/dead-letters/retry", "");
        assertThat(retried.json().get("processed").asLong()).isEqualTo(1);
        assertThat(retried.json().get("remaining").asLong()).isZero();
        assertThat(picky.handled).contains("99011");
        assertThat(auditor.get("/api/admin/projections/picky/dead-letters").json()).isEmpty();
        assertThat(auditor.get("/api/admin/projections/no-such-thing/dead-letters").status()).isEqualTo(404);
    }
}
