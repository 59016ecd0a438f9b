package de.regionet.infra.eventstore;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.regionet.infra.mongo.TestMongo;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.bson.Document;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

/**
 * A real event store on the embedded MongoDB-wire server (in memory, or an H2 file that survives a reopen; the
 * tests' MongoDB instead of the memory one when {@code -Dregionet.test.mongo-uri} names one), with
 * Axon's own event store and tracking processors on top: the parts the application uses, without the web.
 */
final class StoreFixture implements AutoCloseable {

    /** A test event: one note in an aggregate's stream. */
    record Noted(String aggregateId, long sequence) {
    }

    static final Serializer SERIALIZER = Jackson3Serializer.builder()
            .jsonMapperBuilderCustomizer(EventStoreConfiguration.TRUSTED_TYPES).build();

    private final MongoServer server;
    private final MongoClient client;
    private final String databaseName;
    final MongoDatabase database;
    final MongoEventStore engine;
    final EmbeddedEventStore eventStore;
    final StoreMaintenance maintenance;
    final StoreVerifier verifier;

    private StoreFixture(MongoServer server, Runnable commit, int checkpointInterval) {
        this(server, commit, checkpointInterval, Duration.ofSeconds(10));
    }

    private StoreFixture(MongoServer server, Runnable commit, int checkpointInterval, Duration gapTimeout) {
        this(server, commit, checkpointInterval, gapTimeout, StoreMeters.NONE);
    }

    private StoreFixture(MongoServer server, Runnable commit, int checkpointInterval, Duration gapTimeout,
                         io.micrometer.core.instrument.MeterRegistry meters) {
        this.server = server;
        if (server == null) {
            this.client = MongoClients.create(TestMongo.uri().orElseThrow());
            this.databaseName = TestMongo.freshDatabase("store");
        } else {
            this.client = MongoClients.create("mongodb://127.0.0.1:" + server.bind().getPort());
            this.databaseName = "store";
        }
        this.database = client.getDatabase(databaseName);
        this.engine = MongoEventStore.builder().database(database).durableCommit(commit)
                .eventSerializer(SERIALIZER).snapshotSerializer(SERIALIZER).batchSize(100).meters(meters).build();
        this.eventStore = EmbeddedEventStore.builder().storageEngine(engine).build();
        var checkpoints = database.getCollection(StoreMaintenance.CHECKPOINTS);
        this.maintenance = new StoreMaintenance(engine, checkpoints, checkpointInterval, gapTimeout,
                Clock.systemUTC());
        this.verifier = new StoreVerifier(engine, checkpoints, gapTimeout, Clock.systemUTC());
    }

    /** A fresh store: on the embedded in-memory server, or a database of its own on the tests' MongoDB. */
    static StoreFixture inMemory(int checkpointInterval) {
        return inMemory(checkpointInterval, Duration.ofSeconds(10));
    }

    /** In memory, its meters in {@code meters}. */
    static StoreFixture metered(int checkpointInterval, io.micrometer.core.instrument.MeterRegistry meters) {
        return new StoreFixture(new MongoServer(new MemoryBackend()), () -> {
        }, checkpointInterval, Duration.ofSeconds(10), meters);
    }

    static StoreFixture inMemory(int checkpointInterval, Duration gapTimeout) {
        return new StoreFixture(TestMongo.uri().isPresent() ? null : new MongoServer(new MemoryBackend()), () -> {
        }, checkpointInterval, gapTimeout);
    }

    /** Reserves positions as an append would, and then never writes them: a writer that died. */
    long reserveAndDie(int count) {
        return new PositionCounter(database.getCollection(MongoEventStore.COUNTERS), MongoEventStore.POSITIONS)
                .reserve(count);
    }

    static StoreFixture onFile(Path file) {
        var backend = new H2Backend(file.toString());
        return new StoreFixture(new MongoServer(backend), backend::commit, 256);
    }

    static EventMessage<?> event(String aggregateId, long sequence) {
        return new GenericDomainEventMessage<>("Test", aggregateId, sequence, new Noted(aggregateId, sequence));
    }

    void append(String aggregateId, long sequence) {
        engine.appendEvents(List.of(event(aggregateId, sequence)));
    }

    TokenStore tokenStore() {
        return MongoTokenStore.builder().mongoTemplate(DefaultMongoTemplate.builder()
                .mongoDatabase(client, databaseName).build()).serializer(SERIALIZER).build();
    }

    /** A started tracking processor that hands every event it sees to {@code handler}. */
    TrackingEventProcessor processor(String name, TokenStore tokens, Consumer<EventMessage<?>> handler) {
        var processor = TrackingEventProcessor.builder().name(name)
                .eventHandlerInvoker(SimpleEventHandlerInvoker.builder().eventHandlers(
                        (org.axonframework.eventhandling.EventMessageHandler) event -> {
                            handler.accept(event);
                            return null;
                        }).build())
                .messageSource(eventStore).tokenStore(tokens).transactionManager(NoTransactionManager.INSTANCE)
                .trackingEventProcessorConfiguration(TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                        .andBatchSize(50))
                .build();
        processor.start();
        return processor;
    }

    com.mongodb.client.MongoCollection<Document> events() {
        return database.getCollection(MongoEventStore.EVENTS);
    }

    @Override
    public void close() {
        eventStore.shutDown();
        client.close();
        if (server != null) {
            server.shutdown();
        }
    }
}
