package de.regionet.query.region;

import de.regionet.kernel.region.RegionKind;
import de.regionet.query.readmodel.VersionedCollection;
import org.bson.codecs.pojo.annotations.BsonId;

/** A region as the network sees it: {@code GET /api/regions/{key}}. */
public record RegionView(@BsonId String key, String name, RegionKind kind, String workingGroupId, long version)
        implements VersionedCollection.Versioned {

    RegionView withWorkingGroup(String id, long newVersion) {
        return new RegionView(key, name, kind, id, newVersion);
    }
}
