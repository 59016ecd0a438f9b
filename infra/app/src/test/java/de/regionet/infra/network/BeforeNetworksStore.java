package de.regionet.infra.network;

import com.mongodb.client.MongoDatabase;
import org.bson.Document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * A store written by RegioNet before networks existed (commit 02a0b49): 59 events at positions 0..58 of Saxony-Anhalt's
 * regions 15001 and 15089, its state-wide agreement, programme, working group, target agreement, call, projects,
 * news, a network event and contact persons, none of them naming a network, with the personal-data vault that seals
 * the contact persons' data. How it was made: {@code src/test/resources/fixtures/store-before-networks/README.md}.
 */
final class BeforeNetworksStore {

    static final String RESOURCE = "/fixtures/store-before-networks/";
    static final int EVENTS = 59;
    /** The event store's collections, then the personal-data vault's. */
    static final List<String> COLLECTIONS = List.of("events", "event_checkpoints", "event_counters",
            "personal_data_keys", "personal_data_index");

    static final String AGREEMENT = "kooperationsvereinbarung-regio-aktiv";
    static final String PROGRAMME = "regio-aktiv-2021-2027";
    static final String WORKING_GROUP = "rak-15089";
    static final String TARGET_AGREEMENT = "zielvereinbarung-15089-2023-2024";
    static final String CALL = "aufruf-15089-2023-b";
    static final String PROJECT = "3b87a70e-88c3-37f5-8e1d-332a2f625be2";
    static final List<String> NEWS = List.of("nachricht-alle-partner-2022", "nachricht-erste-auswahl-2023",
            "nachricht-foerderbereiche-l-m-2025", "nachricht-ergebnisse-2025");
    static final String NETWORK_EVENT = "netzwerkkonferenz-2027";
    /** The contact of the Salzlandkreis' coordination office, consenting to publication. */
    static final String REKO_CONTACT = "2727d7f8-a85c-46a1-8f3f-a1e8d2600d55";

    private BeforeNetworksStore() {
    }

    /** Writes the dumped documents into a fresh database, as they were stored. */
    static void loadInto(MongoDatabase database) {
        for (var collection : COLLECTIONS) {
            var documents = lines(collection).stream().map(Document::parse).toList();
            database.getCollection(collection).insertMany(documents);
        }
    }

    /** The stored documents of one dumped collection. */
    static List<Document> documents(String collection) {
        return lines(collection).stream().map(Document::parse).toList();
    }

    private static List<String> lines(String collection) {
        try (var in = Objects.requireNonNull(BeforeNetworksStore.class.getResourceAsStream(
                RESOURCE + collection + ".ndjson"), "fixture " + collection)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(line -> !line.isBlank())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
