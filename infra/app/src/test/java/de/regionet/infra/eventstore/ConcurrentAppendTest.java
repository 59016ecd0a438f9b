package de.regionet.infra.eventstore;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.tokenstore.inmemory.InMemoryTokenStore;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Many writers, deliberate conflicts, one tracking processor reading all along: every stored event is stored once
 * at a unique position, and the processor sees each exactly once, in sequence order per aggregate.
 */
class ConcurrentAppendTest {

    private static final int THREADS = 8;
    private static final int APPENDS_PER_THREAD = 500;
    private static final int AGGREGATES = 50;

    @Test
    void concurrent_appends_with_conflicts_lose_nothing_duplicate_nothing_and_are_seen_exactly_once()
            throws Exception {
        try (var store = StoreFixture.inMemory(64)) {
            var seen = new CopyOnWriteArrayList<DomainEventMessage<?>>();
            var processor = store.processor("audit", new InMemoryTokenStore(),
                    event -> seen.add((DomainEventMessage<?>) event));
            var stored = new ConcurrentHashMap<String, Boolean>();
            var conflicts = new AtomicInteger();
            var executor = Executors.newFixedThreadPool(THREADS);
            var next = new ConcurrentHashMap<String, AtomicInteger>();
            for (int t = 0; t < THREADS; t++) {
                executor.submit(() -> {
                    var random = ThreadLocalRandom.current();
                    for (int i = 0; i < APPENDS_PER_THREAD; i++) {
                        var aggregate = "agg-" + random.nextInt(AGGREGATES);
                        long sequence = next.computeIfAbsent(aggregate, a -> new AtomicInteger()).get();
                        if (random.nextInt(10) == 0 && sequence > 0) {
                            sequence--; // a writer working on stale state
                        }
                        try {
                            store.append(aggregate, sequence);
                            stored.put(aggregate + "/" + sequence, true);
                            next.get(aggregate).accumulateAndGet((int) sequence + 1, Math::max);
                        } catch (ConcurrencyException e) {
                            conflicts.incrementAndGet();
                        }
                    }
                    return null;
                });
            }
            executor.shutdown();
            assertThat(executor.awaitTermination(2, TimeUnit.MINUTES)).isTrue();
            assertThat(conflicts.get()).as("the test provoked conflicts").isPositive();

            List<TrackedEventMessage<?>> all;
            try (var events = store.engine.readEvents(null, false)) {
                all = events.collect(Collectors.toList());
            }
            var keys = all.stream().map(e -> ((DomainEventMessage<?>) e).getAggregateIdentifier() + "/"
                    + ((DomainEventMessage<?>) e).getSequenceNumber()).toList();
            assertThat(keys).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(stored.keySet());
            assertThat(all.stream().map(e -> e.trackingToken().position().getAsLong()).toList()).doesNotHaveDuplicates();
            assertThat(THREADS * APPENDS_PER_THREAD).isEqualTo(stored.size() + conflicts.get());

            await().atMost(Duration.ofSeconds(30)).until(() -> seen.size() >= stored.size());
            processor.shutDown();
            assertThat(seen.stream().map(DomainEventMessage::getIdentifier).toList()).doesNotHaveDuplicates()
                    .hasSize(stored.size());
            Map<String, List<Long>> perAggregate = new HashMap<>();
            seen.forEach(e -> perAggregate.computeIfAbsent(e.getAggregateIdentifier(), a -> new ArrayList<>())
                    .add(e.getSequenceNumber()));
            perAggregate.values().forEach(sequences -> assertThat(sequences).isSorted()
                    .containsExactlyElementsOf(java.util.stream.LongStream.range(0, sequences.size()).boxed().toList()));

            store.maintenance.run();
            var verification = store.verifier.verify();
            assertThat(verification.result()).as(String.valueOf(verification.firstFailure())).isEqualTo("ok");
            assertThat(verification.eventsChecked()).isEqualTo(stored.size());
            assertThat(verification.voidPositions()).as("one void per failed append").isEqualTo(conflicts.get());
        }
    }

    @Test
    void of_two_appends_of_the_same_sequence_number_exactly_one_wins() throws Exception {
        try (var store = StoreFixture.inMemory(64)) {
            var executor = Executors.newFixedThreadPool(2);
            for (int round = 0; round < 50; round++) {
                var aggregate = "contested-" + round;
                var start = new java.util.concurrent.CyclicBarrier(2);
                var outcomes = new ArrayList<java.util.concurrent.Future<Boolean>>();
                for (int writer = 0; writer < 2; writer++) {
                    outcomes.add(executor.submit(() -> {
                        start.await();
                        try {
                            store.append(aggregate, 0);
                            return true;
                        } catch (ConcurrencyException e) {
                            return false;
                        }
                    }));
                }
                int winners = 0;
                for (var outcome : outcomes) {
                    winners += outcome.get() ? 1 : 0;
                }
                assertThat(winners).as("round " + round).isEqualTo(1);
            }
            executor.shutdown();
            try (var events = store.engine.readEvents(null, false)) {
                assertThat(events.count()).isEqualTo(50);
            }
        }
    }
}
