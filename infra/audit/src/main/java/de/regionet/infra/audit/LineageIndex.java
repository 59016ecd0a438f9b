package de.regionet.infra.audit;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import de.regionet.infra.eventstore.EventLog;
import de.regionet.kernel.EventMetaData;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.bson.Document;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The index lineage walks need and the event store cannot answer by exact key: which streams mention an aggregate
 * (an id of another aggregate in an event's payload is a domain reference: a working group names its region), and
 * which streams took part in one request (correlation id). One document per referenced id or correlation id,
 * holding the set of streams, so a lookup is one {@code _id} read. Idempotent ({@code $addToSet}), rebuilt by
 * replaying like any read model.
 */
@ProcessingGroup(LineageIndex.NAME)
class LineageIndex {

    public static final String NAME = "lineage";
    private static final String REFERENCE = "ref:";
    private static final String REQUEST = "corr:";
    private static final int LONGEST_ID = 100;

    private final MongoCollection<Document> index;
    private final EventLog log;
    private final ObjectMapper payloadJson;

    LineageIndex(MongoDatabase database, EventLog log, ObjectMapper payloadJson) {
        this.index = database.getCollection("lineage_index");
        this.log = log;
        this.payloadJson = payloadJson;
    }

    /** A stream: its aggregate type as stored with its events, and its aggregate id. */
    public record Stream(String type, String id) {
    }

    @EventHandler
    void on(Object payload, DomainEventMessage<?> event) {
        var self = new Stream(event.getType(), event.getAggregateIdentifier());
        for (var referenced : references(payloadJson.valueToTree(payload), self.id())) {
            add(REFERENCE + referenced.id(), self);
        }
        var correlationId = EventMetaData.text(event.getMetaData(), EventMetaData.CORRELATION_ID);
        if (correlationId != null) {
            add(REQUEST + correlationId, self);
        }
    }

    @ResetHandler
    void reset() {
        index.deleteMany(Filters.empty());
    }

    /** The streams whose events name this aggregate's id. */
    List<Stream> referencing(String aggregateId) {
        return streams(REFERENCE + aggregateId);
    }

    /** The streams with events caused by this request. */
    List<Stream> inRequest(String correlationId) {
        return streams(REQUEST + correlationId);
    }

    /** The streams a payload names: its short, blank-free strings that are ids of stored streams. */
    List<Stream> references(JsonNode payload, String ownId) {
        var candidates = new LinkedHashSet<String>();
        collect(payload, candidates);
        candidates.remove(ownId);
        var found = new ArrayList<Stream>();
        log.firstEvents(candidates).values().forEach(first -> found.add(new Stream(first.content().aggregateType(),
                first.content().aggregateId())));
        return found;
    }

    private static void collect(JsonNode node, Set<String> candidates) {
        if (node == null) {
            return;
        }
        if (node.isString()) {
            var text = node.asString();
            if (!text.isEmpty() && text.length() <= LONGEST_ID && text.chars().noneMatch(Character::isWhitespace)) {
                candidates.add(text);
            }
        } else if (node.isContainer()) {
            node.values().forEach(child -> collect(child, candidates));
        }
    }

    private void add(String key, Stream stream) {
        index.updateOne(Filters.eq("_id", key), Updates.addToSet("streams",
                new Document("type", stream.type()).append("id", stream.id())), new UpdateOptions().upsert(true));
    }

    private List<Stream> streams(String key) {
        return Optional.ofNullable(index.find(Filters.eq("_id", key)).first())
                .map(document -> document.getList("streams", Document.class).stream()
                        .map(stream -> new Stream(stream.getString("type"), stream.getString("id"))).toList())
                .orElse(List.of());
    }
}
