package de.regionet.infra.processing;

import de.regionet.query.live.LiveFeed;
import de.regionet.query.readmodel.BatchWrites;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.axonframework.extensions.mongo.eventhandling.deadletter.MongoSequencedDeadLetterQueue;
import org.axonframework.messaging.StreamableMessageSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

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

    /**
     * Every processor handles what is waiting in batches of up to {@code regionet.processing.batch-size} events and
     * stores its token once per batch, not once per event (docs/read-side.md). A batch is never waited for: the
     * processor takes what has been appended when it looks, so one event alone is handled at once. A crash within a
     * batch hands its events to the read models again, which are idempotent.
     */
    @Bean
    ConfigurerModule processorsInBatches(@Value("${regionet.processing.batch-size:100}") int batchSize,
                                         @Value("${regionet.processing.claim-interval:2s}") Duration claimInterval,
                                         NodeRoles roles) {
        return configurer -> configurer.eventProcessing().registerTrackingEventProcessorConfiguration(
                config -> inBatches(batchSize, claimInterval).andAutoStart(roles.has(NodeRoles.Role.READ_MODELS)));
    }

    /**
     * Read models hold what a batch writes and write it while the batch's last event is handled, before its token is
     * stored ({@link BatchWrites}): a fixed number of round trips per batch and document instead of per event.
     */
    @Bean
    ConfigurerModule readModelWritesPerBatch() {
        return configurer -> configurer.eventProcessing().registerDefaultHandlerInterceptor(
                (config, processor) -> BatchWrites.flushedAtEndOfBatch());
    }

    /**
     * Live feeds report what happens from now on: their processor starts at the head of the store. It runs on nodes
     * with the role {@code live}; with several, the one holding its token publishes (ADR 0027).
     */
    @Bean
    ConfigurerModule liveFeedStartsAtHead(@Value("${regionet.processing.batch-size:100}") int batchSize,
                                          @Value("${regionet.processing.claim-interval:2s}") Duration claimInterval,
                                          NodeRoles roles) {
        return configurer -> configurer.eventProcessing().registerTrackingEventProcessor(LiveFeed.NAME,
                config -> config.eventStore(),
                config -> inBatches(batchSize, claimInterval).andAutoStart(roles.has(NodeRoles.Role.LIVE))
                        .andInitialTrackingToken(StreamableMessageSource::createHeadToken));
    }

    /**
     * One segment per processor, one thread: nodes share the processors, each claiming the ones free
     * ({@code claim-interval}: how often a node looks for a free one, so a dead node's are taken over within the
     * claim timeout plus this). ADR 0027 says why not several segments.
     */
    private static TrackingEventProcessorConfiguration inBatches(int batchSize, Duration claimInterval) {
        return TrackingEventProcessorConfiguration.forSingleThreadedProcessing().andBatchSize(batchSize)
                .andInitialSegmentsCount(1)
                .andTokenClaimInterval(claimInterval.toMillis(), TimeUnit.MILLISECONDS);
    }
}
