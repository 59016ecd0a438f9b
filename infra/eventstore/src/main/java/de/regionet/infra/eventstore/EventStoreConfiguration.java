package de.regionet.infra.eventstore;

import com.mongodb.WriteConcern;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import de.regionet.infra.mongo.MongoConfiguration.EmbeddedMongo;
import de.regionet.infra.mongo.MongoProperties;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.snapshotting.SnapshotFilter;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.axonframework.extensions.mongo.eventhandling.saga.repository.MongoSagaStore;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.modelling.saga.repository.SagaStore;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.axonframework.serialization.jackson3.Jackson3SerializerCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.jsontype.BasicPolymorphicTypeValidator;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Axon's storage in MongoDB: events and snapshots in RegioNet's own engine ({@link MongoEventStore}), tracking
 * tokens, sagas and dead letters through axon-mongo. The one place that decides how anything is stored.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EventStoreProperties.class)
public class EventStoreConfiguration {

    /** The snapshot trigger aggregates name in {@code @Aggregate(snapshotTriggerDefinition = ...)}. */
    public static final String SNAPSHOT_TRIGGER = "snapshotTrigger";

    /**
     * The engine also applies the aggregates' snapshot filters: an aggregate whose {@code @Revision} changed ignores
     * snapshots of its older revisions and is rebuilt from its events, instead of reading old JSON into new fields.
     * Stored events are read through the application's upcasters (e.g. {@link TypeRenames}).
     */
    @Bean
    MongoEventStore eventStorageEngine(MongoDatabase database, EmbeddedMongo embedded, EventStoreProperties properties,
                                       Serializer serializer, @Qualifier("eventSerializer") Serializer eventSerializer,
                                       Clock clock, ObjectProvider<org.axonframework.config.Configuration> axon,
                                       ObjectProvider<EventUpcaster> upcasters,
                                       ObjectProvider<MeterRegistry> meters) {
        var builder = MongoEventStore.builder()
                .database(embedded.running() ? database : database.withWriteConcern(WriteConcern.MAJORITY.withJournal(true)))
                .batchSize(properties.batchSize())
                .snapshotSerializer(serializer)
                .eventSerializer(eventSerializer)
                .clock(clock);
        meters.ifAvailable(builder::meters);
        builder.upcasterChain(new EventUpcasterChain(upcasters.orderedStream().toList()));
        builder.snapshotFilter((SnapshotFilter) snapshot -> axon.getObject().snapshotFilter().allow(snapshot));
        if (embedded.running()) {
            builder.durableCommit(embedded.commit());
        }
        return builder.build();
    }

    @Bean
    StoreMaintenance storeMaintenance(MongoEventStore store, MongoDatabase database, EventStoreProperties properties,
                                      Clock clock) {
        return new StoreMaintenance(store, database.getCollection(StoreMaintenance.CHECKPOINTS),
                properties.checkpointInterval(), properties.gapTimeout(), clock);
    }

    @Bean
    StoreVerifier storeVerifier(MongoEventStore store, MongoDatabase database, EventStoreProperties properties,
                                Clock clock) {
        return new StoreVerifier(store, database.getCollection(StoreMaintenance.CHECKPOINTS),
                properties.gapTimeout(), clock, properties.verificationFailuresListed());
    }

    @Bean
    EventLog eventLog(MongoEventStore store, MongoDatabase database) {
        return new EventLog(store, database.getCollection(StoreMaintenance.CHECKPOINTS));
    }

    @Bean(destroyMethod = "shutdownNow")
    ScheduledExecutorService storeMaintenanceSchedule(StoreMaintenance maintenance, EventStoreProperties properties) {
        var executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            var thread = new Thread(runnable, "event-store-maintenance");
            thread.setDaemon(true);
            return thread;
        });
        long interval = properties.maintenanceInterval().toMillis();
        executor.scheduleWithFixedDelay(maintenance::run, interval, interval, TimeUnit.MILLISECONDS);
        return executor;
    }

    @Bean(SNAPSHOT_TRIGGER)
    SnapshotTriggerDefinition snapshotTrigger(Snapshotter snapshotter, EventStoreProperties properties) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, properties.snapshotThreshold());
    }

    @Bean
    MongoTemplate axonMongoTemplate(MongoClient client, MongoProperties properties) {
        return DefaultMongoTemplate.builder().mongoDatabase(client, properties.mongo().database()).build();
    }

    /**
     * Tracking tokens, claimed by one node at a time; a claim not extended for {@code regionet.processing.claim-timeout}
     * (a node that died) may be taken by another node (ADR 0027).
     */
    @Bean
    TokenStore tokenStore(MongoTemplate template, Serializer serializer,
                          @Value("${regionet.processing.claim-timeout:10s}") Duration claimTimeout) {
        return MongoTokenStore.builder().mongoTemplate(template).serializer(serializer).claimTimeout(claimTimeout)
                .nodeId(java.lang.management.ManagementFactory.getRuntimeMXBean().getName()).build();
    }

    @Bean
    SagaStore<Object> sagaStore(MongoTemplate template, Serializer serializer) {
        return MongoSagaStore.builder().mongoTemplate(template).serializer(serializer).build();
    }

    /**
     * Jackson 3 refuses polymorphic types it is not told about; tracking tokens and our own messages are ours to
     * trust, nothing else is.
     */
    @Bean
    Jackson3SerializerCustomizer trustedTypes() {
        return TRUSTED_TYPES;
    }

    public static final Jackson3SerializerCustomizer TRUSTED_TYPES = builder -> builder.polymorphicTypeValidator(
            BasicPolymorphicTypeValidator.builder()
                    .allowIfSubType("org.axonframework.")
                    .allowIfSubType("de.regionet.")
                    .allowIfSubType("java.util.")
                    .build());
}
