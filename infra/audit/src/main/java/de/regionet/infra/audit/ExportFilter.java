package de.regionet.infra.audit;

import de.regionet.infra.eventstore.EventDocuments.Content;
import de.regionet.kernel.EventMetaData;
import de.regionet.kernel.access.AuditScope;
import de.regionet.kernel.network.NetworkId;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Which events an export holds, applied to each event while the store is walked: its time ({@code from},
 * {@code to}, inclusive), the region in its metadata (its region, or one of the regions it concerns), its aggregate
 * type (kebab case, {@code working-group}) or event type ({@code MemberAdmitted}), its correlation id (the request
 * that caused it), and the networks it belongs to ({@code networks}: the reader's, or the one it asked for;
 * {@code null} for a reader of everything, see {@link StreamNetworks}).
 */
record ExportFilter(Instant from, Instant to, String region, String type, String correlationId,
                    AuditScope networks) {

    ExportFilter {
        networks = networks == null || networks.everything() ? null : networks;
    }

    static ExportFilter none() {
        return new ExportFilter(null, null, null, null, null, null);
    }

    /** The export of everything {@code scope} reads, unfiltered otherwise. */
    static ExportFilter readBy(AuditScope scope) {
        return new ExportFilter(null, null, null, null, null, scope);
    }

    /** No filter: the export holds every position from the first on, voids included. */
    boolean isComplete() {
        return from == null && to == null && region == null && type == null && correlationId == null
                && networks == null;
    }

    /** Whether the event is one the export holds: of the reader's networks, and as the other filters ask. */
    boolean matches(Content content, StreamNetworks owners) {
        return matches(content) && (networks == null || networks.readsAny(owners.ofEvent(content)));
    }

    private boolean matches(Content content) {
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
        if (networks != null) {
            map.put("networks", String.join(",", networks.networks().stream().map(NetworkId::value).sorted()
                    .toList()));
        }
        return map;
    }

    static String eventType(String payloadType) {
        return payloadType.substring(Math.max(payloadType.lastIndexOf('.'), payloadType.lastIndexOf('$')) + 1);
    }
}
