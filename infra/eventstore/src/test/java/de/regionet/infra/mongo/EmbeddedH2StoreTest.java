package de.regionet.infra.mongo;

import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Consumer;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedH2StoreTest {

    private static final EmbeddedH2Properties DEFAULTS = new EmbeddedH2Properties(true, Duration.ofSeconds(5), 80, 4);
    private static final EmbeddedH2Properties UNCOMPRESSED = new EmbeddedH2Properties(false, Duration.ZERO, 80, 4);

    @TempDir
    Path dataDir;

    @Test
    void a_file_written_before_compression_opens_with_it_and_the_compressed_file_opens_without_it() {
        var file = dataDir.resolve("regionet.mv.db");
        var before = new H2Backend(file.toString());
        using(before, regions -> IntStream.range(0, 200).forEach(i -> regions.insertOne(region(i, 1))));

        var compressed = EmbeddedH2Store.open(file, DEFAULTS);
        using(new H2Backend(compressed.mvStore()), regions -> {
            assertThat(regions.countDocuments()).isEqualTo(200);
            assertThat(regions.find(Filters.eq("_id", "region-7")).first()).isEqualTo(region(7, 1));
            IntStream.range(200, 400).forEach(i -> regions.insertOne(region(i, 1)));
        });
        compressed.close();

        var uncompressed = EmbeddedH2Store.open(file, UNCOMPRESSED);
        using(new H2Backend(uncompressed.mvStore()), regions -> {
            assertThat(regions.countDocuments()).isEqualTo(400);
            assertThat(regions.find(Filters.eq("_id", "region-7")).first()).isEqualTo(region(7, 1));
            assertThat(regions.find(Filters.eq("_id", "region-307")).first()).isEqualTo(region(307, 1));
        });
        uncompressed.close();
    }

    private static Document region(int i, int version) {
        return new Document("_id", "region-" + i).append("name", "Kreis " + i).append("version", version)
                .append("members", IntStream.range(0, 20).mapToObj(m -> "Träger " + m).toList());
    }

    private static void using(H2Backend backend, Consumer<com.mongodb.client.MongoCollection<Document>> work) {
        var server = new MongoServer(backend);
        var address = server.bind();
        try (var client = MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort())) {
            work.accept(client.getDatabase("regionet").getCollection("regions"));
        } finally {
            server.shutdown();
        }
    }
}
