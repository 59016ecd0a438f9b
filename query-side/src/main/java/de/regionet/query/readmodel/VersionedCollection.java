package de.regionet.query.readmodel;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonDocumentReader;
import org.bson.BsonDocumentWriter;
import org.bson.BsonInt64;
import org.bson.BsonString;
import org.bson.codecs.Codec;
import org.bson.codecs.DecoderContext;
import org.bson.codecs.EncoderContext;
import org.bson.conversions.Bson;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * A read collection whose documents each follow one aggregate and remember the last aggregate version they
 * applied. An event at or below that version is a replay or a re-delivery and changes nothing, so projections
 * built on it are idempotent. Documents are addressed by {@code _id} only (the embedded server indexes nothing
 * else). Every applied change counts in the {@code regionet.projection.effects} metric. A rebuild fills a new
 * generation of the collection while queries read the current one ({@link ReadModelGenerations}).
 *
 * <p>A collection made {@link #withRecordHistory} also answers what the record said at an instant (record time,
 * {@code knownAt}): each save stores the document as it then was under {@code "<id>@<version>"} in the sibling
 * collection {@code <name>_known} (one extra write per event), and the document itself keeps the list of its
 * versions with the instant each was recorded ({@value #RECORDED}) and the day its first fact names
 * ({@value #VALID_FROM}), which the record codec skips when reading the view. The instant is the handled event's
 * timestamp ({@link RecordTime}), so a replay or a rebuild writes the same history.
 */
public final class VersionedCollection<T extends VersionedCollection.Versioned> {

    /** How long a node may read a generation after another node switched to the next one. */
    private static final long POINTER_TTL_MILLIS = 1_000;
    static final String KNOWN_SUFFIX = "_known";
    static final String RECORDED = "_recorded";
    static final String VALID_FROM = "_validFrom";

    /** A read document: its {@code _id} and the aggregate version it reflects. */
    public interface Versioned {
        long version();
    }

    private final MongoDatabase database;
    private final String name;
    private final Class<T> type;
    private final ReadModelGenerations generations;
    private final Counter effects;
    private final boolean keepsHistory;
    private volatile ReadModelGenerations.Pointer pointer;
    private volatile long pointerReadAt;

    /**
     * A document as the record held it: the view, the day its first fact names as the day it took effect
     * ({@code null} where that fact names none, so the view answers for any day), and the instant this version
     * was recorded ({@code null} for a document saved while no event was handled).
     */
    public record Entry<T>(T document, LocalDate validFrom, Instant recordedAt) {

        /** Whether the view existed on {@code day} in valid time. */
        public boolean existedOn(LocalDate day) {
            return validFrom == null || !day.isBefore(validFrom);
        }
    }

    public VersionedCollection(MongoDatabase database, String name, Class<T> type, MeterRegistry meters) {
        this(database, name, type, meters, false);
    }

    /** A collection that keeps every version it saves, to answer {@link #knownAt}. */
    public static <T extends Versioned> VersionedCollection<T> withRecordHistory(MongoDatabase database, String name,
                                                                                Class<T> type, MeterRegistry meters) {
        return new VersionedCollection<>(database, name, type, meters, true);
    }

    private VersionedCollection(MongoDatabase database, String name, Class<T> type, MeterRegistry meters,
                                boolean keepsHistory) {
        this.keepsHistory = keepsHistory;
        this.database = database;
        this.name = name;
        this.type = type;
        this.generations = new ReadModelGenerations(database);
        this.effects = Counter.builder("regionet.projection.effects").tag("collection", name)
                .description("read-model changes applied by projections").register(meters);
    }

    /** Creates the document for an aggregate's first event, unless it already reflects that event. */
    public void create(String id, long version, T document) {
        BatchWrites.apply(writesKey(), this::documentWrites, writes -> {
            var slot = writes.slot(id);
            if (slot.current() == null) {
                if (keepsHistory) {
                    slot.validFrom(RecordTime.validDayOfCurrentEvent().map(LocalDate::toString).orElse(null));
                }
                apply(writes, id, slot, document);
            } else if (slot.current().version() < version) {
                apply(writes, id, slot, document);
            }
        });
    }

    /**
     * Applies {@code change} if the document exists and has not yet seen {@code version}: as one small update of
     * the fields it changed ({@link FieldChanges}: appended elements by {@code $push}, removed ones by
     * {@code $pull}, others by {@code $set}), never a rewrite of the whole document. The version is checked on the
     * document as this batch sees it, so a replay or a re-delivery changes nothing: a read model's events are
     * handled by one processor thread at a time. The update's filter is the exact {@code _id} alone, because the
     * embedded server scans the whole collection for a filter with any further field (DESIGN.md). A collection
     * keeping record history stores the document as it now is under {@code "<id>@<version>"}, written before the
     * document, so that a crash between the two writes leaves the event to be applied again on re-delivery.
     *
     * <p>Within a processor batch the change is held ({@link BatchWrites}): later events of the batch see it, and
     * the batch's changes of one document reach the store as one update at its end.
     */
    public void update(String id, long version, UnaryOperator<T> change) {
        BatchWrites.apply(writesKey(), this::documentWrites, writes -> {
            var slot = writes.slot(id);
            if (slot.current() != null && slot.current().version() < version) {
                apply(writes, id, slot, change.apply(slot.current()));
            }
        });
    }

    /**
     * Makes {@code changed} the document; a collection keeping history records this version with the handled
     * event's timestamp and snapshots it under {@code "<id>@<version>"}.
     */
    private void apply(DocumentWrites<T> writes, String id, DocumentWrites.Slot<T> slot, T changed) {
        var after = encode(changed);
        var recordedAt = keepsHistory ? RecordTime.ofCurrentEvent() : Optional.<Instant>empty();
        recordedAt.ifPresent(at -> {
            writes.snapshot(snapshot(id, after, at, slot.validFrom()));
            slot.record(new BsonDocument("version", new BsonInt64(changed.version()))
                    .append("at", new BsonString(at.toString())));
        });
        if (recordedAt.isPresent() || slot.current() == null || !after.equals(slot.currentEncoded())) {
            slot.change(changed, after);
            effects.increment();
        }
    }

    public Optional<T> find(String id) {
        return find(reads(), id);
    }

    /**
     * The document as projections see it: during a rebuild, in the generation being filled, not the one queries
     * read; within a processor batch, with the batch's changes not yet written. For a projection that joins what it
     * wrote earlier.
     */
    public Optional<T> findAsWritten(String id) {
        return Optional.ofNullable(BatchWrites.with(writesKey(), this::documentWrites,
                writes -> writes.slot(id).current()));
    }

    /**
     * The document as the record stood at {@code instant}: the last version recorded at or before it; empty if
     * none was (or the collection keeps no history). Two {@code _id} lookups at most.
     */
    public Optional<Entry<T>> knownAt(String id, Instant instant) {
        return rawFind(raw(reads()), id).flatMap(stored -> knownAt(stored, instant, this::snapshot));
    }

    /** The current document with its valid start. */
    public Optional<Entry<T>> entry(String id) {
        return rawFind(raw(reads()), id).map(this::current);
    }

    /**
     * Every document, current ({@code instant} null) or as the record stood at {@code instant}, leaving out those
     * not yet recorded then; older versions are fetched with one {@code $in} over their ids.
     */
    public List<Entry<T>> entries(Instant instant) {
        var stored = raw(reads()).find().into(new ArrayList<>());
        if (instant == null) {
            return stored.stream().map(this::current).toList();
        }
        var wanted = stored.stream().flatMap(document -> versionAt(document, instant)
                .filter(version -> version != decode(document).version())
                .map(version -> idOf(document) + "@" + version).stream()).toList();
        var older = raw(knownOf(reads())).find(Filters.in("_id", wanted)).into(new ArrayList<>()).stream()
                .collect(Collectors.toMap(document -> document.getString("_id").getValue(), Function.identity()));
        return stored.stream().flatMap(document -> knownAt(document, instant,
                (id, version) -> Optional.ofNullable(older.get(id + "@" + version)).map(this::fromSnapshot))
                .stream()).toList();
    }

    public List<T> all(String sortField) {
        return reads().find().sort(Sorts.ascending(sortField)).into(new ArrayList<>());
    }

    /** The documents {@code filter} matches, in no particular order (sort them where the query needs an order). */
    public List<T> where(Bson filter) {
        return reads().find(filter).into(new ArrayList<>());
    }

    public List<T> where(String field, Object value, String sortField) {
        return reads().find(Filters.eq(field, value)).sort(Sorts.ascending(sortField)).into(new ArrayList<>());
    }

    /**
     * Empties the read model for a rebuild from the first event. During a rebuild asked for through
     * {@link ReadModelGenerations#rebuildingFor} the rebuild fills a fresh generation and queries keep reading
     * the current one until it is done; otherwise the collection is emptied in place.
     */
    public void clear() {
        var processor = ReadModelGenerations.resettingProcessor();
        if (processor.isPresent()) {
            pointer = generations.startRebuild(name, processor.get());
            pointerReadAt = System.currentTimeMillis();
        } else {
            writes().deleteMany(Filters.empty());
            knownOf(writes()).deleteMany(Filters.empty());
        }
    }

    private MongoCollection<T> reads() {
        return database.getCollection(pointer().active(), type);
    }

    /** Where this batch keeps the documents of the generation projections write. */
    private String writesKey() {
        return DocumentWrites.class.getSimpleName() + ":" + pointer().writes() + ":" + type.getName();
    }

    private DocumentWrites<T> documentWrites() {
        var target = writes();
        return new DocumentWrites<>(raw(target), raw(knownOf(target)), this::decode, this::encode, keepsHistory);
    }

    private MongoCollection<T> writes() {
        return database.getCollection(pointer().writes(), type);
    }

    private ReadModelGenerations.Pointer pointer() {
        var known = pointer;
        if (known == null || System.currentTimeMillis() - pointerReadAt > POINTER_TTL_MILLIS) {
            known = generations.pointer(name);
            pointer = known;
            pointerReadAt = System.currentTimeMillis();
        }
        return known;
    }

    private Optional<T> find(MongoCollection<T> collection, String id) {
        return Optional.ofNullable(collection.find(Filters.eq("_id", id)).first());
    }

    private Optional<Entry<T>> knownAt(BsonDocument stored, Instant instant,
                                       SnapshotLookup<T> older) {
        var current = decode(stored);
        return versionAt(stored, instant).flatMap(version -> version == current.version()
                ? Optional.of(current(stored)) : older.find(idOf(stored), version));
    }

    /** The last version recorded at or before {@code instant}. */
    private static Optional<Long> versionAt(BsonDocument stored, Instant instant) {
        return recorded(stored).stream().map(BsonDocument.class::cast)
                .filter(entry -> !Instant.parse(entry.getString("at").getValue()).isAfter(instant))
                .map(entry -> entry.getInt64("version").getValue()).max(Comparator.naturalOrder());
    }

    private Optional<Entry<T>> snapshot(String id, long version) {
        return rawFind(raw(knownOf(reads())), id + "@" + version).map(this::fromSnapshot);
    }

    private Entry<T> fromSnapshot(BsonDocument snapshot) {
        return new Entry<>(decode(snapshot.getDocument("document")), validFromOf(snapshot),
                Instant.parse(snapshot.getString("at").getValue()));
    }

    private Entry<T> current(BsonDocument stored) {
        var document = decode(stored);
        var recordedAt = recorded(stored).stream().map(BsonDocument.class::cast)
                .filter(entry -> entry.getInt64("version").getValue() == document.version())
                .map(entry -> Instant.parse(entry.getString("at").getValue())).findFirst().orElse(null);
        return new Entry<>(document, validFromOf(stored), recordedAt);
    }

    /** The document as it is at its version, stored under {@code "<id>@<version>"} for {@link #knownAt}. */
    private static BsonDocument snapshot(String id, BsonDocument encoded, Instant at, String validFrom) {
        var version = encoded.get("version").asNumber().longValue();
        var snapshot = new BsonDocument("_id", new BsonString(id + "@" + version))
                .append("at", new BsonString(at.toString())).append("document", encoded.clone());
        if (validFrom != null) {
            snapshot.append(VALID_FROM, new BsonString(validFrom));
        }
        return snapshot;
    }

    private static BsonArray recorded(BsonDocument stored) {
        return stored.containsKey(RECORDED) ? stored.getArray(RECORDED) : new BsonArray();
    }

    private static LocalDate validFromOf(BsonDocument stored) {
        var day = stringOrNull(stored, VALID_FROM);
        return day == null ? null : LocalDate.parse(day);
    }

    private static String stringOrNull(BsonDocument stored, String field) {
        return stored.isString(field) ? stored.getString(field).getValue() : null;
    }

    private static String idOf(BsonDocument stored) {
        return stored.getString("_id").getValue();
    }

    private MongoCollection<T> knownOf(MongoCollection<T> collection) {
        return database.getCollection(collection.getNamespace().getCollectionName() + KNOWN_SUFFIX, type);
    }

    private static MongoCollection<BsonDocument> raw(MongoCollection<?> collection) {
        return collection.withDocumentClass(BsonDocument.class);
    }

    private static Optional<BsonDocument> rawFind(MongoCollection<BsonDocument> collection, String id) {
        return Optional.ofNullable(collection.find(Filters.eq("_id", id)).first());
    }

    private Codec<T> codec() {
        return database.getCodecRegistry().get(type);
    }

    private BsonDocument encode(T document) {
        var encoded = new BsonDocument();
        codec().encode(new BsonDocumentWriter(encoded), document, EncoderContext.builder()
                .isEncodingCollectibleDocument(true).build());
        return encoded;
    }

    private T decode(BsonDocument stored) {
        return codec().decode(new BsonDocumentReader(stored), DecoderContext.builder().build());
    }

    private interface SnapshotLookup<T> {
        Optional<Entry<T>> find(String id, long version);
    }

}
