package de.regionet.infra.audit;

import de.regionet.infra.eventstore.EventLog;
import de.regionet.kernel.EventMetaData;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One stored event as the audit API shows it: where it is in the store and in its stream, when it happened, what
 * it says (its payload as JSON, exactly as stored), who caused it in which request because of which message, the
 * region or regions it concerns, and its hash chained to its stream predecessor's, with the number of the hash
 * version it was computed with.
 *
 * <p>Who caused it ({@link PrincipalNames}): {@code principal} is the user name opened from the vault (or a system
 * principal's name), {@code null} with {@code principalErased} once the user was erased; {@code principalId} is the
 * pseudonym the event names the user by, which stays after an erasure.
 */
public record RecordedEvent(long position, String aggregateType, String aggregateId, long sequence, Instant time,
                            String type, String payloadType, String payloadRevision, JsonNode payload,
                            String principal, String correlationId, String causationId, String traceId,
                            String regionKey, List<String> regionKeys, String previousHash, String hash,
                            int hashVersion, String principalId, boolean principalErased) {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, Object>> META_DATA = new TypeReference<>() {
    };

    static RecordedEvent of(EventLog.Entry entry, Function<String, PrincipalNames.Named> principals) {
        var content = entry.content();
        var metaData = metaDataOf(content.metaData());
        var payloadType = content.payloadType();
        var principal = principals.apply(EventMetaData.text(metaData, EventMetaData.PRINCIPAL));
        return new RecordedEvent(entry.position(), AggregateTypes.kebab(content.aggregateType()),
                content.aggregateId(), content.sequence(), Instant.parse(content.timestamp()),
                ExportFilter.eventType(payloadType),
                payloadType, content.payloadRevision(), parse(content.payload()),
                principal.name(),
                EventMetaData.text(metaData, EventMetaData.CORRELATION_ID),
                EventMetaData.text(metaData, EventMetaData.CAUSATION_ID),
                EventMetaData.text(metaData, EventMetaData.TRACE_ID),
                EventMetaData.text(metaData, EventMetaData.REGION_KEY),
                EventMetaData.texts(metaData, EventMetaData.REGION_KEYS),
                entry.previousHash(), entry.hash(), entry.hashVersion(), principal.subject(), principal.erased());
    }

    /** Stored metadata as the map {@link EventMetaData} reads; empty where it is no JSON object. */
    static Map<String, Object> metaDataOf(String stored) {
        if (stored == null) {
            return Map.of();
        }
        try {
            var metaData = JSON.readValue(stored, META_DATA);
            return metaData == null ? Map.of() : metaData;
        } catch (JacksonException notAnObject) {
            return Map.of();
        }
    }

    /** Stored JSON as a tree; anything that is not JSON is shown as the text it is. */
    static JsonNode parse(String stored) {
        if (stored == null) {
            return JsonNodeFactory.instance.nullNode();
        }
        try {
            return JSON.readTree(stored);
        } catch (JacksonException notJson) {
            return JsonNodeFactory.instance.stringNode(stored);
        }
    }
}
