package de.regionet.query.readmodel;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.bson.conversions.Bson;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * A read collection whose documents each follow one aggregate and remember the last aggregate version they
 * applied. An event at or below that version is a replay or a re-delivery and changes nothing, so projections
 * built on it are idempotent. Documents are addressed by {@code _id} only (the embedded server indexes nothing
 * else). Every applied change counts in the {@code regionet.projection.effects} metric. A rebuild fills a new
 * generation of the collection while queries read the current one ({@link ReadModelGenerations}).
 */
public final class VersionedCollection<T extends VersionedCollection.Versioned> {

    /** How long a node may read a generation after another node switched to the next one. */
    private static final long POINTER_TTL_MILLIS = 1_000;

    /** A read document: its {@code _id} and the aggregate version it reflects. */
    public interface Versioned {
        long version();
    }

    private final MongoDatabase database;
    private final String name;
    private final Class<T> type;
    private final ReadModelGenerations generations;
    private final Counter effects;
    private volatile ReadModelGenerations.Pointer pointer;
    private volatile long pointerReadAt;

    public VersionedCollection(MongoDatabase database, String name, Class<T> type, MeterRegistry meters) {
        this.database = database;
        this.name = name;
        this.type = type;
        this.generations = new ReadModelGenerations(database);
        this.effects = Counter.builder("regionet.projection.effects").tag("collection", name)
                .description("read-model changes applied by projections").register(meters);
    }

    /** Creates the document for an aggregate's first event, unless it already reflects that event. */
    public void create(String id, long version, T document) {
        var target = writes();
        if (find(target, id).isEmpty()) {
            save(target, id, document);
        } else {
            update(id, version, existing -> document);
        }
    }

    /** Applies {@code change} if the document exists and has not yet seen {@code version}. */
    public void update(String id, long version, UnaryOperator<T> change) {
        var target = writes();
        find(target, id).filter(document -> document.version() < version)
                .ifPresent(document -> save(target, id, change.apply(document)));
    }

    public Optional<T> find(String id) {
        return find(reads(), id);
    }

    /**
     * The document as projections see it: during a rebuild, in the generation being filled, not the one queries
     * read. For a projection that joins what it wrote earlier.
     */
    public Optional<T> findAsWritten(String id) {
        return find(writes(), id);
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
        }
    }

    private MongoCollection<T> reads() {
        return database.getCollection(pointer().active(), type);
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

    private void save(MongoCollection<T> collection, String id, T document) {
        collection.replaceOne(Filters.eq("_id", id), document, new ReplaceOptions().upsert(true));
        effects.increment();
    }
}
