package de.regionet.infra.eventstore;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import org.bson.Document;

/**
 * Hands out global positions in blocks. {@code findOneAndUpdate} with {@code $inc} returning the document
 * BEFORE the update is atomic on MongoDB and on the embedded server (returning the document AFTER is not, on the
 * embedded server), so no position is ever handed out twice, across threads and processes.
 */
final class PositionCounter {

    private static final String NEXT = "next";

    private final MongoCollection<Document> counters;
    private final String name;

    PositionCounter(MongoCollection<Document> counters, String name) {
        this.counters = counters;
        this.name = name;
    }

    /** Reserves {@code count} consecutive positions and returns the first. */
    long reserve(int count) {
        var before = counters.findOneAndUpdate(Filters.eq("_id", name), Updates.inc(NEXT, (long) count),
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.BEFORE));
        return before == null ? 0 : ((Number) before.get(NEXT)).longValue();
    }

    /** The highest position handed out so far, or -1 when none was. */
    long head() {
        var current = counters.find(Filters.eq("_id", name)).first();
        return current == null ? -1 : ((Number) current.get(NEXT)).longValue() - 1;
    }
}
