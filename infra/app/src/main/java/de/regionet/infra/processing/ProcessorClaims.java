package de.regionet.infra.processing;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.bson.Document;
import org.bson.types.Binary;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Who runs a processor, read from its tokens without claiming them ({@code trackingtokens}, as axon-mongo's
 * {@code MongoTokenStore} writes them): the node holding a live claim and the position it has reached. The status of
 * a processor that runs on another node comes from here (ADR 0027).
 */
final class ProcessorClaims {

    static final String COLLECTION = "trackingtokens";
    /** This node's name in the token store: the JVM's {@code pid@host}, axon-mongo's default and ours. */
    static final String THIS_NODE = ManagementFactory.getRuntimeMXBean().getName();

    private final MongoCollection<Document> tokens;
    private final Serializer serializer;
    private final Duration claimTimeout;
    private final Clock clock;

    ProcessorClaims(MongoCollection<Document> tokens, Serializer serializer, Duration claimTimeout, Clock clock) {
        this.tokens = tokens;
        this.serializer = serializer;
        this.claimTimeout = claimTimeout;
        this.clock = clock;
    }

    /** One segment's claim: its owner while the claim is live ({@code null} otherwise) and its position. */
    record Claim(int segment, String owner, Long position) {
    }

    List<Claim> of(String processor) {
        var claims = new ArrayList<Claim>();
        var expired = clock.instant().minus(claimTimeout);
        tokens.find(Filters.eq("processorName", processor)).forEach(token -> {
            var owner = token.getString("owner");
            var timestamp = token.get("timestamp") instanceof Number millis ? Instant.ofEpochMilli(millis.longValue())
                    : null;
            boolean live = owner != null && timestamp != null && timestamp.isAfter(expired);
            claims.add(new Claim(((Number) token.get("segment")).intValue(), live ? owner : null, position(token)));
        });
        return claims;
    }

    private Long position(Document token) {
        try {
            var bytes = token.get("token") instanceof Binary binary ? binary.getData() : null;
            var type = token.getString("tokenType");
            if (bytes == null || type == null) {
                return null;
            }
            TrackingToken tracking = serializer.deserialize(new SimpleSerializedObject<>(bytes, byte[].class, type,
                    null));
            return Optional.ofNullable(tracking).flatMap(found -> {
                var position = found.position();
                return position.isPresent() ? Optional.of(position.getAsLong()) : Optional.empty();
            }).orElse(null);
        } catch (RuntimeException unreadable) {
            return null;
        }
    }
}
