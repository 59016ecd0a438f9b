package de.regionet.infra.eventstore;

import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.bson.Document;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Date;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The stored form of events. One document per global position: {@code _id} is the position; an event document
 * carries the serialized event, its aggregate stream key {@code "<aggregateId>/<seq>"} (unique, which makes
 * concurrent appends of the same sequence number fail), the last position of the append it belongs to, and a
 * SHA-256 hash over its canonical content chained to its predecessor in the same aggregate stream, with the
 * {@link HashVersion} it was computed with. A position
 * whose append failed or was abandoned holds a void document instead, so the sequence of positions is dense.
 */
public final class EventDocuments {

    static final String POSITION = "_id";
    static final String RECORDED_POSITION = "position";
    static final String STREAM_KEY = "streamKey";
    static final String AGGREGATE_TYPE = "aggregateType";
    static final String AGGREGATE_ID = "aggregateId";
    static final String SEQUENCE = "seq";
    static final String EVENT_ID = "eventId";
    static final String TIMESTAMP = "timestamp";
    static final String PAYLOAD_TYPE = "payloadType";
    static final String PAYLOAD_REVISION = "payloadRevision";
    static final String PAYLOAD = "payload";
    static final String META_DATA = "metaData";
    static final String PREVIOUS_HASH = "prevHash";
    static final String HASH = "hash";
    /** The {@link HashVersion} the event's hash was computed with; absent in documents written before version 2. */
    static final String HASH_VERSION = "hashVersion";
    static final String BATCH_END = "batchEnd";
    static final String STORED_AT = "storedAt";
    static final String VOID = "void";

    /** The hash a stream's first event chains to. */
    public static final String GENESIS = "";

    private EventDocuments() {
    }

    /**
     * The serialized content of one event, before it has a position: exactly the strings that are stored and
     * hashed, so an export that carries them lets anyone recompute the hash.
     */
    public record Content(String aggregateType, String aggregateId, long sequence, String eventId, String timestamp,
                   String payloadType, String payloadRevision, String payload, String metaData) {

        String streamKey() {
            return aggregateId == null ? "~event/" + eventId : EventDocuments.streamKey(aggregateId, sequence);
        }

        public boolean isDomainEvent() {
            return aggregateId != null;
        }

        Document toDocument(long position, long batchEnd, String previousHash, Date storedAt) {
            return new Document(POSITION, position)
                    .append(RECORDED_POSITION, position)
                    .append(STREAM_KEY, streamKey())
                    .append(AGGREGATE_TYPE, aggregateType)
                    .append(AGGREGATE_ID, aggregateId)
                    .append(SEQUENCE, sequence)
                    .append(EVENT_ID, eventId)
                    .append(TIMESTAMP, timestamp)
                    .append(PAYLOAD_TYPE, payloadType)
                    .append(PAYLOAD_REVISION, payloadRevision)
                    .append(PAYLOAD, payload)
                    .append(META_DATA, metaData)
                    .append(PREVIOUS_HASH, previousHash)
                    .append(HASH, hash(HashVersion.CURRENT, position, previousHash))
                    .append(HASH_VERSION, HashVersion.CURRENT.number())
                    .append(BATCH_END, batchEnd)
                    .append(STORED_AT, storedAt);
        }

        /** The event's hash at {@code position}, chained to {@code previousHash}, computed as {@code version} says. */
        public String hash(HashVersion version, long position, String previousHash) {
            return version.hash(this, position, previousHash);
        }

        static Content of(Document document) {
            return new Content(document.getString(AGGREGATE_TYPE), document.getString(AGGREGATE_ID),
                    document.getLong(SEQUENCE), document.getString(EVENT_ID), document.getString(TIMESTAMP),
                    document.getString(PAYLOAD_TYPE), document.getString(PAYLOAD_REVISION),
                    document.getString(PAYLOAD), document.getString(META_DATA));
        }
    }

    static String streamKey(String aggregateId, long sequence) {
        return aggregateId + "/" + sequence;
    }

    static Document voidAt(long position, String reason, Date storedAt) {
        return new Document(POSITION, position).append(RECORDED_POSITION, position).append(VOID, reason)
                .append(STORED_AT, storedAt);
    }

    static boolean isVoid(Document document) {
        return document.containsKey(VOID);
    }

    static long position(Document document) {
        return ((Number) document.get(POSITION)).longValue();
    }

    static long batchEnd(Document document) {
        var end = document.get(BATCH_END);
        return end == null ? position(document) : ((Number) end).longValue();
    }

    static DomainEventData<String> toEventData(Document document) {
        return new GenericDomainEventEntry<>(document.getString(AGGREGATE_TYPE), document.getString(AGGREGATE_ID),
                document.getLong(SEQUENCE), document.getString(EVENT_ID), document.getString(TIMESTAMP),
                document.getString(PAYLOAD_TYPE), document.getString(PAYLOAD_REVISION), document.getString(PAYLOAD),
                document.getString(META_DATA));
    }

    /** The number of the hash version a stored event names; 1 for a document written before versions were named. */
    static int hashVersion(Document document) {
        var version = document.get(HASH_VERSION);
        return version == null ? HashVersion.V1.number() : version instanceof Number number
                && number.doubleValue() == number.intValue() ? number.intValue() : -1;
    }

    /** SHA-256 of the text's UTF-8 bytes, as lower-case hex. */
    public static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    /** SHA-256 of the bytes, as lower-case hex. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    /**
     * A checkpoint's hash: SHA-256 over the previous checkpoint's hash and, for each position of the range, the
     * event's hash, {@code void} or {@code missing}. The one definition, for maintenance, verifier and exports.
     */
    public static String rangeHash(String previousHash, long from, long to, java.util.function.LongFunction<String> entry) {
        var text = new StringBuilder(previousHash.length() + (int) (to - from + 1) * 72).append(previousHash);
        for (long position = from; position <= to; position++) {
            text.append('\n').append(position).append(':').append(entry.apply(position));
        }
        return sha256(text.toString());
    }

    /** What a checkpoint hashes for a position: the event's hash, {@code void}, or {@code missing}. */
    static String checkpointEntry(Document document) {
        return document == null ? "missing" : isVoid(document) ? "void" : document.getString(HASH);
    }

    static boolean sameHash(String expected, Document document) {
        return Objects.equals(expected, document.getString(HASH));
    }
}
