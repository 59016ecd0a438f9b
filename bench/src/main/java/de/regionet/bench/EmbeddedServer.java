package de.regionet.bench;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.bson.UuidRepresentation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;

/**
 * The embedded MongoDB-wire server as the application starts it (see {@code MongoConfiguration}): bound to
 * 127.0.0.1, an H2 file in its own temporary directory or the in-memory backend, and a driver client to it.
 */
final class EmbeddedServer implements AutoCloseable {

    enum Backend { H2, MEMORY }

    static final String DATABASE = "regionet";

    private final MongoServer server;
    private final Path directory;
    private final Path file;
    final MongoClient client;
    final MongoDatabase database;
    /** Makes every acknowledged write durable; absent for the memory backend, which has nothing to make durable. */
    final Optional<Runnable> commit;

    private EmbeddedServer(MongoServer server, Path directory, Path file, Optional<Runnable> commit) {
        this.server = server;
        this.directory = directory;
        this.file = file;
        this.commit = commit;
        server.bind("127.0.0.1", 0);
        var address = server.getLocalAddress();
        this.client = MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString("mongodb://" + address.getHostString() + ":"
                        + address.getPort() + "/?directConnection=true"))
                .uuidRepresentation(UuidRepresentation.STANDARD)
                .applicationName("regionet-bench")
                .build());
        this.database = client.getDatabase(DATABASE);
    }

    static EmbeddedServer start(Backend backend) {
        if (backend == Backend.MEMORY) {
            return new EmbeddedServer(new MongoServer(new MemoryBackend()), null, null, Optional.empty());
        }
        try {
            var directory = Files.createTempDirectory("regionet-bench-");
            var file = directory.resolve("regionet.mv.db");
            var h2 = new H2Backend(file.toString());
            return new EmbeddedServer(new MongoServer(h2), directory, file, Optional.of(h2::commit));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Size of the H2 file after a commit, or empty for the memory backend. */
    Optional<Long> fileBytes() {
        if (file == null) {
            return Optional.empty();
        }
        commit.ifPresent(Runnable::run);
        try {
            return Optional.of(Files.size(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        client.close();
        server.shutdown();
        if (directory != null) {
            try (var paths = Files.walk(directory)) {
                paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
