package de.regionet.infra.mongo;

import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import de.regionet.infra.ApiClient;
import de.regionet.infra.RegioNetTest;
import de.regionet.infra.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tests run on the MongoDB {@code -Dregionet.test.mongo-uri} names, each context on a database of its own, and on
 * the embedded server without it (README "Tests"). Test territory of this class: 99881.
 */
@RegioNetTest
class TestMongoRoutingTest {

    @LocalServerPort
    int port;

    @Autowired
    MongoConfiguration.EmbeddedMongo embedded;

    @Autowired
    MongoDatabase database;

    @Test
    void the_application_keeps_its_events_on_the_mongodb_the_tests_name_else_on_the_embedded_server() {
        var registered = new ApiClient(port).as(TestUsers.OFFICE).post("/api/regions", """
                {"key":"99881","name":"Testkreis der Datenbankwahl","kind":"DISTRICT"}""");
        assertThat(registered.status()).isEqualTo(201);

        var uri = TestMongo.uri();
        if (uri.isEmpty()) {
            assertThat(embedded.running()).isTrue();
            assertThat(database.getName()).isEqualTo("shared");
            return;
        }
        assertThat(embedded.running()).as("nothing embedded starts beside the tests' MongoDB").isFalse();
        assertThat(database.getName()).as("a database of this context's own, named after the configured one")
                .matches("t[0-9a-z]+-shared-[0-9]+");
        try (var client = MongoClients.create(uri.get())) {
            var events = client.getDatabase(database.getName()).getCollection("events");
            assertThat(events.countDocuments(Filters.eq("aggregateId", "99881"))).isEqualTo(1);
        }
    }

    @Test
    void a_data_directory_names_the_same_database_each_time_and_another_one_another() {
        var configured = "regionet";
        assertThat(TestMongo.databaseOf(Path.of("/tmp/a"), configured))
                .isEqualTo(TestMongo.databaseOf(Path.of("/tmp/a/../a"), configured))
                .isNotEqualTo(TestMongo.databaseOf(Path.of("/tmp/b"), configured))
                .hasSizeLessThan(64);
        assertThat(TestMongo.freshDatabase(configured)).isNotEqualTo(TestMongo.freshDatabase(configured));
    }
}
