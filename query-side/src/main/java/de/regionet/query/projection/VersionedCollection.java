package de.regionet.query.projection;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * A read collection whose documents each follow one aggregate and remember the last aggregate version they
 * applied. An event at or below that version is a replay or a re-delivery and changes nothing, so projections
 * built on it are idempotent. Documents are addressed by {@code _id} only (the embedded server indexes nothing
 * else). Every applied change counts in the {@code regionet.projection.effects} metric.
 */
public final class VersionedCollection<T extends VersionedCollection.Versioned> {

    /** A read document: its {@code _id} and the aggregate version it reflects. */
    public interface Versioned {
        long version();
    }

    private final MongoCollection<T> documents;
    private final Counter effects;

    public VersionedCollection(MongoDatabase database, String name, Class<T> type, MeterRegistry meters) {
        this.documents = database.getCollection(name, type);
        this.effects = Counter.builder("regionet.projection.effects").tag("collection", name)
                .description("read-model changes applied by projections").register(meters);
    }

    /** Creates the document for an aggregate's first event, unless it already reflects that event. */
    public void create(String id, long version, T document) {
        if (find(id).isEmpty()) {
            save(id, document);
        } else {
            update(id, version, existing -> document);
        }
    }

    /** Applies {@code change} if the document exists and has not yet seen {@code version}. */
    public void update(String id, long version, UnaryOperator<T> change) {
        find(id).filter(document -> document.version() < version).ifPresent(document -> save(id, change.apply(document)));
    }

    public Optional<T> find(String id) {
        return Optional.ofNullable(documents.find(Filters.eq("_id", id)).first());
    }

    public List<T> all(String sortField) {
        return documents.find().sort(Sorts.ascending(sortField)).into(new ArrayList<>());
    }

    public List<T> where(String field, Object value, String sortField) {
        return documents.find(Filters.eq(field, value)).sort(Sorts.ascending(sortField)).into(new ArrayList<>());
    }

    /** Empties the collection, for a rebuild from the first event. */
    public void clear() {
        documents.deleteMany(Filters.empty());
    }

    private void save(String id, T document) {
        documents.replaceOne(Filters.eq("_id", id), document, new ReplaceOptions().upsert(true));
        effects.increment();
    }
}
