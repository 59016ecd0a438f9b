package de.regionet.infra.eventstore;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.tokenstore.inmemory.InMemoryTokenStore;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Positions a writer reserved and never filled: readers do not wait for them, an event that commits late behind
 * another writer's is still delivered, and once abandoned the position is voided so the store verifies.
 */
class GapTest {

    @Test
    void a_gap_that_never_fills_does_not_stall_readers_and_is_voided_after_the_gap_timeout() {
        try (var store = StoreFixture.inMemory(4, Duration.ofMillis(300))) {
            store.append("a", 0);
            long abandoned = store.reserveAndDie(2);
            store.append("a", 1);
            List<String> seen = new CopyOnWriteArrayList<>();
            var processor = store.processor("reader", new InMemoryTokenStore(),
                    event -> seen.add(((DomainEventMessage<?>) event).getAggregateIdentifier()
                            + "/" + ((DomainEventMessage<?>) event).getSequenceNumber()));
            await().atMost(Duration.ofSeconds(10)).until(() -> seen.size() == 2);
            assertThat(seen).containsExactly("a/0", "a/1");

            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
                store.maintenance.run();
                assertThat(store.events().countDocuments(
                        com.mongodb.client.model.Filters.in("_id", abandoned, abandoned + 1))).isEqualTo(2);
            });
            store.append("a", 2);
            await().atMost(Duration.ofSeconds(10)).until(() -> seen.size() == 3);
            processor.shutDown();
            var verification = store.verifier.verify();
            assertThat(verification.result()).as(String.valueOf(verification.firstFailure())).isEqualTo("ok");
            assertThat(verification.voidPositions()).isEqualTo(2);
        }
    }

    @Test
    void an_event_that_commits_after_a_later_one_is_delivered_once_it_commits() {
        try (var store = StoreFixture.inMemory(1000)) {
            List<Long> seen = new CopyOnWriteArrayList<>();
            List<Long> positions = new CopyOnWriteArrayList<>();
            var processor = store.processor("reader", new InMemoryTokenStore(), event -> {
                seen.add(((DomainEventMessage<?>) event).getSequenceNumber());
                positions.add(((Number) event.getMetaData().get(de.regionet.kernel.EventMetaData.GLOBAL_POSITION))
                        .longValue());
            });
            long slow = store.reserveAndDie(1);
            store.append("fast", 0);
            await().atMost(Duration.ofSeconds(10)).until(() -> seen.size() == 1);

            // the slow writer finally inserts at the position it reserved earlier
            var late = new StoreFixture.Noted("slow", 0);
            store.events().insertOne(new EventDocuments.Content("Test", "slow", 0, "late-event", "2026-01-01T00:00:00Z",
                    StoreFixture.Noted.class.getName(), null,
                    "{\"aggregateId\":\"slow\",\"sequence\":0}", "{}").toDocument(slow, slow, EventDocuments.GENESIS,
                    new java.util.Date()));
            store.append("fast", 1);
            await().atMost(Duration.ofSeconds(10)).until(() -> seen.size() == 3);
            processor.shutDown();
            assertThat(seen).hasSize(3).containsExactlyInAnyOrder(0L, 0L, 1L);
            assertThat(positions).as("each event carries its own position, the late one too")
                    .containsExactly(1L, slow, 2L);
            assertThat(late.aggregateId()).isEqualTo("slow");
        }
    }
}
