package de.regionet.infra.deadline;

import com.mongodb.client.MongoDatabase;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.config.ConfigurationScopeAwareProvider;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

import java.time.Clock;
import java.time.Duration;

/** Deadlines (a call's submission deadline, a vote's end) kept in MongoDB, so they survive restarts. */
@Configuration(proxyBeanMethods = false)
public class DeadlineConfiguration {

    @Bean(destroyMethod = "shutdown")
    MongoDeadlineManager deadlineManager(MongoDatabase database, Serializer serializer, Clock clock,
                                         ObjectProvider<org.axonframework.config.Configuration> axon,
                                         @Value("${regionet.deadlines.poll-interval:1s}") Duration pollInterval) {
        return new MongoDeadlineManager(database.getCollection("deadlines"),
                scope -> new ConfigurationScopeAwareProvider(axon.getObject()).provideScopeAwareStream(scope),
                serializer, NoTransactionManager.INSTANCE, clock, pollInterval);
    }

    @EventListener(ApplicationReadyEvent.class)
    void startDeadlines(ApplicationReadyEvent ready) {
        ready.getApplicationContext().getBean(MongoDeadlineManager.class).start();
    }
}
