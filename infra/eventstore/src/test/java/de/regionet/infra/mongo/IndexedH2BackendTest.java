package de.regionet.infra.mongo;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.AbstractMongoBackend;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.bson.Document;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The embedded server's indexes compare their keys faster but store them as mongo-java-server's own H2 backend does:
 * a file written by either backend is read by the other, every key is found again by its unique indexes, and a
 * duplicate is still refused.
 */
class IndexedH2BackendTest {

    /** Enough documents for index maps of several page levels, with string, number and compound keys. */
    private static final int EVENTS = 3_000;

    @TempDir
    Path dataDir;

    @Test
    void a_file_written_by_the_plain_backend_is_read_and_extended_by_the_indexed_one_and_back() {
        var file = dataDir.resolve("regionet.mv.db").toString();
        using(MVStore.open(file), H2Backend::new, events -> {
            events.createIndex(Indexes.ascending("streamKey", "sequence"), new IndexOptions().unique(true));
            IntStream.range(0, EVENTS / 2).forEach(i -> events.insertOne(event(i)));
        });

        using(MVStore.open(file), IndexedH2Backend::new, events -> {
            assertFound(events, 0, EVENTS / 2);
            IntStream.range(EVENTS / 2, EVENTS).forEach(i -> events.insertOne(event(i)));
            assertFound(events, 0, EVENTS);
            assertRefusesDuplicates(events);
        });

        using(MVStore.open(file), H2Backend::new, events -> {
            assertFound(events, 0, EVENTS);
            assertRefusesDuplicates(events);
        });
    }

    private static Document event(int i) {
        return new Document("_id", "event-" + i).append("position", (long) i)
                .append("streamKey", "WorkingGroup:" + (i % 97)).append("sequence", (long) i / 97)
                .append("payload", "Mitglied " + i);
    }

    private static void assertFound(MongoCollection<Document> events, int from, int to) {
        for (int i = from; i < to; i += 7) {
            assertThat(events.find(Filters.eq("_id", "event-" + i)).first()).isEqualTo(event(i));
            assertThat(events.find(Filters.and(Filters.eq("streamKey", "WorkingGroup:" + (i % 97)),
                    Filters.eq("sequence", (long) i / 97))).first()).isEqualTo(event(i));
        }
        assertThat(events.countDocuments()).isEqualTo(to);
    }

    private static void assertRefusesDuplicates(MongoCollection<Document> events) {
        var sameId = event(5).append("streamKey", "Elsewhere:1");
        assertThatThrownBy(() -> events.insertOne(sameId)).isInstanceOfSatisfying(MongoWriteException.class,
                refused -> assertThat(refused.getError().getCategory()).isEqualTo(ErrorCategory.DUPLICATE_KEY));
        var sameStreamAndSequence = event(5).append("_id", "event-other");
        assertThatThrownBy(() -> events.insertOne(sameStreamAndSequence)).isInstanceOfSatisfying(
                MongoWriteException.class,
                refused -> assertThat(refused.getError().getCategory()).isEqualTo(ErrorCategory.DUPLICATE_KEY));
    }

    private static void using(MVStore store, Function<MVStore, AbstractMongoBackend> backend,
                              Consumer<MongoCollection<Document>> work) {
        var server = new MongoServer(backend.apply(store));
        var address = server.bind();
        try (var client = MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort())) {
            work.accept(client.getDatabase("regionet").getCollection("events"));
        } finally {
            server.shutdown();
            store.close();
        }
    }
}
