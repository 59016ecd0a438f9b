package de.regionet.infra.deadline;

import com.mongodb.client.MongoDatabase;
import de.regionet.infra.eventstore.EventStoreConfiguration;
import de.regionet.infra.eventstore.MongoEventStore;
import de.regionet.kernel.network.Networks;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.config.ConfigurationScopeAwareProvider;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.jackson3.Jackson3Serializer;

import java.time.Clock;
import java.time.Duration;

/**
 * One aggregate type on RegioNet's event store and deadline manager over a given database, without Spring: an
 * application that can be stopped and started again on the same data, as a restart would.
 */
final class DeadlineApplication {

    static final Serializer SERIALIZER = Jackson3Serializer.builder()
            .jsonMapperBuilderCustomizer(EventStoreConfiguration.TRUSTED_TYPES).build();

    private DeadlineApplication() {
    }

    static Configuration start(MongoDatabase database, Class<?> aggregateType) {
        var engine = MongoEventStore.builder().database(database).eventSerializer(SERIALIZER)
                .snapshotSerializer(SERIALIZER).build();
        var configuration = DefaultConfigurer.defaultConfiguration()
                .configureSerializer(c -> SERIALIZER)
                .configureEmbeddedEventStore(c -> engine)
                .configureAggregate(aggregateType)
                .registerComponent(Networks.class, c -> Networks::known)
                .registerComponent(DeadlineManager.class, c -> new MongoDeadlineManager(
                        database.getCollection("deadlines"), new ConfigurationScopeAwareProvider(c), SERIALIZER,
                        NoTransactionManager.INSTANCE, Clock.systemUTC(), Duration.ofMillis(100), Duration.ofMinutes(1)))
                .buildConfiguration();
        configuration.start();
        ((MongoDeadlineManager) configuration.deadlineManager()).start();
        return configuration;
    }
}
