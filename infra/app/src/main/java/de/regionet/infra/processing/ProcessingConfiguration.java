package de.regionet.infra.processing;

import de.regionet.query.live.LiveFeed;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.axonframework.extensions.mongo.eventhandling.deadletter.MongoSequencedDeadLetterQueue;
import org.axonframework.messaging.StreamableMessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How the event processors of this node run: read models park what keeps failing in dead-letter queues, the live
 * feed starts at the head of the store. The event store knows no processor by name; this is where they are named.
 */
@Configuration(proxyBeanMethods = false)
class ProcessingConfiguration {

    /**
     * A read model whose handler keeps failing parks the event (and the rest of its aggregate's sequence) in a
     * dead-letter queue in MongoDB, instead of blocking its processor or skipping the event silently. The live
     * feed has none: a message that cannot be pushed now is not worth pushing later.
     */
    @Bean
    ConfigurerModule deadLetterQueues(MongoTemplate template) {
        return configurer -> configurer.eventProcessing().registerDeadLetterQueueProvider(
                processingGroup -> LiveFeed.NAME.equals(processingGroup) ? null
                        : config -> MongoSequencedDeadLetterQueue.builder()
                        .processingGroup(processingGroup)
                        .mongoTemplate(template)
                        .serializer(config.serializer())
                        .transactionManager(NoTransactionManager.INSTANCE)
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
