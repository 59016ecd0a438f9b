package de.regionet.bench;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import org.axonframework.eventhandling.DomainEventMessage;
import org.bson.Document;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.LongStream;

/**
 * The floor: the driver inserting documents shaped like RegioNet's (same fields and sizes, {@code _id} = position,
 * unique stream key), with nothing else: no position counter, no hash, no Axon, and no durable commit, unless it is
 * the durable floor, which commits the H2 file after every append as an acknowledged append must be durable.
 */
final class RawDriverContender implements Contender {

    private static final String HASH = "0".repeat(64);

    static final String FLOOR = "raw driver (floor)";
    static final String DURABLE_FLOOR = "raw driver + commit (durable floor)";

    private final EmbeddedServer server;
    private final boolean durable;
    private final MongoCollection<Document> events;
    private final AtomicLong positions = new AtomicLong();

    private RawDriverContender(EmbeddedServer server, boolean durable) {
        this.server = server;
        this.durable = durable;
        this.events = server.database.getCollection("events");
        events.createIndex(Indexes.ascending("streamKey"), new IndexOptions().unique(true).sparse(true));
    }

    static RawDriverContender floor(EmbeddedServer server) {
        return new RawDriverContender(server, false);
    }

    /** Only for the append phases: the other phases only read, where it would measure what the floor does. */
    static RawDriverContender durableFloor(EmbeddedServer server) {
        if (server.commit.isEmpty()) {
            throw new IllegalArgumentException("only a file backend has something to commit");
        }
        return new RawDriverContender(server, true);
    }

    @Override
    public String name() {
        return durable ? DURABLE_FLOOR : FLOOR;
    }

    @Override
    public boolean appendOnly() {
        return durable;
    }

    @Override
    public EmbeddedServer server() {
        return server;
    }

    @Override
    public void append(List<DomainEventMessage<Noted>> messages) {
        long first = positions.getAndAdd(messages.size());
        var documents = new ArrayList<Document>(messages.size());
        for (int i = 0; i < messages.size(); i++) {
            documents.add(document(messages.get(i), first + i, first + messages.size() - 1));
        }
        if (documents.size() == 1) {
            events.insertOne(documents.get(0));
        } else {
            events.insertMany(documents);
        }
        if (durable) {
            server.commit.orElseThrow().run();
        }
    }

    private static Document document(DomainEventMessage<Noted> message, long position, long batchEnd) {
        var payload = message.serializePayload(AxonContender.SERIALIZER, String.class);
        var metaData = message.serializeMetaData(AxonContender.SERIALIZER, String.class);
        return new Document("_id", position).append("position", position)
                .append("streamKey", message.getAggregateIdentifier() + "/" + message.getSequenceNumber())
                .append("aggregateType", message.getType())
                .append("aggregateId", message.getAggregateIdentifier())
                .append("seq", message.getSequenceNumber())
                .append("eventId", message.getIdentifier())
                .append("timestamp", message.getTimestamp().toString())
                .append("payloadType", payload.getType().getName())
                .append("payloadRevision", payload.getType().getRevision())
                .append("payload", payload.getData())
                .append("metaData", metaData.getData())
                .append("prevHash", HASH).append("hash", HASH)
                .append("batchEnd", batchEnd)
                .append("storedAt", new Date());
    }

    /** Fetches the stream's documents by their exact keys, as RegioNet's engine does; nothing is deserialized. */
    @Override
    public int load(String aggregateId) {
        var keys = LongStream.range(0, Workload.STREAM_LENGTH).mapToObj(seq -> aggregateId + "/" + seq).toList();
        int count = 0;
        for (var ignored : events.find(Filters.in("streamKey", keys))) {
            count++;
        }
        return count;
    }

    /** One pass over the collection in the server's order; nothing is deserialized. */
    @Override
    public long replay(long deadlineNanos) {
        long count = 0;
        for (var ignored : events.find().batchSize(1_000)) {
            count++;
            if (System.nanoTime() > deadlineNanos) {
                break;
            }
        }
        return count;
    }

    @Override
    public Optional<Audit> audit() {
        return Optional.empty();
    }

    @Override
    public Optional<Tracking> tracking() {
        return Optional.empty();
    }

    @Override
    public void close() {
        server.close();
    }
}
