package de.regionet.infra.eventstore;

import com.mongodb.client.MongoClient;
import de.regionet.infra.mongo.MongoProperties;
import de.regionet.query.live.LiveFeed;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.axonframework.extensions.mongo.eventhandling.saga.repository.MongoSagaStore;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.MongoEventStorageEngine;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.messaging.StreamableMessageSource;
import org.axonframework.modelling.saga.repository.SagaStore;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.jackson3.Jackson3SerializerCustomizer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.jsontype.BasicPolymorphicTypeValidator;

/**
 * Axon's storage in MongoDB: events, snapshots, tracking tokens and sagas. The one place that chooses the storage
 * engine, so it can be replaced without touching anything else.
 */
@Configuration(proxyBeanMethods = false)
public class EventStoreConfiguration {

    @Bean
    MongoTemplate axonMongoTemplate(MongoClient client, MongoProperties properties) {
        return DefaultMongoTemplate.builder().mongoDatabase(client, properties.mongo().database()).build();
    }

    @Bean
    EventStorageEngine eventStorageEngine(MongoTemplate template, Serializer serializer,
                                          @Qualifier("eventSerializer") Serializer eventSerializer) {
        return MongoEventStorageEngine.builder()
                .mongoTemplate(template)
                .snapshotSerializer(serializer)
                .eventSerializer(eventSerializer)
                .build();
    }

    @Bean
    TokenStore tokenStore(MongoTemplate template, Serializer serializer) {
        return MongoTokenStore.builder().mongoTemplate(template).serializer(serializer).build();
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
        return builder -> builder.polymorphicTypeValidator(BasicPolymorphicTypeValidator.builder()
                .allowIfSubType("org.axonframework.")
                .allowIfSubType("de.regionet.")
                .allowIfSubType("java.util.")
                .build());
    }

    /** Live feeds report what happens from now on: their processor starts at the head of the store. */
    @Bean
    ConfigurerModule liveFeedStartsAtHead() {
        return configurer -> configurer.eventProcessing().registerTrackingEventProcessor(LiveFeed.NAME,
                config -> config.eventStore(),
                config -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                        .andInitialTrackingToken(StreamableMessageSource::createHeadToken));
    }
}
