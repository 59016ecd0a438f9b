package de.regionet.infra.audit;

import de.regionet.infra.eventstore.EventDocuments.Content;
import de.regionet.kernel.EventMetaData;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Which events an export holds, applied to each event while the store is walked: its time ({@code from},
 * {@code to}, inclusive), the region in its metadata (its region, or one of the regions it concerns), its aggregate
 * type (kebab case, {@code working-group}) or event type ({@code MemberAdmitted}), its correlation id (the request
 * that caused it).
 */
record ExportFilter(Instant from, Instant to, String region, String type, String correlationId) {

    static ExportFilter none() {
        return new ExportFilter(null, null, null, null, null);
    }

    /** No filter: the export holds every position from the first on, voids included. */
    boolean isComplete() {
        return from == null && to == null && region == null && type == null && correlationId == null;
    }

    boolean matches(Content content) {
        if (from != null || to != null) {
            var time = Instant.parse(content.timestamp());
            if (from != null && time.isBefore(from) || to != null && time.isAfter(to)) {
                return false;
            }
        }
        if (type != null && !type.equals(eventType(content.payloadType())) && (content.aggregateType() == null
                || !type.equals(AggregateTypes.kebab(content.aggregateType())))) {
            return false;
        }
        if (region != null || correlationId != null) {
            var metaData = RecordedEvent.metaDataOf(content.metaData());
            return (region == null || EventMetaData.regionsOf(metaData).contains(region))
                    && (correlationId == null
                    || correlationId.equals(EventMetaData.text(metaData, EventMetaData.CORRELATION_ID)));
        }
        return true;
    }

    Map<String, String> asMap() {
        var map = new LinkedHashMap<String, String>();
        map.put("from", from == null ? null : from.toString());
        map.put("to", to == null ? null : to.toString());
        map.put("region", region);
        map.put("type", type);
        map.put("correlationId", correlationId);
        return map;
    }

    static String eventType(String payloadType) {
        return payloadType.substring(Math.max(payloadType.lastIndexOf('.'), payloadType.lastIndexOf('$')) + 1);
    }
}
