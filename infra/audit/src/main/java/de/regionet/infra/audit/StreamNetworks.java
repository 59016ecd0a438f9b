package de.regionet.infra.audit;

import de.regionet.infra.eventstore.EventDocuments.Content;
import de.regionet.infra.eventstore.EventLog;
import de.regionet.kernel.EventMetaData;
import de.regionet.kernel.network.Network;
import de.regionet.kernel.network.NetworkId;
import de.regionet.kernel.network.Networks;
import de.regionet.kernel.region.RegionKey;
import tools.jackson.databind.JsonNode;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which network a stored event belongs to, derived, never stored with it (ADR 0023, {@code docs/audit.md}
 * "Networks"). A stream belongs to the network its creating event (sequence 0) states: the {@code network} its payload
 * records (news, network events, programmes, agreements, regions, and any aggregate whose creating event gains the
 * field later), else the network of the region its metadata places it in, else Saxony-Anhalt's (everything recorded
 * before networks). Every event of a stream belongs to the stream's network. The audit log is the installation's:
 * each of its entries belongs to the networks its acting principal held a role in
 * ({@link EventMetaData#PRINCIPAL_NETWORKS}), an entry of a principal whose roles hold everywhere to none.
 *
 * <p>A stream's creating event never changes, so its network is remembered once read (a bounded cache in front of
 * the store's exact-key lookup of first events).
 */
public class StreamNetworks {

    /** The stored type name of the audit log's streams, whose entries are the installation's. */
    static final String AUDIT_LOG = "AuditLog";
    private static final int REMEMBERED = 20_000;

    private final Networks networks;
    private final EventLog log;
    private final Map<String, NetworkId> remembered = Collections.synchronizedMap(
            new LinkedHashMap<>(1_024, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, NetworkId> eldest) {
                    return size() > REMEMBERED;
                }
            });

    StreamNetworks(Networks networks, EventLog log) {
        this.networks = networks;
        this.log = log;
    }

    /**
     * The networks an event belongs to: its stream's, or for an audit log entry its principal's (none: the
     * installation's). {@code aggregateType} is the stored type name; an event of no aggregate belongs to the network
     * of its region, or to the installation.
     */
    public Set<NetworkId> ofEvent(String aggregateType, String aggregateId, Map<String, ?> metaData) {
        if (AUDIT_LOG.equals(aggregateType)) {
            return ofEntry(metaData);
        }
        if (aggregateId == null) {
            return ofRegion(metaData).map(Set::of).orElse(Set.of());
        }
        return Set.of(ofStream(aggregateId));
    }

    /** {@link #ofEvent} of a stored event's content. */
    Set<NetworkId> ofEvent(Content content) {
        var metaData = AUDIT_LOG.equals(content.aggregateType()) || content.aggregateId() == null
                ? RecordedEvent.metaDataOf(content.metaData()) : Map.<String, Object>of();
        return ofEvent(content.aggregateType(), content.aggregateId(), metaData);
    }

    /** The network of the stream with this id, as its creating event states it; Saxony-Anhalt's if it has none. */
    public NetworkId ofStream(String aggregateId) {
        var known = remembered.get(aggregateId);
        if (known != null) {
            return known;
        }
        var first = log.firstEvents(List.of(aggregateId)).get(aggregateId);
        if (first == null) {
            return NetworkId.SACHSEN_ANHALT;
        }
        var network = ofCreation(RecordedEvent.parse(first.content().payload()),
                RecordedEvent.metaDataOf(first.content().metaData()));
        remembered.put(aggregateId, network);
        return network;
    }

    /** The network of a stream whose creating event has this payload (as JSON) and metadata. */
    NetworkId ofCreation(JsonNode payload, Map<String, ?> metaData) {
        var stated = payload == null ? null : payload.get("network");
        if (stated != null && stated.isString()) {
            try {
                return new NetworkId(stated.asString());
            } catch (IllegalArgumentException notAnId) {
                // an id that is none: placed by its region instead
            }
        }
        return ofRegion(metaData).orElse(NetworkId.SACHSEN_ANHALT);
    }

    /** Remembers a stream's network as its creating event states it (the stream catalogue reads every one). */
    void remember(String aggregateId, NetworkId network) {
        remembered.put(aggregateId, network);
    }

    private Optional<NetworkId> ofRegion(Map<String, ?> metaData) {
        return EventMetaData.regionsOf(metaData).stream().filter(RegionKey::isValid)
                .map(key -> networks.of(new RegionKey(key))).flatMap(Optional::stream).map(Network::id).findFirst();
    }

    private static Set<NetworkId> ofEntry(Map<String, ?> metaData) {
        var named = EventMetaData.texts(metaData, EventMetaData.PRINCIPAL_NETWORKS);
        if (named == null) {
            return Set.of(NetworkId.SACHSEN_ANHALT);
        }
        return named.stream().flatMap(id -> {
            try {
                return java.util.stream.Stream.of(new NetworkId(id));
            } catch (IllegalArgumentException notAnId) {
                return java.util.stream.Stream.empty();
            }
        }).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }
}
