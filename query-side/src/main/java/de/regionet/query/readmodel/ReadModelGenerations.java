package de.regionet.query.readmodel;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

/**
 * Which physical collection holds a read model now, and which one a rebuild is filling. A read model is rebuilt
 * into a fresh collection (its next generation) while queries keep reading the current one; when the rebuild has
 * caught up, the new generation becomes current in one document update and the old one is dropped a little later
 * (queries that started before the switch finish on it). Generation 0 is the read model's plain name; later ones
 * are {@code <name>__g<n>}. The pointers live in the collection {@code read_model_generations}, so every node and
 * a restarted one agree on them.
 */
public final class ReadModelGenerations {

    static final String COLLECTION = "read_model_generations";
    private static final ThreadLocal<String> RESETTING = new ThreadLocal<>();

    /**
     * Where a read model is.
     *
     * @param active    the collection queries read
     * @param building  the collection a rebuild is filling (projections write there), or {@code null}
     * @param processor the event processor rebuilding it, while it does
     */
    public record Pointer(String name, String active, String building, String processor, long generation) {

        /** Where projections write: the rebuild's collection while there is one. */
        public String writes() {
            return building != null ? building : active;
        }
    }

    private final MongoDatabase database;
    private final MongoCollection<Document> pointers;

    public ReadModelGenerations(MongoDatabase database) {
        this.database = database;
        this.pointers = database.getCollection(COLLECTION);
    }

    /**
     * Runs a processor's reset (its {@code @ResetHandler}s, which clear their read models) so that each
     * {@link VersionedCollection} it clears starts a new generation instead of emptying what queries read.
     */
    public static void rebuildingFor(String processor, Runnable reset) {
        RESETTING.set(processor);
        try {
            reset.run();
        } finally {
            RESETTING.remove();
        }
    }

    /** The processor whose reset is running on this thread, if a rebuild was asked for. */
    static Optional<String> resettingProcessor() {
        return Optional.ofNullable(RESETTING.get());
    }

    public Pointer pointer(String name) {
        var document = pointers.find(Filters.eq("_id", name)).first();
        return document == null ? new Pointer(name, name, null, null, 0) : pointer(document);
    }

    /** Read models a rebuild is filling, on whichever node. */
    public List<Pointer> rebuilding() {
        var result = new ArrayList<Pointer>();
        pointers.find(Filters.ne("building", null)).forEach(document -> result.add(pointer(document)));
        return result;
    }

    /** Starts the next generation of a read model, empty, for {@code processor} to fill. */
    Pointer startRebuild(String name, String processor) {
        var current = pointer(name);
        long generation = current.building() != null ? current.generation() : current.generation() + 1;
        var building = name + "__g" + generation;
        database.getCollection(building).drop();
        database.getCollection(building + VersionedCollection.KNOWN_SUFFIX).drop();
        var next = new Pointer(name, current.active(), building, processor, generation);
        pointers.replaceOne(Filters.eq("_id", name), new Document("_id", name).append("active", next.active())
                .append("building", building).append("processor", processor).append("generation", generation)
                .append("since", new Date()), new ReplaceOptions().upsert(true));
        return next;
    }

    /** Makes every read model {@code processor} has rebuilt current; answers their names. */
    public List<String> complete(String processor) {
        var done = new ArrayList<String>();
        for (var pointer : rebuilding()) {
            if (!processor.equals(pointer.processor())) {
                continue;
            }
            var switched = pointers.updateOne(Filters.and(Filters.eq("_id", pointer.name()),
                            Filters.eq("building", pointer.building())),
                    Updates.combine(Updates.set("active", pointer.building()), Updates.set("building", null),
                            Updates.set("processor", null), Updates.set("retired", pointer.active()),
                            Updates.set("retiredAt", new Date())));
            if (switched.getModifiedCount() > 0) {
                done.add(pointer.name());
            }
        }
        return done;
    }

    /** Drops the generations that stopped being current before {@code before}. */
    public void dropRetired(Instant before) {
        pointers.find(Filters.ne("retired", null)).forEach(document -> {
            var retiredAt = document.getDate("retiredAt");
            if (retiredAt != null && retiredAt.toInstant().isBefore(before)) {
                database.getCollection(document.getString("retired")).drop();
                database.getCollection(document.getString("retired") + VersionedCollection.KNOWN_SUFFIX).drop();
                pointers.updateOne(Filters.eq("_id", document.getString("_id")),
                        Updates.combine(Updates.set("retired", null), Updates.set("retiredAt", null)));
            }
        });
    }

    private static Pointer pointer(Document document) {
        var generation = document.get("generation");
        return new Pointer(document.getString("_id"), document.getString("active"), document.getString("building"),
                document.getString("processor"), generation == null ? 0 : ((Number) generation).longValue());
    }
}
