package de.regionet.query.readmodel;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonString;
import org.bson.BsonValue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The documents of one {@link VersionedCollection} generation that a batch read or changed, as the batch sees
 * them, and the record-history snapshots it made. Each document is read once per batch (by its {@code _id}); at the
 * end of the batch the snapshots go first, in one ordered bulk write to {@code <name>_known}, then every changed
 * document in one ordered bulk write: one update per document with the operators turning the document as read into
 * the document as left ({@link FieldChanges}), the history entries of the batch appended by one {@code $push}
 * {@code $each}; a document the batch created is inserted whole (the driver sends replacements apart from updates,
 * so a batch that both creates and changes documents costs two commands). Snapshots before documents keeps the crash argument
 * of one event: a document never names a version whose snapshot is missing.
 */
final class DocumentWrites<T extends VersionedCollection.Versioned> implements BatchWrites.Pending {

    /** One document as the batch sees it. */
    static final class Slot<T> {
        private final BsonDocument stored;
        private final BsonDocument base;
        private final BsonArray recorded = new BsonArray();
        private T current;
        private BsonDocument currentEncoded;
        private String validFrom;
        private boolean changed;

        private Slot(BsonDocument stored, BsonDocument base, T current, String validFrom) {
            this.stored = stored;
            this.base = base;
            this.current = current;
            this.currentEncoded = base;
            this.validFrom = validFrom;
        }

        /** The document now, {@code null} while there is none. */
        T current() {
            return current;
        }

        BsonDocument currentEncoded() {
            return currentEncoded;
        }

        /** The day its first fact names, carried from the stored document or set when the batch created it. */
        String validFrom() {
            return validFrom;
        }

        void validFrom(String day) {
            validFrom = day;
        }

        void change(T document, BsonDocument encoded) {
            current = document;
            currentEncoded = encoded;
            changed = true;
        }

        void record(BsonDocument entry) {
            recorded.add(entry);
            changed = true;
        }
    }

    private final MongoCollection<BsonDocument> documents;
    private final MongoCollection<BsonDocument> known;
    private final Function<BsonDocument, T> decode;
    private final Function<T, BsonDocument> encode;
    private final boolean keepsHistory;
    private final Map<String, Slot<T>> slots = new LinkedHashMap<>();
    private final List<BsonDocument> snapshots = new ArrayList<>();

    DocumentWrites(MongoCollection<BsonDocument> documents, MongoCollection<BsonDocument> known,
                   Function<BsonDocument, T> decode, Function<T, BsonDocument> encode, boolean keepsHistory) {
        this.documents = documents;
        this.known = known;
        this.decode = decode;
        this.encode = encode;
        this.keepsHistory = keepsHistory;
    }

    /** The document {@code id} as this batch sees it: read by its {@code _id} the first time, then remembered. */
    Slot<T> slot(String id) {
        return slots.computeIfAbsent(id, this::read);
    }

    /** A snapshot for {@code <name>_known}, written before the documents. */
    void snapshot(BsonDocument snapshot) {
        snapshots.add(snapshot);
    }

    private Slot<T> read(String id) {
        var stored = documents.find(Filters.eq("_id", id)).first();
        if (stored == null) {
            return new Slot<>(null, null, null, null);
        }
        var document = decode.apply(stored);
        return new Slot<>(stored, encode.apply(document), document,
                stored.isString(VersionedCollection.VALID_FROM)
                        ? stored.getString(VersionedCollection.VALID_FROM).getValue() : null);
    }

    @Override
    public void flush() {
        if (!snapshots.isEmpty()) {
            known.bulkWrite(snapshots.stream().<WriteModel<BsonDocument>>map(snapshot -> new ReplaceOneModel<>(
                    Filters.eq("_id", snapshot.get("_id")), snapshot, new ReplaceOptions().upsert(true))).toList());
            snapshots.clear();
        }
        var inserts = new ArrayList<WriteModel<BsonDocument>>();
        var updates = new ArrayList<WriteModel<BsonDocument>>();
        slots.forEach((id, slot) -> {
            if (slot.changed && slot.current != null && slot.stored == null) {
                inserts.add(inserted(id, slot));
            } else if (slot.changed && slot.current != null) {
                updated(id, slot).ifPresent(updates::add);
            }
        });
        slots.clear();
        // the driver sends replacements and updates as separate commands: grouped, a batch costs two at most
        inserts.addAll(updates);
        if (!inserts.isEmpty()) {
            documents.bulkWrite(inserts);
        }
    }

    private WriteModel<BsonDocument> inserted(String id, Slot<T> slot) {
        var document = slot.currentEncoded.clone();
        if (keepsHistory) {
            document.append(VersionedCollection.RECORDED, slot.recorded);
            if (slot.validFrom != null) {
                document.append(VersionedCollection.VALID_FROM, new BsonString(slot.validFrom));
            }
        }
        return new ReplaceOneModel<>(Filters.eq("_id", id), document, new ReplaceOptions().upsert(true));
    }

    private Optional<WriteModel<BsonDocument>> updated(String id, Slot<T> slot) {
        var updates = new ArrayList<>(FieldChanges.between(slot.base, slot.currentEncoded));
        if (!slot.recorded.isEmpty()) {
            updates.add(Updates.pushEach(VersionedCollection.RECORDED, List.<BsonValue>copyOf(slot.recorded)));
        }
        return updates.isEmpty() ? Optional.empty()
                : Optional.of(new UpdateOneModel<>(Filters.eq("_id", id), Updates.combine(updates)));
    }
}
