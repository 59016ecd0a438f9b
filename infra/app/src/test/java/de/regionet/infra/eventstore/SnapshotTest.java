package de.regionet.infra.eventstore;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.junit.jupiter.api.Test;

import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** With a snapshot, loading an aggregate reads the snapshot and only the events after it. */
class SnapshotTest {

    record Tally(long events) {
    }

    @Test
    void loading_an_aggregate_reads_its_snapshot_and_the_events_after_it() {
        try (var store = StoreFixture.inMemory(256)) {
            for (long sequence = 0; sequence < 120; sequence++) {
                store.append("long-lived", sequence);
            }
            store.engine.storeSnapshot(new GenericDomainEventMessage<>("Test", "long-lived", 99, new Tally(100)));
            store.engine.storeSnapshot(new GenericDomainEventMessage<>("Test", "long-lived", 49, new Tally(50)));

            var loaded = store.eventStore.readEvents("long-lived").asStream().collect(Collectors.toList());
            assertThat(loaded).hasSize(21);
            assertThat(loaded.get(0).getPayload()).as("the newer snapshot stays").isEqualTo(new Tally(100));
            assertThat(loaded.get(1).getSequenceNumber()).isEqualTo(100);
            assertThat(loaded.get(20).getSequenceNumber()).isEqualTo(119);
        }
    }

    @Test
    void loading_without_a_snapshot_reads_every_event_in_order() {
        try (var store = StoreFixture.inMemory(256)) {
            for (long sequence = 0; sequence < 600; sequence++) {
                store.append("long-lived", sequence);
            }
            var sequences = store.eventStore.readEvents("long-lived").asStream()
                    .map(event -> event.getSequenceNumber()).toList();
            assertThat(sequences).hasSize(600).isSorted().doesNotHaveDuplicates();
        }
    }
}
