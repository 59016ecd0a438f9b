package de.regionet.infra.eventstore;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.tokenstore.inmemory.InMemoryTokenStore;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Two engines on one database, as two nodes have: whatever one remembers of the streams it appended to, the other
 * appending last never leads to a wrong hash chain or a lost update, and each node's processors see the other's
 * events without being told.
 */
class MongoEventStoreOnTwoNodesTest {

    @Test
    void appends_alternating_between_two_nodes_keep_every_stream_chained_and_stale_ones_conflict() {
        try (var store = StoreFixture.inMemory(8)) {
            var nodeA = store.engine;
            var nodeB = MongoEventStore.builder().database(store.database).eventSerializer(StoreFixture.SERIALIZER)
                    .snapshotSerializer(StoreFixture.SERIALIZER).batchSize(100).build();

            for (long sequence = 0; sequence < 20; sequence++) {
                var node = sequence % 3 == 0 ? nodeB : nodeA;
                node.appendEvents(List.of(StoreFixture.event("agreement-1", sequence)));
            }
            // A last appended sequence 19 and remembers it; B appends 20; A, working on its stale state, tries 20
            nodeB.appendEvents(List.of(StoreFixture.event("agreement-1", 20)));
            assertThatThrownBy(() -> nodeA.appendEvents(List.of(StoreFixture.event("agreement-1", 20))))
                    .isInstanceOf(ConcurrencyException.class);
            nodeA.appendEvents(List.of(StoreFixture.event("agreement-1", 21)));

            var verification = store.verifier.verify();
            assertThat(verification.result()).isEqualTo("ok");
            assertThat(verification.eventsChecked()).isEqualTo(22);
            assertThat(nodeA.readEvents("agreement-1").asStream().map(DomainEventMessage::getSequenceNumber))
                    .containsExactly(java.util.stream.LongStream.rangeClosed(0, 21).boxed().toArray(Long[]::new));
        }
    }

    @Test
    void a_processor_on_one_node_sees_what_the_other_node_appends_by_polling() {
        try (var store = StoreFixture.inMemory(64)) {
            var seen = new CopyOnWriteArrayList<String>();
            store.processor("on-a", new InMemoryTokenStore(), event -> seen.add(
                    ((DomainEventMessage<?>) event).getAggregateIdentifier()));
            var nodeB = EmbeddedEventStore.builder().storageEngine(MongoEventStore.builder().database(store.database)
                    .eventSerializer(StoreFixture.SERIALIZER).snapshotSerializer(StoreFixture.SERIALIZER).build())
                    .build();
            try {
                nodeB.publish(StoreFixture.event("written-on-b", 0));
                await().atMost(Duration.ofSeconds(10)).until(() -> seen.contains("written-on-b"));
            } finally {
                nodeB.shutDown();
            }
        }
    }
}
