package de.regionet.infra.deadline;

import com.mongodb.client.MongoDatabase;
import de.regionet.infra.mongo.TestMongo;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.config.Configuration;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A deadline scheduled by an aggregate fires after the application that scheduled it has stopped and another
 * one has started on the same database.
 */
class DeadlineRestartTest {

    record SetReminder(@TargetAggregateIdentifier String id, Instant at) {
    }

    record ReminderSet(String id) {
    }

    record ReminderFired(String id) {
    }

    static class Reminder {

        @AggregateIdentifier
        private String id;
        private boolean fired;

        Reminder() {
        }

        @CommandHandler
        Reminder(SetReminder command, DeadlineManager deadlines) {
            apply(new ReminderSet(command.id()));
            deadlines.schedule(command.at(), "remind");
        }

        @DeadlineHandler(deadlineName = "remind")
        void remind() {
            if (!fired) {
                apply(new ReminderFired(id));
            }
        }

        @EventSourcingHandler
        void on(ReminderSet event) {
            id = event.id();
        }

        @EventSourcingHandler
        void on(ReminderFired event) {
            fired = true;
        }
    }

    @Test
    void a_deadline_fires_after_a_restart_of_the_application_that_scheduled_it() {
        try (var mongo = TestMongo.server("deadlines"); var client = mongo.client()) {
            var database = client.getDatabase(mongo.database());
            var first = application(database);
            first.commandGateway().sendAndWait(new SetReminder("r-1", Instant.now().plusMillis(1500)));
            first.shutdown();
            assertThat(database.getCollection("deadlines").countDocuments()).as("kept while nobody runs").isEqualTo(1);

            var second = application(database);
            var store = second.eventStore();
            await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(store.readEvents("r-1").asStream()
                    .map(event -> (Object) event.getPayload()).toList()).contains(new ReminderFired("r-1")));
            await().atMost(Duration.ofSeconds(5)).until(() -> database.getCollection("deadlines").countDocuments() == 0);
            second.shutdown();
        }
    }

    private static Configuration application(MongoDatabase database) {
        return DeadlineApplication.start(database, Reminder.class);
    }
}
