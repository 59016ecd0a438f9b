package de.regionet.infra.deadline;

import com.mongodb.client.MongoDatabase;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.config.ConfigurationScopeAwareProvider;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

/** Deadlines (a call's submission deadline, a vote's end) kept in MongoDB, so they survive restarts. */
@Configuration(proxyBeanMethods = false)
public class DeadlineConfiguration {

    @Bean(destroyMethod = "shutdown")
    MongoDeadlineManager deadlineManager(MongoDatabase database, Serializer serializer, Clock clock,
                                         ObjectProvider<org.axonframework.config.Configuration> axon,
                                         @Value("${regionet.deadlines.poll-interval:1s}") Duration pollInterval,
                                         @Value("${regionet.deadlines.lease:1m}") Duration lease) {
        return new MongoDeadlineManager(database.getCollection("deadlines"),
                scope -> new ConfigurationScopeAwareProvider(axon.getObject()).provideScopeAwareStream(scope),
                serializer, NoTransactionManager.INSTANCE, clock, pollInterval, lease);
    }

    /**
     * Due deadlines are handled on nodes that handle commands ({@code regionet.roles} with {@code commands}, the
     * default); each is claimed by one of them (ADR 0027).
     */
    @EventListener(ApplicationReadyEvent.class)
    void startDeadlines(ApplicationReadyEvent ready) {
        var roles = Binder.get(ready.getApplicationContext().getEnvironment())
                .bind("regionet.roles", Bindable.listOf(String.class)).orElse(List.of());
        if (roles.isEmpty() || roles.stream().anyMatch(role -> role.strip().equalsIgnoreCase("commands"))) {
            ready.getApplicationContext().getBean(MongoDeadlineManager.class).start();
        }
    }
}
