package de.regionet.query.region;

import de.regionet.kernel.network.NetworkId;
import de.regionet.kernel.network.Networks;
import de.regionet.kernel.region.RegionKey;
import de.regionet.kernel.region.RegionKind;
import de.regionet.query.readmodel.VersionedCollection;
import org.bson.codecs.pojo.annotations.BsonId;

import java.util.List;

/**
 * A region as the network sees it: {@code GET /api/regions/{key}}. {@code network} is the network it was registered
 * in (absent on documents projected before networks: {@link #inNetwork} fills it from the key); {@code members} a
 * labour-market region's member territories.
 */
public record RegionView(@BsonId String key, String name, RegionKind kind, String workingGroupId, long version,
                         String network, List<String> members) implements VersionedCollection.Versioned {

    public RegionView {
        members = members == null ? List.of() : List.copyOf(members);
    }

    RegionView withWorkingGroup(String id, long newVersion) {
        return new RegionView(key, name, kind, id, newVersion, network, members);
    }

    /** This region with its network named, where the document did not name it. */
    public RegionView inNetwork(Networks networks) {
        if (network != null) {
            return this;
        }
        var holder = networks.of(new RegionKey(key)).map(found -> found.id().value())
                .orElse(NetworkId.SACHSEN_ANHALT.value());
        return new RegionView(key, name, kind, workingGroupId, version, holder, members);
    }

    /** Whether this region is the territory or lists it as a member. */
    public boolean holdsTerritory(String territory) {
        return key.equals(territory) || members.contains(territory);
    }
}
