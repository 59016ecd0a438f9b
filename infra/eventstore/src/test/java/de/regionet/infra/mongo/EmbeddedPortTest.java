package de.regionet.infra.mongo;

import com.mongodb.WriteConcern;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.bson.Document;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code regionet.embedded.port}: the embedded server listens where a second node can reach it by URI, a taken port
 * is reported in one line, and the second node's journaled writes are committed to the file before they are
 * answered.
 */
class EmbeddedPortTest {

    @TempDir
    Path dataDir;

    @Test
    void a_second_node_reaches_the_embedded_server_on_the_port_it_names() throws IOException {
        int port = freePort();
        var embedded = MongoConfiguration.EmbeddedMongo.start(new MongoServer(new MemoryBackend()), port, "in memory",
                () -> {
                }, () -> {
                });
        try (var secondNode = MongoClients.create("mongodb://127.0.0.1:" + port + "/?directConnection=true")) {
            secondNode.getDatabase("regionet").getCollection("events").insertOne(new Document("_id", 0L));
            assertThat(secondNode.getDatabase("regionet").getCollection("events").countDocuments()).isEqualTo(1);
            assertThat(embedded.connectionString()).contains(":" + port + "/");
        } finally {
            embedded.shutdown();
        }
    }

    @Test
    void a_port_in_use_is_reported_in_one_line_naming_the_setting() throws IOException {
        try (var taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            int port = taken.getLocalPort();
            assertThatThrownBy(() -> MongoConfiguration.EmbeddedMongo.start(new MongoServer(new MemoryBackend()), port,
                    "in memory", () -> {
                    }, () -> {
                    })).isInstanceOfSatisfying(EmbeddedPortInUse.class, failure -> {
                        var analysis = new EmbeddedPortInUseFailureAnalyzer().analyze(failure);
                        assertThat(analysis.getDescription()).startsWith("The embedded MongoDB-wire server cannot "
                                + "listen on 127.0.0.1:" + port + " (regionet.embedded.port): the port is in use.")
                                .doesNotContain("\n");
                    });
        }
    }

    @Test
    void a_journaled_write_of_another_node_is_committed_to_the_file_before_it_is_answered() {
        var store = new MVStore.Builder().fileName(dataDir.resolve("regionet.mv.db").toString()).autoCommitDisabled()
                .open();
        var server = new MongoServer(new IndexedH2Backend(store));
        var address = server.bind();
        try (var otherNode = MongoClients.create("mongodb://127.0.0.1:" + address.getPort())) {
            var events = otherNode.getDatabase("regionet").getCollection("events");
            events.withWriteConcern(WriteConcern.ACKNOWLEDGED).insertOne(new Document("_id", 0L));
            assertThat(store.hasUnsavedChanges()).as("an unjournaled write waits for the next commit").isTrue();
            events.withWriteConcern(WriteConcern.MAJORITY.withJournal(true)).insertOne(new Document("_id", 1L));
            assertThat(store.hasUnsavedChanges()).as("a journaled write is committed").isFalse();
        } finally {
            server.shutdownNow();
            store.close();
        }
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
