package de.regionet.infra.processing;

import com.mongodb.client.MongoDatabase;
import de.regionet.infra.eventstore.EventLog;
import de.regionet.query.live.LiveFeed;
import de.regionet.query.readmodel.ReadModelGenerations;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.serialization.Serializer;
import org.axonframework.config.EventProcessingConfiguration;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationListener;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.simp.SimpMessagingTemplate;

import java.time.Clock;
import java.time.Duration;
import java.util.function.Predicate;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Projection operations and their round every half second. */
@Configuration(proxyBeanMethods = false)
class ProjectionConfiguration {

    @Bean
    ProjectionOperations projectionOperations(EventProcessingConfiguration processing, EventLog log,
                                              MongoDatabase database, SimpMessagingTemplate broker, Clock clock,
                                              NodeRoles roles, TokenStore tokens, Serializer serializer,
                                              @Value("${regionet.processing.claim-timeout:10s}") Duration claimTimeout) {
        Predicate<String> runsHere = processor -> roles.has(LiveFeed.NAME.equals(processor) ? NodeRoles.Role.LIVE
                : NodeRoles.Role.READ_MODELS);
        return new ProjectionOperations(processing, log, new ReadModelGenerations(database), broker, clock,
                new ProjectionOperations.Nodes(runsHere,
                        new ProcessorHolds(database.getCollection(ProcessorHolds.COLLECTION), clock), tokens,
                        claimTimeout, new ProcessorClaims(database.getCollection(ProcessorClaims.COLLECTION), serializer,
                        claimTimeout, clock)));
    }

    @Bean
    Rounds projectionOperationsRounds(ProjectionOperations operations) {
        return new Rounds(operations);
    }

    /**
     * The rounds start once the application is ready, so they never race its start-up, and stop first when it stops
     * (the last phase), so they never start a processor the application is shutting down.
     */
    static final class Rounds implements ApplicationListener<ApplicationReadyEvent>, DisposableBean, SmartLifecycle {

        private final ProjectionOperations operations;
        private volatile boolean running;
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

        @Override
        public void start() {
            running = true;
        }

        @Override
        public void stop() {
            running = false;
            executor.shutdownNow();
        }

        @Override
        public boolean isRunning() {
            return running;
        }

        @Override
        public int getPhase() {
            return Integer.MAX_VALUE;
        }
    }
}
