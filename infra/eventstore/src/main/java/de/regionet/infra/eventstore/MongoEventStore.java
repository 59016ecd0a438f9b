package de.regionet.infra.eventstore;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.ReplaceOptions;
import de.regionet.infra.mongo.MongoIndexes;
import de.regionet.kernel.EventMetaData;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.common.AxonConfigurationException;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.BatchingEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.serialization.Serializer;
import org.bson.Document;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import static de.regionet.infra.eventstore.EventDocuments.*;

/**
 * RegioNet's event storage engine on the MongoDB Java driver, the same on MongoDB and on the embedded server.
 *
 * <ul>
 * <li>Every event gets a global position, its document's {@code _id}, from a counter reserved in blocks. An
 * append that fails leaves void documents at its positions; readers track positions they have not seen yet with
 * Axon's {@link GapAwareTrackingToken}, so an event that commits late is still delivered, exactly once.</li>
 * <li>An append is visible to readers only once all of it is stored: each document names the last position of
 * its append ({@code batchEnd}); appends are inserted in order, so that document's presence proves the rest.</li>
 * <li>Optimistic concurrency per aggregate: the unique stream key {@code "<aggregateId>/<seq>"} lets exactly one
 * of two appends of the same sequence number win; the other gets a {@link ConcurrencyException}.</li>
 * <li>Hot paths address documents by exact key only ({@code _id $in}, stream key {@code $in}), which both the
 * embedded server and MongoDB serve from an index, so they stay flat as the store grows.</li>
 * <li>Each event is hashed over its canonical content and chained to its stream predecessor; see
 * {@link StoreVerifier} and {@link StoreMaintenance} for the checks and the checkpoints over global ranges.</li>
 * </ul>
 * See {@code docs/adr/0002-event-store.md} for the design and its proof sketch.
 */
public class MongoEventStore extends BatchingEventStorageEngine {

    static final String EVENTS = "events";
    static final String SNAPSHOTS = "snapshots";
    static final String COUNTERS = "event_counters";
    static final String POSITIONS = "positions";
    private static final int FIRST_LOAD_WINDOW = 32;
    private static final int CACHED_STREAM_HEADS = 10_000;

    private final MongoCollection<Document> events;
    private final MongoCollection<Document> snapshots;
    private final PositionCounter positions;
    private final GroupCommit durability;
    private final int maxGapOffset;
    private final Clock clock;
    private final StoreMeters meters;
    /** The last event this node appended per stream, so the next append of that stream needs no lookup. */
    private final Map<String, StreamHead> streamHeads = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(256, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, StreamHead> eldest) {
                    return size() > CACHED_STREAM_HEADS;
                }
            });

    private record StreamHead(long sequence, String hash) {
    }

    protected MongoEventStore(Builder builder) {
        super(builder);
        this.events = builder.database.getCollection(EVENTS);
        this.snapshots = builder.database.getCollection(SNAPSHOTS);
        this.positions = new PositionCounter(builder.database.getCollection(COUNTERS), POSITIONS);
        this.durability = builder.durability;
        this.maxGapOffset = builder.maxGapOffset;
        this.clock = builder.clock;
        this.meters = new StoreMeters(builder.meters);
        if (builder.meters != StoreMeters.NONE) {
            meters.watch(this, builder.database.getCollection(StoreMaintenance.CHECKPOINTS), clock);
        }
        MongoIndexes.EVENT_STREAMS.createIn(builder.database);
    }

    public static Builder builder() {
        return new Builder();
    }

    // ---- appending

    @Override
    protected void appendEvents(List<? extends EventMessage<?>> messages, Serializer serializer) {
        if (messages.isEmpty()) {
            return;
        }
        long started = System.nanoTime();
        append(messages, serializer);
        meters.appended(System.nanoTime() - started, messages.size());
    }

    private void append(List<? extends EventMessage<?>> messages, Serializer serializer) {
        var contents = messages.stream().map(message -> serialize(message, serializer)).toList();
        var previousHashes = previousHashes(contents);
        for (int attempt = 1; ; attempt++) {
            long first = positions.reserve(contents.size());
            List<Document> documents;
            try {
                documents = documentsAt(first, contents, previousHashes);
            } catch (IllegalArgumentException unhashable) {
                voidPositions(first, contents.size(), "append failed");
                throw new EventStoreException("An event cannot be stored: " + unhashable.getMessage(), unhashable);
            }
            try {
                events.insertMany(documents, new InsertManyOptions().ordered(true));
                durability.awaitDurable();
                rememberStreamHeads(documents);
                return;
            } catch (MongoBulkWriteException e) {
                var error = e.getWriteErrors().isEmpty() ? null : e.getWriteErrors().get(0);
                if (error == null || ErrorCategory.fromErrorCode(error.getCode()) != ErrorCategory.DUPLICATE_KEY) {
                    voidPositions(first, contents.size(), "append failed");
                    throw new EventStoreException("An event could not be stored: " + e.getMessage(), e);
                }
                // we never stored the failed document, so anything at its position is someone else's
                boolean positionTaken = events.find(Filters.eq(POSITION, first + error.getIndex())).first() != null;
                voidPositions(first, contents.size(), "append failed");
                if (!positionTaken) {
                    meters.conflict();
                    var conflicting = contents.get(error.getIndex());
                    throw new ConcurrencyException("An event for aggregate [" + conflicting.aggregateId()
                            + "] at sequence [" + conflicting.sequence() + "] was already stored", e);
                }
                if (attempt >= 5) {
                    throw new EventStoreException("No free position found after " + attempt + " attempts", e);
                }
                // maintenance voided a reserved position while this append waited: take new positions
            }
        }
    }

    private Content serialize(EventMessage<?> message, Serializer serializer) {
        var payload = message.serializePayload(serializer, String.class);
        var metaData = message.serializeMetaData(serializer, String.class);
        String type = null;
        String aggregateId = null;
        long sequence = 0;
        if (message instanceof DomainEventMessage<?> domainEvent) {
            type = domainEvent.getType();
            aggregateId = domainEvent.getAggregateIdentifier();
            sequence = domainEvent.getSequenceNumber();
        }
        return new Content(type, aggregateId, sequence, message.getIdentifier(),
                message.getTimestamp().toString(), payload.getType().getName(), payload.getType().getRevision(),
                payload.getData(), metaData.getData());
    }

    /** The hash each aggregate's first event in this append chains to: its stored predecessor's. */
    private Map<String, String> previousHashes(List<Content> contents) {
        var previous = new HashMap<String, String>();
        var lookups = new ArrayList<String>();
        for (var content : contents) {
            if (content.isDomainEvent() && !previous.containsKey(content.aggregateId())) {
                previous.put(content.aggregateId(), GENESIS);
                var known = streamHeads.get(content.aggregateId());
                if (known != null && known.sequence() == content.sequence() - 1) {
                    previous.put(content.aggregateId(), known.hash());
                } else if (content.sequence() > 0) {
                    lookups.add(streamKey(content.aggregateId(), content.sequence() - 1));
                }
            }
        }
        if (!lookups.isEmpty()) {
            for (var stored : events.find(Filters.in(STREAM_KEY, lookups))) {
                previous.put(stored.getString(AGGREGATE_ID), stored.getString(HASH));
            }
        }
        return previous;
    }

    private void rememberStreamHeads(List<Document> stored) {
        for (var document : stored) {
            var aggregateId = document.getString(AGGREGATE_ID);
            if (aggregateId != null) {
                streamHeads.put(aggregateId, new StreamHead(document.getLong(SEQUENCE), document.getString(HASH)));
            }
        }
    }

    private List<Document> documentsAt(long first, List<Content> contents, Map<String, String> previousHashes) {
        var chain = new HashMap<>(previousHashes);
        var now = Date.from(clock.instant());
        long last = first + contents.size() - 1;
        var documents = new ArrayList<Document>(contents.size());
        for (int i = 0; i < contents.size(); i++) {
            var content = contents.get(i);
            var previous = content.isDomainEvent() ? chain.get(content.aggregateId()) : GENESIS;
            var document = content.toDocument(first + i, last, previous, now);
            if (content.isDomainEvent()) {
                chain.put(content.aggregateId(), document.getString(HASH));
            }
            documents.add(document);
        }
        return documents;
    }

    /** Marks positions of a failed append as void, so readers and the verifier know they will never hold events. */
    void voidPositions(long first, int count, String reason) {
        var now = Date.from(clock.instant());
        for (long position = first; position < first + count; position++) {
            var existing = events.find(Filters.eq(POSITION, position)).first();
            if (existing == null) {
                insertVoid(position, reason, now);
            } else if (!isVoid(existing) && batchEnd(existing) == first + count - 1) {
                // part of this failed append, inserted before the failure: replace it, it never committed
                events.replaceOne(Filters.eq(POSITION, position), voidAt(position, reason, now));
            }
        }
        durability.awaitDurable();
    }

    /** Inserts a void document unless the position is taken; true if it was inserted. */
    boolean insertVoid(long position, String reason, Date now) {
        try {
            events.insertOne(voidAt(position, reason, now));
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }

    @Override
    protected void storeSnapshot(DomainEventMessage<?> snapshot, Serializer serializer) {
        var payload = snapshot.serializePayload(serializer, String.class);
        var metaData = snapshot.serializeMetaData(serializer, String.class);
        var existing = snapshots.find(Filters.eq("_id", snapshot.getAggregateIdentifier())).first();
        if (existing != null && existing.getLong(SEQUENCE) >= snapshot.getSequenceNumber()) {
            return;
        }
        var document = new Document("_id", snapshot.getAggregateIdentifier())
                .append(AGGREGATE_TYPE, snapshot.getType()).append(AGGREGATE_ID, snapshot.getAggregateIdentifier())
                .append(SEQUENCE, snapshot.getSequenceNumber()).append(EVENT_ID, snapshot.getIdentifier())
                .append(TIMESTAMP, snapshot.getTimestamp().toString())
                .append(PAYLOAD_TYPE, payload.getType().getName())
                .append(PAYLOAD_REVISION, payload.getType().getRevision())
                .append(PAYLOAD, payload.getData()).append(META_DATA, metaData.getData());
        snapshots.replaceOne(Filters.eq("_id", snapshot.getAggregateIdentifier()), document,
                new ReplaceOptions().upsert(true));
    }

    // ---- reading one aggregate

    /**
     * Reads up to {@code batchSize} events of a stream by their stream keys, in windows that start small and
     * double: most streams are short, and an {@code $in} over keys that do not exist still costs its lookups.
     */
    @Override
    protected List<? extends DomainEventData<?>> fetchDomainEvents(String aggregateId, long firstSequence,
                                                                   int batchSize) {
        var result = new ArrayList<DomainEventData<?>>();
        long next = firstSequence;
        int window = Math.min(FIRST_LOAD_WINDOW, batchSize);
        while (result.size() < batchSize) {
            int wanted = Math.min(window, batchSize - result.size());
            var keys = LongStream.range(next, next + wanted).mapToObj(sequence -> streamKey(aggregateId, sequence))
                    .toList();
            var found = new TreeMap<Long, Document>();
            events.find(Filters.in(STREAM_KEY, keys)).forEach(document -> found.put(document.getLong(SEQUENCE),
                    document));
            var complete = completeAppends(found.values());
            int before = result.size();
            for (; found.containsKey(next) && complete.test(found.get(next)); next++) {
                result.add(toEventData(found.get(next)));
            }
            if (result.size() - before < wanted) {
                break;
            }
            window *= 2;
        }
        return result;
    }

    @Override
    protected Stream<? extends DomainEventData<?>> readSnapshotData(String aggregateId) {
        return Optional.ofNullable(snapshots.find(Filters.eq("_id", aggregateId)).first())
                .map(EventDocuments::toEventData).stream();
    }

    // ---- reading all events in position order

    @Override
    protected List<? extends TrackedEventData<?>> fetchTrackedEvents(TrackingToken lastToken, int batchSize) {
        var token = (GapAwareTrackingToken) lastToken;
        long head = positions.head();
        var gaps = token == null ? new TreeSet<Long>() : new TreeSet<>(token.getGaps());
        long from = token == null ? 0 : token.getIndex() + 1;
        var result = new ArrayList<TrackedEventData<?>>();
        while (result.isEmpty() && (from <= head || !gaps.isEmpty())) {
            long to = Math.min(from + batchSize - 1, head);
            var wanted = new TreeSet<>(gaps);
            LongStream.rangeClosed(from, to).forEach(wanted::add);
            gaps.clear();
            var found = byPosition(wanted);
            var complete = completeAppends(found.values());
            for (long position : wanted) {
                var document = found.get(position);
                if (document == null || !complete.test(document)) {
                    continue;
                }
                token = advance(token, position);
                if (!isVoid(document)) {
                    result.add(new TrackedDomainEventData<>(token, withPosition(toEventData(document), position)));
                }
            }
            from = to + 1;
        }
        return result;
    }

    /**
     * The event as read in position order, with its own global position added to its metadata: the token of a
     * late event (delivered after a later position) names the reader's progress, not the event's position.
     */
    private static DomainEventData<String> withPosition(DomainEventData<String> event, long position) {
        var metaData = event.getMetaData().getData().strip();
        var entry = "\"" + EventMetaData.GLOBAL_POSITION + "\":" + position;
        var positioned = metaData.equals("{}") ? "{" + entry + "}" : "{" + entry + "," + metaData.substring(1);
        return new GenericDomainEventEntry<>(event.getType(), event.getAggregateIdentifier(),
                event.getSequenceNumber(), event.getEventIdentifier(), event.getTimestamp(),
                event.getPayload().getType().getName(), event.getPayload().getType().getRevision(),
                event.getPayload().getData(), positioned);
    }

    private GapAwareTrackingToken advance(GapAwareTrackingToken token, long position) {
        return token == null
                ? GapAwareTrackingToken.newInstance(position, LongStream.range(0, position).boxed().toList())
                : token.advanceTo(position, maxGapOffset);
    }

    Map<Long, Document> byPosition(java.util.Collection<Long> wanted) {
        var found = new HashMap<Long, Document>();
        if (!wanted.isEmpty()) {
            events.find(Filters.in(POSITION, wanted)).forEach(document -> found.put(position(document), document));
        }
        return found;
    }

    /**
     * Tells whether a document's whole append is stored. Appends are inserted in order, so the document at the
     * append's last position, present and not void, proves every earlier one.
     */
    java.util.function.Predicate<Document> completeAppends(java.util.Collection<Document> documents) {
        var ends = new HashMap<Long, Boolean>();
        var unknown = new TreeSet<Long>();
        for (var document : documents) {
            if (!isVoid(document)) {
                long end = batchEnd(document);
                if (end == position(document)) {
                    ends.put(end, true);
                } else {
                    unknown.add(end);
                }
            }
        }
        documents.stream().filter(document -> unknown.contains(position(document)))
                .forEach(document -> ends.put(position(document), !isVoid(document)));
        unknown.removeAll(ends.keySet());
        byPosition(unknown).forEach((position, document) -> ends.put(position, !isVoid(document)));
        return document -> isVoid(document) || ends.getOrDefault(batchEnd(document), false);
    }

    @Override
    public TrackingToken createTailToken() {
        return null;
    }

    @Override
    public TrackingToken createHeadToken() {
        return tokenAt(positions.head());
    }

    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        long low = 0;
        long high = positions.head();
        while (low <= high) {
            long middle = (low + high) >>> 1;
            var stored = firstStoredFrom(middle, high);
            if (stored == null || !stored.getDate(STORED_AT).toInstant().isBefore(dateTime)) {
                high = middle - 1;
            } else {
                low = position(stored) + 1;
            }
        }
        return tokenAt(low - 1);
    }

    private Document firstStoredFrom(long position, long limit) {
        var window = LongStream.rangeClosed(position, Math.min(position + 63, limit)).boxed().toList();
        return byPosition(window).values().stream().min(java.util.Comparator.comparingLong(EventDocuments::position))
                .orElse(null);
    }

    /**
     * A token that has seen everything up to {@code position} that is stored now; positions below it that are not
     * stored yet (appends in flight) stay gaps, so they are delivered when they commit.
     */
    TrackingToken tokenAt(long position) {
        if (position < 0) {
            return null;
        }
        // appends in flight are at most a few hundred positions behind the head
        long from = Math.max(0, position - Math.min(maxGapOffset, 1_000) + 1);
        var found = byPosition(LongStream.rangeClosed(from, position).boxed().toList());
        var complete = completeAppends(found.values());
        var seen = new TreeSet<Long>();
        found.forEach((at, document) -> {
            if (complete.test(document)) {
                seen.add(at);
            }
        });
        if (seen.isEmpty()) {
            return from == 0 ? null : GapAwareTrackingToken.newInstance(from - 1, List.of());
        }
        long index = seen.last();
        var gaps = LongStream.range(from, index).filter(at -> !seen.contains(at)).boxed().toList();
        return GapAwareTrackingToken.newInstance(index, gaps);
    }

    /** The highest global position handed out so far (its event may still be being written), or -1. */
    public long head() {
        return positions.head();
    }

    MongoCollection<Document> events() {
        return events;
    }

    StoreMeters meters() {
        return meters;
    }

    /** Builds a {@link MongoEventStore}. */
    public static class Builder extends BatchingEventStorageEngine.Builder {

        private MongoDatabase database;
        private GroupCommit durability = GroupCommit.NONE;
        private int maxGapOffset = 10_000;
        private Clock clock = Clock.systemUTC();
        private MeterRegistry meters = StoreMeters.NONE;

        public Builder database(MongoDatabase database) {
            this.database = database;
            return this;
        }

        /** What makes an append durable before it is acknowledged (the embedded server's file commit). */
        public Builder durableCommit(Runnable commit) {
            this.durability = new GroupCommit(commit::run);
            return this;
        }

        public Builder maxGapOffset(int maxGapOffset) {
            this.maxGapOffset = maxGapOffset;
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        /** Where the store's meters go (README "Metrics and health"); none by default. */
        public Builder meters(MeterRegistry meters) {
            this.meters = meters;
            return this;
        }

        @Override
        public Builder snapshotSerializer(Serializer snapshotSerializer) {
            super.snapshotSerializer(snapshotSerializer);
            return this;
        }

        @Override
        public Builder eventSerializer(Serializer eventSerializer) {
            super.eventSerializer(eventSerializer);
            return this;
        }

        @Override
        public Builder batchSize(int batchSize) {
            super.batchSize(batchSize);
            return this;
        }

        @Override
        protected void validate() {
            super.validate();
            if (database == null) {
                throw new AxonConfigurationException("The MongoDatabase is required");
            }
        }

        public MongoEventStore build() {
            return new MongoEventStore(this);
        }
    }
}
