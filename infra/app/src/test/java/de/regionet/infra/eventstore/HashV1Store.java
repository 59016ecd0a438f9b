package de.regionet.infra.eventstore;

import com.mongodb.client.MongoDatabase;
import org.bson.Document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * A store written by RegioNet before hash version 2 existed (commit 9ad9206): 23 events of regions, working groups
 * and a news article (umlauts, an emoji, quotes, a backslash, a tab and line feeds in its text) at positions 0..22,
 * checkpointed every 8 positions (checkpoints 0 and 1), dumped document by document as Extended JSON. How it was
 * made: {@code src/test/resources/fixtures/store-hash-v1/README.md}.
 */
public final class HashV1Store {

    public static final String RESOURCE = "/fixtures/store-hash-v1/";
    public static final int EVENTS = 23;
    public static final int CHECKPOINT_INTERVAL = 8;
    public static final int CHECKPOINTS = 2;

    private HashV1Store() {
    }

    /** Writes the dumped documents into a fresh database, as they were stored. */
    public static void loadInto(MongoDatabase database) {
        for (var collection : List.of(MongoEventStore.EVENTS, StoreMaintenance.CHECKPOINTS, MongoEventStore.COUNTERS)) {
            var documents = lines(collection).stream().map(Document::parse).toList();
            database.getCollection(collection).insertMany(documents);
        }
    }

    /** The raw Extended JSON lines of one dumped collection. */
    static List<String> lines(String collection) {
        try (var in = Objects.requireNonNull(HashV1Store.class.getResourceAsStream(RESOURCE + collection + ".ndjson"),
                "fixture " + collection)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(line -> !line.isBlank())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
