package de.regionet.bench;

import de.regionet.infra.eventstore.MongoEventStore;
import de.regionet.infra.eventstore.StoreMaintenance;
import de.regionet.infra.eventstore.StoreVerifier;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.MongoEventStorageEngine;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.jackson3.Jackson3Serializer;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** An Axon storage engine behind Axon's {@link EmbeddedEventStore}, as the application runs it. */
final class AxonContender implements Contender {

    static final Serializer SERIALIZER = Jackson3Serializer.builder().build();
    static final String STOCK = "stock axon-mongo";
    static final String REGIONET = "RegioNet";

    /** {@code StoreMaintenance.CHECKPOINTS}, which is not public. */
    private static final String CHECKPOINTS = "event_checkpoints";

    private final String name;
    private final EmbeddedServer server;
    private final EventStorageEngine engine;
    private final EmbeddedEventStore eventStore;
    private final TokenStore tokenStore;
    private final StoreMaintenance maintenance;
    private final StoreVerifier verifier;

    private AxonContender(String name, EmbeddedServer server, EventStorageEngine engine,
                          StoreMaintenance maintenance, StoreVerifier verifier) {
        this.name = name;
        this.server = server;
        this.engine = engine;
        this.maintenance = maintenance;
        this.verifier = verifier;
        this.eventStore = EmbeddedEventStore.builder().storageEngine(engine).build();
        this.tokenStore = MongoTokenStore.builder().serializer(SERIALIZER).mongoTemplate(template(server)).build();
    }

    /** The stock axon-mongo engine, wired as RegioNet had it before its own engine (commit bc42073). */
    static AxonContender stock(EmbeddedServer server) {
        var engine = MongoEventStorageEngine.builder().mongoTemplate(template(server))
                .snapshotSerializer(SERIALIZER).eventSerializer(SERIALIZER).build();
        return new AxonContender(STOCK, server, engine, null, null);
    }

    /** RegioNet's engine, wired as {@code EventStoreConfiguration} does on the embedded server. */
    static AxonContender regionet(EmbeddedServer server) {
        return regionet(REGIONET, server, null);
    }

    /** RegioNet's engine with its meters going to {@code meters}, as the application wires it to Boot's registry. */
    static AxonContender regionet(String name, EmbeddedServer server, MeterRegistry meters) {
        var builder = MongoEventStore.builder().database(server.database).batchSize(250)
                .snapshotSerializer(SERIALIZER).eventSerializer(SERIALIZER).clock(Clock.systemUTC());
        server.commit.ifPresent(builder::durableCommit);
        if (meters != null) {
            builder.meters(meters);
        }
        var engine = builder.build();
        var checkpoints = server.database.getCollection(CHECKPOINTS);
        var gapTimeout = Duration.ofSeconds(10);
        return new AxonContender(name, server, engine,
                new StoreMaintenance(engine, checkpoints, 256, gapTimeout, Clock.systemUTC()),
                new StoreVerifier(engine, checkpoints, gapTimeout, Clock.systemUTC()));
    }

    private static DefaultMongoTemplate template(EmbeddedServer server) {
        return DefaultMongoTemplate.builder().mongoDatabase(server.client, EmbeddedServer.DATABASE).build();
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public EmbeddedServer server() {
        return server;
    }

    @Override
    public void append(List<DomainEventMessage<Noted>> events) {
        eventStore.publish(events);
    }

    @Override
    public int load(String aggregateId) {
        var stream = eventStore.readEvents(aggregateId);
        int count = 0;
        while (stream.hasNext()) {
            if (stream.next().getPayload() instanceof Noted) {
                count++;
            }
        }
        return count;
    }

    @Override
    public long replay(long deadlineNanos) {
        try (var events = engine.readEvents(null, false)) {
            long count = 0;
            for (var iterator = events.iterator(); iterator.hasNext(); ) {
                if (iterator.next().getPayload() instanceof Noted) {
                    count++;
                }
                if (System.nanoTime() > deadlineNanos) {
                    break;
                }
            }
            return count;
        }
    }

    @Override
    public boolean audits() {
        return verifier != null;
    }

    @Override
    public Optional<Audit> audit() {
        if (verifier == null) {
            return Optional.empty();
        }
        long start = System.nanoTime();
        maintenance.run();
        long checkpointed = System.nanoTime();
        var verification = verifier.verify();
        long verified = System.nanoTime();
        return Optional.of(new Audit(checkpointed - start, verified - checkpointed, verification.eventsChecked(),
                verification.checkpointsChecked(), verification.result()
                + (verification.firstFailure() == null ? "" : ": " + verification.firstFailure())));
    }

    @Override
    public Optional<Tracking> tracking() {
        return Optional.of(new Tracking(eventStore, tokenStore));
    }

    @Override
    public void close() {
        eventStore.shutDown();
        server.close();
    }
}
