package de.regionet.infra.mongo;

import com.mongodb.MongoClientSettings;
import com.mongodb.ConnectionString;
import com.mongodb.MongoTimeoutException;
import com.mongodb.client.MongoClients;
import org.bson.Document;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.mock.env.MockEnvironment;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The start-up failures of the storage in one line, from the exceptions the driver and H2 really throw, as Spring
 * Boot hands them to the analyzers: wrapped in the bean creation that failed. {@code StartUpFailuresTest} shows the
 * data directory's in the log of a second instance.
 */
class StartUpFailureAnalyzersTest {

    @TempDir
    Path directory;

    @Test
    void a_mongodb_that_does_not_answer_is_named_by_its_hosts_with_the_reason_and_what_to_do() throws IOException {
        int closed = closedPort();
        var uri = "mongodb://regionet:s3cret@127.0.0.1:" + closed + "/regionet?serverSelectionTimeoutMS=300";
        var timeout = catchThrowableOfType(MongoTimeoutException.class, () -> {
            try (var client = MongoClients.create(MongoClientSettings.builder()
                    .applyConnectionString(new ConnectionString(uri)).build())) {
                client.getDatabase("regionet").runCommand(new Document("ping", 1));
            }
        });
        var environment = new MockEnvironment().withProperty("regionet.mongo.uri", uri);

        var analysis = new UnreachableMongoFailureAnalyzer(environment).analyze(failedBean(timeout));

        assertThat(analysis.getDescription()).isEqualTo("MongoDB at 127.0.0.1:" + closed + " (regionet.mongo.uri) "
                + "cannot be reached: ConnectException: Connection refused. Start it or correct regionet.mongo.uri "
                + "(REGIONET_MONGO_URI); leave it empty to use the embedded store in the data directory.")
                .doesNotContain("s3cret").doesNotContain("\n");
        assertThat(analysis.getAction()).contains("serverSelectionTimeoutMS");
    }

    @Test
    void a_reason_the_driver_does_not_give_is_said_plainly() {
        assertThat(UnreachableMongoFailureAnalyzer.reason("Timed out after 30000 ms while waiting to connect."))
                .isEqualTo("no server answered in time");
        assertThat(UnreachableMongoFailureAnalyzer.reason("... exception={com.mongodb.MongoSocketException: db1}, "
                + "caused by {java.net.UnknownHostException: db1: Name or service not known}}]"))
                .isEqualTo("UnknownHostException: db1: Name or service not known");
    }

    @Test
    void a_data_directory_another_process_holds_is_named_with_what_to_do() {
        var file = directory.resolve("regionet.mv.db");
        try (var held = new MVStore.Builder().fileName(file.toString()).open()) {
            var inUse = catchThrowableOfType(DataDirectoryInUse.class, () -> EmbeddedH2Store.open(file,
                    new EmbeddedH2Properties(true, Duration.ZERO, 80, 4)));

            var analysis = new DataDirectoryInUseFailureAnalyzer().analyze(failedBean(inUse));

            assertThat(analysis.getDescription()).isEqualTo("The data directory " + directory + " is in use by "
                    + "another RegioNet instance (its file regionet.mv.db is locked): stop that instance, or start "
                    + "this one with a data directory of its own (--regionet.data-dir=DIR).");
            assertThat(held.isClosed()).isFalse();
        }
    }

    private static BeanCreationException failedBean(Throwable cause) {
        return new BeanCreationException("mongoClient", "Error creating bean with name 'mongoClient'", cause);
    }

    private static int closedPort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
