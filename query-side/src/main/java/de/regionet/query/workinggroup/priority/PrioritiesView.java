package de.regionet.query.workinggroup.priority;

import de.regionet.query.readmodel.VersionedCollection;
import org.bson.codecs.pojo.annotations.BsonId;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Every adoption of priorities for action by one working group, in the order they were adopted; which of them
 * holds on a day is {@link PrioritySchedule}'s business. One document per working group, read by {@code _id}.
 */
public record PrioritiesView(@BsonId String id, String regionKey, List<Adoption> adoptions, long version)
        implements VersionedCollection.Versioned {

    public record Priority(String title, List<String> fundingAreas) {
    }

    public record Adoption(String resolutionId, LocalDate from, LocalDate to, List<Priority> priorities) {
    }

    PrioritiesView with(Adoption adoption, long newVersion) {
        var updated = new ArrayList<>(adoptions);
        updated.add(adoption);
        return new PrioritiesView(id, regionKey, List.copyOf(updated), newVersion);
    }
}
