package de.regionet.infra.processing;

import com.mongodb.client.MongoDatabase;
import de.regionet.infra.eventstore.EventLog;
import de.regionet.query.readmodel.ReadModelGenerations;
import org.axonframework.config.EventProcessingConfiguration;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.simp.SimpMessagingTemplate;

import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Projection operations and their round every half second. */
@Configuration(proxyBeanMethods = false)
class ProjectionConfiguration {

    @Bean
    ProjectionOperations projectionOperations(EventProcessingConfiguration processing, EventLog log,
                                              MongoDatabase database, SimpMessagingTemplate broker, Clock clock) {
        return new ProjectionOperations(processing, log, new ReadModelGenerations(database), broker, clock);
    }

    @Bean
    Rounds projectionOperationsRounds(ProjectionOperations operations) {
        return new Rounds(operations);
    }

    /** The rounds start once the application is ready, so they never race its start-up, and stop with it. */
    static final class Rounds implements ApplicationListener<ApplicationReadyEvent>, DisposableBean {

        private final ProjectionOperations operations;
        private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            var thread = new Thread(runnable, "projection-operations");
            thread.setDaemon(true);
            return thread;
        });

        Rounds(ProjectionOperations operations) {
            this.operations = operations;
        }

        @Override
        public void onApplicationEvent(ApplicationReadyEvent ready) {
            executor.scheduleWithFixedDelay(operations::tick, 500, 500, TimeUnit.MILLISECONDS);
        }

        @Override
        public void destroy() {
            executor.shutdownNow();
        }
    }
}
