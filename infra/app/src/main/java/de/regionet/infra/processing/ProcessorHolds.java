package de.regionet.infra.processing;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;

import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Processors held still on every node while one node resets their tokens for a replay (collection
 * {@code processor_holds}): each node's projection round shuts down what is held and starts again what it runs once
 * the hold is gone. A hold ends by itself after its time, should the node that set it die (ADR 0027).
 */
final class ProcessorHolds {

    static final String COLLECTION = "processor_holds";
    private static final String UNTIL = "until";

    private final MongoCollection<Document> holds;
    private final Clock clock;

    ProcessorHolds(MongoCollection<Document> holds, Clock clock) {
        this.holds = holds;
        this.clock = clock;
    }

    void hold(String processor, Duration atMost) {
        holds.replaceOne(Filters.eq("_id", processor), new Document("_id", processor)
                .append(UNTIL, Date.from(clock.instant().plus(atMost))), new ReplaceOptions().upsert(true));
    }

    void release(String processor) {
        holds.deleteOne(Filters.eq("_id", processor));
    }

    /** The processors held now; holds are few and short, so all are read. */
    Set<String> held() {
        var now = Date.from(clock.instant());
        return holds.find().into(new java.util.ArrayList<>()).stream()
                .filter(hold -> hold.getDate(UNTIL) != null && hold.getDate(UNTIL).after(now))
                .map(hold -> hold.getString("_id")).collect(Collectors.toSet());
    }
}
