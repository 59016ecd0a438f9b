package de.regionet.infra.mongo;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.event.CommandListener;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.bson.UuidRepresentation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

/**
 * The one MongoDB database RegioNet uses: the configured one, or, without {@code regionet.mongo.uri}, an embedded
 * MongoDB-wire server on 127.0.0.1 at a free port (or {@code regionet.embedded.port}, so that a second node on this
 * machine can use it by URI), backed by an H2 file under the data directory, compressed and
 * compacted as {@link EmbeddedH2Properties} says. Every {@link CommandListener} bean watches the client's commands
 * (the application counts them per command and collection, which is what one RegioNet command costs the store).
 */
@Configuration(proxyBeanMethods = false)
public class MongoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(MongoConfiguration.class);

    /** Present only when no external MongoDB is configured. */
    @Bean(destroyMethod = "shutdown")
    EmbeddedMongo embeddedMongo(MongoProperties properties, EmbeddedH2Properties h2) {
        if (properties.mongo().external()) {
            return EmbeddedMongo.NONE;
        }
        int port = properties.embedded().portOrAny();
        if (properties.embedded().backend() == MongoProperties.Backend.MEMORY) {
            return EmbeddedMongo.start(new MongoServer(new MemoryBackend()), port, "in memory", () -> {
            }, () -> {
            });
        }
        try {
            Files.createDirectories(properties.dataDir());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create data directory " + properties.dataDir(), e);
        }
        var file = properties.dataDir().resolve("regionet.mv.db").toAbsolutePath();
        var store = EmbeddedH2Store.open(file, h2);
        var backend = new IndexedH2Backend(store.mvStore());
        return EmbeddedMongo.start(new MongoServer(backend), port, file.toString(), backend::commit, store::close);
    }

    @Bean(destroyMethod = "close")
    MongoClient mongoClient(MongoProperties properties, EmbeddedMongo embedded,
                            ObjectProvider<CommandListener> listeners) {
        var uri = properties.mongo().external() ? properties.mongo().uri() : embedded.connectionString();
        if (properties.mongo().external()) {
            log.info("Using MongoDB at {}", new ConnectionString(uri).getHosts());
        }
        var settings = MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(uri))
                .uuidRepresentation(UuidRepresentation.STANDARD)
                .applicationName("regionet");
        listeners.orderedStream().forEach(settings::addCommandListener);
        return MongoClients.create(settings.build());
    }

    /** The database, with every index RegioNet asks for ({@link MongoIndexes}) created before anything uses it. */
    @Bean
    MongoDatabase mongoDatabase(MongoClient client, MongoProperties properties) {
        var database = client.getDatabase(properties.mongo().database());
        MongoIndexes.createAll(database);
        return database;
    }

    /**
     * The embedded server, or {@link #NONE} when an external MongoDB is used. {@code commit} makes everything
     * written so far durable: the H2 file commits in the background unless told to. {@code stopMaintenance} stops
     * what works on the file besides the server ({@link EmbeddedH2Store}'s compaction) before the server closes it.
     */
    public record EmbeddedMongo(MongoServer server, String connectionString, Runnable commit,
                                Runnable stopMaintenance) {

        static final EmbeddedMongo NONE = new EmbeddedMongo(null, null, null, null);

        public boolean running() {
            return server != null;
        }

        static EmbeddedMongo start(MongoServer server, int port, String where, Runnable commit,
                                   Runnable stopMaintenance) {
            try {
                server.bind("127.0.0.1", port);
            } catch (Exception e) { // netty throws the socket's BindException unchecked
                stopMaintenance.run();
                server.shutdownNow();
                if (port != 0 && causedByBind(e)) {
                    throw new EmbeddedPortInUse(port, e);
                }
                throw e instanceof RuntimeException unchecked ? unchecked
                        : new IllegalStateException("the embedded MongoDB-wire server did not start", e);
            }
            var address = server.getLocalAddress();
            log.info("Started embedded MongoDB-wire server on {} ({})", address, where);
            return new EmbeddedMongo(server,
                    "mongodb://" + address.getHostString() + ":" + address.getPort() + "/?directConnection=true",
                    commit, stopMaintenance);
        }

        private static boolean causedByBind(Throwable failure) {
            for (var cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
                if (cause instanceof java.net.BindException) {
                    return true;
                }
            }
            return false;
        }

        public void shutdown() {
            if (server != null) {
                stopMaintenance.run();
                server.shutdown();
            }
        }
    }
}
