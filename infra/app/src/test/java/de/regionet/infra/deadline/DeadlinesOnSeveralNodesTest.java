package de.regionet.infra.deadline;

import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.config.Configuration;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * Deadlines on several nodes sharing one database: every due deadline is handled once, by one of them (an atomic
 * claim of its document); one claimed by a node that died is handled by another once the claim's lease has ended.
 */
class DeadlinesOnSeveralNodesTest {

    /** How often each deadline's handler ran, over all nodes. */
    static final Map<String, AtomicInteger> HANDLED = new ConcurrentHashMap<>();

    record SetAlarm(@TargetAggregateIdentifier String id, Instant at) {
    }

    record AlarmSet(String id) {
    }

    static class Alarm {

        @AggregateIdentifier
        private String id;

        Alarm() {
        }

        @CommandHandler
        Alarm(SetAlarm command, DeadlineManager deadlines) {
            apply(new AlarmSet(command.id()));
            deadlines.schedule(command.at(), "ring");
        }

        @DeadlineHandler(deadlineName = "ring")
        void ring() {
            HANDLED.computeIfAbsent(id, key -> new AtomicInteger()).incrementAndGet();
        }

        @EventSourcingHandler
        void on(AlarmSet event) {
            id = event.id();
        }
    }

    private final MongoServer server = new MongoServer(new MemoryBackend());
    private final List<Configuration> nodes = new ArrayList<>();

    @AfterEach
    void stop() {
        nodes.forEach(Configuration::shutdown);
        server.shutdown();
        HANDLED.clear();
    }

    @Test
    void each_due_deadline_is_handled_once_by_one_of_three_nodes() {
        var address = server.bind();
        try (var client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort())) {
            var database = client.getDatabase("deadlines");
            IntStream.range(0, 3).forEach(node -> nodes.add(DeadlineApplication.start(database, Alarm.class)));
            var due = Instant.now().plusMillis(800);
            for (int i = 0; i < 30; i++) {
                nodes.get(i % 3).commandGateway().sendAndWait(new SetAlarm("alarm-" + i, due));
            }

            await().atMost(Duration.ofSeconds(20))
                    .until(() -> database.getCollection("deadlines").countDocuments() == 0);
            assertThat(HANDLED).hasSize(30);
            assertThat(HANDLED.values()).allSatisfy(count -> assertThat(count.get()).isEqualTo(1));
        }
    }

    @Test
    void a_deadline_claimed_by_a_node_that_died_is_handled_by_another_when_the_lease_ends() {
        var address = server.bind();
        try (var client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort())) {
            var database = client.getDatabase("deadlines");
            var survivor = DeadlineApplication.start(database, Alarm.class);
            nodes.add(survivor);
            survivor.commandGateway().sendAndWait(new SetAlarm("orphan", Instant.now().plusMillis(400)));
            // as a node leaves it that claimed it and was killed before handling it: its lease runs 2 s more
            database.getCollection("deadlines").updateMany(Filters.empty(),
                    Updates.set("claimedUntil", Date.from(Instant.now().plusSeconds(2))));
            var claimedAt = Instant.now();

            await().atMost(Duration.ofSeconds(15)).until(() -> HANDLED.containsKey("orphan"));
            assertThat(Duration.between(claimedAt, Instant.now())).as("not before the lease ended")
                    .isGreaterThanOrEqualTo(Duration.ofMillis(1500));
            await().atMost(Duration.ofSeconds(5))
                    .until(() -> database.getCollection("deadlines").countDocuments() == 0);
            assertThat(HANDLED.get("orphan").get()).isEqualTo(1);
        }
    }
}
