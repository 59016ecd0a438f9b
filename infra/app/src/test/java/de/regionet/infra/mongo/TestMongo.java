package de.regionet.infra.mongo;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Where the integration tests keep their data: on the embedded server each test configures (the default), or, with
 * {@code -Dregionet.test.mongo-uri=mongodb://…}, on that MongoDB. There every application context gets a database of
 * its own, named after the one the test configures and unique to this run ({@code t<run>-<name>-<n>}), so runs and
 * contexts never see each other's data: a context on the in-memory backend gets a fresh one, as it would get a
 * fresh server; a context on the file backend gets the one of its data directory, so a test that stops and starts
 * the application on the same directory finds its data again, as it would in the file.
 *
 * <p>{@code -Dregionet.test.wire-server=PORT} starts a mongo-java-server (in memory) on 127.0.0.1:PORT in this JVM
 * first, for trying the routing where no MongoDB runs (the {@code wire-server} Maven profile).
 */
public final class TestMongo {

    public static final String URI_PROPERTY = "regionet.test.mongo-uri";
    public static final String WIRE_SERVER_PROPERTY = "regionet.test.wire-server";

    /** This run's prefix: the time it started, base 36, and two random characters against runs started together. */
    private static final String RUN = "t" + Long.toString(System.currentTimeMillis(), 36)
            + Integer.toString(36 * 36 + ThreadLocalRandom.current().nextInt(36 * 36), 36).substring(1);
    private static final AtomicInteger CONTEXTS = new AtomicInteger();
    private static MongoServer wireServer;

    private TestMongo() {
    }

    /**
     * A MongoDB for a test that fills or watches a store itself before or besides the application: a fresh database
     * on the tests' MongoDB, else a mongo-java-server of its own in memory, started for it and stopped on close.
     */
    public record Server(String uri, String database, MongoServer embedded) implements AutoCloseable {

        public MongoClient client() {
            return MongoClients.create(uri);
        }

        /** The settings that start the application on this server's database. */
        public List<String> arguments() {
            return List.of("--regionet.mongo.uri=" + uri, "--regionet.mongo.database=" + database);
        }

        @Override
        public void close() {
            if (embedded != null) {
                embedded.shutdownNow();
            }
        }
    }

    /** {@link Server}: {@code database} names the database on a server of the test's own. */
    public static Server server(String database) {
        return uri().map(uri -> new Server(uri, freshDatabase(database), null)).orElseGet(() -> {
            var embedded = new MongoServer(new MemoryBackend());
            return new Server(embedded.bindAndGetConnectionString(), database, embedded);
        });
    }

    /** The MongoDB the tests are to use, if one is given. */
    public static Optional<String> uri() {
        var uri = System.getProperty(URI_PROPERTY);
        if (uri == null || uri.isBlank()) {
            return Optional.empty();
        }
        startWireServerIfAsked();
        return Optional.of(uri.trim());
    }

    /** A database no other context, of this run or another, uses. */
    public static String freshDatabase(String configured) {
        return name(configured, Integer.toString(CONTEXTS.incrementAndGet()));
    }

    /** The database of a data directory: the same directory names the same one within a run. */
    public static String databaseOf(Path dataDir, String configured) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(dataDir.toAbsolutePath().normalize().toString()
                    .getBytes(StandardCharsets.UTF_8));
            return name(configured, "d" + HexFormat.of().formatHex(digest, 0, 4));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The settings that put an application started in a process of its own on the given MongoDB (none without one):
     * such a process does not see this JVM's system properties.
     */
    public static List<String> arguments(Path dataDir, String configured) {
        return uri().map(uri -> List.of("--regionet.mongo.uri=" + uri,
                "--regionet.mongo.database=" + databaseOf(dataDir, configured))).orElse(List.of());
    }

    private static String name(String configured, String suffix) {
        var base = configured.replaceAll("[^A-Za-z0-9_-]", "_");
        return RUN + "-" + base.substring(0, Math.min(base.length(), 30)) + "-" + suffix;
    }

    private static synchronized void startWireServerIfAsked() {
        var port = System.getProperty(WIRE_SERVER_PROPERTY);
        if (wireServer != null || port == null || port.isBlank()) {
            return;
        }
        wireServer = new MongoServer(new MemoryBackend());
        wireServer.bind("127.0.0.1", Integer.parseInt(port.trim()));
        Runtime.getRuntime().addShutdownHook(new Thread(wireServer::shutdownNow, "test-wire-server-stop"));
    }
}
