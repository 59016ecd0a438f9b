package de.regionet.infra.mongo;

import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.AbstractMongoBackend;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.bson.Document;
import org.h2.mvstore.MVStore;

import java.nio.file.Files;
import java.util.Locale;
import java.util.function.Function;

/**
 * The embedded server's unique indexes with H2's own key comparison against {@link IndexKeyType}, side by side in
 * one process: each round inserts documents with a unique compound index (as the event store's stream key and
 * sequence), reads each by {@code _id}, and upserts each by {@code _id} (as the read models do), on a new H2 file,
 * alternating the two backends. Run from the repository root after {@code mvn -B -q -Pbench package -DskipTests}:
 * <pre>
 * java -cp bench/target/bench.jar -Dloader.main=de.regionet.infra.mongo.IndexKeyBenchmark \
 *     org.springframework.boot.loader.launch.PropertiesLauncher [documents] [rounds]
 * </pre>
 */
public final class IndexKeyBenchmark {

    private IndexKeyBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Locale.setDefault(Locale.ROOT);
        int documents = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        System.out.printf("%d documents per round, %d rounds per backend, load %s%n", documents, rounds,
                Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ")[0]);
        System.out.println("| backend | round | insert /s | find by _id /s | upsert by _id /s |");
        System.out.println("| --- | ---: | ---: | ---: | ---: |");
        for (int round = 1; round <= rounds; round++) {
            run("H2 (ObjectDataType keys)", round, documents, H2Backend::new);
            run("H2 (IndexKeyType keys)", round, documents, IndexedH2Backend::new);
        }
        System.exit(0);
    }

    private static void run(String name, int round, int documents, Function<MVStore, AbstractMongoBackend> backend)
            throws Exception {
        var file = Files.createTempFile("index-keys", ".mv.db");
        Files.delete(file);
        var store = MVStore.open(file.toString());
        var server = new MongoServer(backend.apply(store));
        var address = server.bind();
        try (var client = MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort())) {
            var events = client.getDatabase("bench").getCollection("events");
            events.createIndex(Indexes.ascending("streamKey", "sequence"), new IndexOptions().unique(true));
            long start = System.nanoTime();
            for (int i = 0; i < documents; i++) {
                events.insertOne(new Document("_id", "event-" + i).append("streamKey", "NewsArticle:" + (i / 3))
                        .append("sequence", (long) i % 3).append("payload", "Nachricht " + i));
            }
            double insert = documents / ((System.nanoTime() - start) / 1e9);
            start = System.nanoTime();
            for (int i = 0; i < documents; i++) {
                events.find(Filters.eq("_id", "event-" + ((i * 7919L) % documents))).first();
            }
            double find = documents / ((System.nanoTime() - start) / 1e9);
            start = System.nanoTime();
            for (int i = 0; i < documents; i++) {
                events.updateOne(Filters.eq("_id", "event-" + ((i * 104729L) % documents)),
                        Updates.set("seen", i), new UpdateOptions().upsert(true));
            }
            double upsert = documents / ((System.nanoTime() - start) / 1e9);
            System.out.printf("| %s | %d | %.0f | %.0f | %.0f |%n", name, round, insert, find, upsert);
        } finally {
            server.shutdown();
            store.close();
            Files.deleteIfExists(file);
        }
    }
}
