package de.regionet.infra.mongo;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import org.bson.Document;

import java.util.List;

/**
 * Every index RegioNet asks MongoDB for, in one list: its own, and those axon-mongo asks for itself for its token store
 * and dead-letter queues (listed with the same keys, options and names, so asking again changes nothing). All are
 * created at start-up, before anything reads or writes ({@link MongoConfiguration}); a real MongoDB keeps every one,
 * the embedded server only the unique ones (DESIGN "What the embedded server does"), which are the ones RegioNet's
 * hot paths need. docs/operations.md "Indexes" lists the same, and {@code IndexesTest} keeps the list, the document
 * and what the application really asks for equal.
 */
public final class MongoIndexes {

    /**
     * One index: the collection, its keys in order (all ascending), whether it is unique and sparse, the name it is
     * created under ({@code null}: MongoDB's default, the keys joined with {@code _1}), and who asks for it.
     */
    public record Index(String collection, List<String> keys, boolean unique, boolean sparse, String name,
                        String owner) {

        public Document keyDocument() {
            var document = new Document();
            keys.forEach(key -> document.append(key, 1));
            return document;
        }

        public IndexOptions options() {
            var options = new IndexOptions().unique(unique).sparse(sparse);
            return name == null ? options : options.name(name);
        }

        public void createIn(MongoDatabase database) {
            database.getCollection(collection).createIndex(keyDocument(), options());
        }
    }

    /** One document per stream position {@code "<aggregateId>/<sequence>"}: a second writer of it loses (11000). */
    public static final Index EVENT_STREAMS = new Index("events", List.of("streamKey"), true, true, null,
            "event store (MongoEventStore)");

    /** One token per processor segment; claims are taken on it. */
    public static final Index PROCESSOR_SEGMENTS = new Index("trackingtokens", List.of("processorName", "segment"),
            true, false, null, "axon-mongo MongoTokenStore");

    public static final Index DEAD_LETTERS_OF_GROUP = new Index("deadletters", List.of("processingGroup"), false,
            false, "processingGroupIdentifierIndex", "axon-mongo MongoSequencedDeadLetterQueue");

    /** Looked up for every event a read model handles: is its sequence (its aggregate) parked? */
    public static final Index DEAD_LETTERS_OF_SEQUENCE = new Index("deadletters",
            List.of("processingGroup", "sequenceIdentifier"), false, false,
            "processingGroupAndSequenceIdentifierIndex", "axon-mongo MongoSequencedDeadLetterQueue");

    public static final Index DEAD_LETTER_ENTRIES = new Index("deadletters",
            List.of("processingGroup", "sequenceIdentifier", "index"), true, false, "uniqueDeadLetterEntryIndex",
            "axon-mongo MongoSequencedDeadLetterQueue");

    /** Every node looks for due deadlines each {@code regionet.deadlines.poll-interval} with a range on this. */
    public static final Index DUE_DEADLINES = new Index("deadlines", List.of("triggerAt"), false, false, null,
            "deadlines (MongoDeadlineManager)");

    public static final List<Index> ALL = List.of(EVENT_STREAMS, PROCESSOR_SEGMENTS, DEAD_LETTERS_OF_GROUP,
            DEAD_LETTERS_OF_SEQUENCE, DEAD_LETTER_ENTRIES, DUE_DEADLINES);

    private MongoIndexes() {
    }

    /** Creates every index that is missing; one that exists as listed is left as it is. */
    public static void createAll(MongoDatabase database) {
        ALL.forEach(index -> index.createIn(database));
    }
}
