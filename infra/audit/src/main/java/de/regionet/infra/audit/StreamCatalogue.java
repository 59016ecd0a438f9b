package de.regionet.infra.audit;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import de.regionet.kernel.access.AuditScope;
import de.regionet.kernel.network.NetworkId;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.bson.Document;
import org.bson.conversions.Bson;
import tools.jackson.databind.ObjectMapper;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.stream.Stream;

/**
 * Every stream of the store with its type, how many events it holds and when it last changed, so auditors can browse
 * streams without the event store being scanned (it indexes nothing but exact keys). One document per aggregate,
 * keyed by its id; idempotent ({@code $max} of sequence and time), rebuilt by replaying like any read model. A
 * stream's name is the {@code name} or {@code title} its first event states, where it states one (a call's title,
 * not the titles of the proposals it later takes). A stream's {@code network} is remembered from its first event
 * ({@link StreamNetworks}); the audit log's day streams name none (their entries are the installation's, each shown
 * to the auditors of its principal's networks). A document written before networks were remembered gets its network
 * when it is first listed.
 */
@ProcessingGroup(StreamCatalogue.NAME)
class StreamCatalogue {

    public static final String NAME = "stream-catalogue";
    private static final List<String> NAMING_FIELDS = List.of("name", "title");
    private static final int LONGEST_NAME = 200;

    private final MongoCollection<Document> streams;
    private static final String NETWORK = "network";
    private static final String INSTALLATION = "installation";

    private final ObjectMapper payloadJson;
    private final StreamNetworks networks;

    StreamCatalogue(MongoDatabase database, ObjectMapper payloadJson, StreamNetworks networks) {
        this.streams = database.getCollection("stream_catalogue");
        this.payloadJson = payloadJson;
        this.networks = networks;
    }

    @EventHandler
    void on(Object payload, DomainEventMessage<?> event) {
        var updates = new ArrayList<Bson>(List.of(
                Updates.set("type", AggregateTypes.kebab(event.getType())),
                Updates.max("sequence", event.getSequenceNumber()),
                Updates.max("lastRecordedAt", Date.from(event.getTimestamp()))));
        var tree = event.getSequenceNumber() == 0 ? payloadJson.valueToTree(payload) : null;
        Stream.ofNullable(tree).flatMap(first -> NAMING_FIELDS.stream().map(first::get))
                .filter(node -> node != null && node.isString()).findFirst()
                .map(node -> node.asString().strip())
                .filter(name -> !name.isEmpty() && name.length() <= LONGEST_NAME)
                .ifPresent(name -> updates.add(Updates.set("name", name)));
        if (tree != null && StreamNetworks.AUDIT_LOG.equals(event.getType())) {
            updates.add(Updates.set(INSTALLATION, true));
        } else if (tree != null) {
            var network = networks.ofCreation(tree, event.getMetaData());
            networks.remember(event.getAggregateIdentifier(), network);
            updates.add(Updates.set(NETWORK, network.value()));
        }
        streams.updateOne(Filters.eq("_id", event.getAggregateIdentifier()), Updates.combine(updates),
                new UpdateOptions().upsert(true));
    }

    @ResetHandler
    void reset() {
        streams.deleteMany(Filters.empty());
    }

    /**
     * The streams of one type (kebab case), or of every type for {@code null}, that the reader sees, the latest
     * changed first: those of the reader's networks, and the audit log's day streams (whose entries are shown per
     * network when read).
     */
    List<AuditTrail.StreamSummary> streams(String type, int limit, AuditScope scope) {
        var found = new ArrayList<AuditTrail.StreamSummary>();
        streams.find(type == null ? Filters.empty() : Filters.eq("type", type)).forEach(document -> {
            if (shown(document, scope)) {
                found.add(new AuditTrail.StreamSummary(document.getString("type"), document.getString("_id"),
                        document.getString("name"), ((Number) document.get("sequence")).longValue() + 1,
                        document.getDate("lastRecordedAt").toInstant()));
            }
        });
        found.sort(Comparator.comparing(AuditTrail.StreamSummary::lastChange, Comparator.reverseOrder())
                .thenComparing(AuditTrail.StreamSummary::id));
        return found.subList(0, Math.min(limit, found.size()));
    }

    private boolean shown(Document document, AuditScope scope) {
        if (scope.everything() || Boolean.TRUE.equals(document.getBoolean(INSTALLATION))
                || "audit-log".equals(document.getString("type"))) {
            return true;
        }
        var stated = document.getString(NETWORK);
        NetworkId network;
        if (stated == null) {
            network = networks.ofStream(document.getString("_id"));
            streams.updateOne(Filters.eq("_id", document.getString("_id")), Updates.set(NETWORK, network.value()));
        } else {
            network = new NetworkId(stated);
        }
        return scope.reads(network);
    }
}
