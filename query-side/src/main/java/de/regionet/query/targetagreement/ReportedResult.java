package de.regionet.query.targetagreement;

import de.regionet.query.readmodel.VersionedCollection;
import org.bson.codecs.pojo.annotations.BsonId;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * A project result as controlling counts it, in the {@code controlling_results} collection: joined with its
 * project's region and funding area, and, once corrected, with the day the correction was recorded
 * ({@code correctedOn}), so the figures can be told as they stood on any earlier day. {@code version} is the
 * project's version that last changed it: its recording, or the correction that superseded it.
 */
public record ReportedResult(@BsonId String id, String projectId, String regionKey, String fundingArea,
                             LocalDate periodFrom, LocalDate periodTo, Map<String, BigDecimal> indicators,
                             LocalDate recordedOn, String correctedBy, LocalDate correctedOn, long version)
        implements VersionedCollection.Versioned {

    /** Whether this result was the project's figure on {@code day}: recorded by then and not yet corrected. */
    boolean countsOn(LocalDate day) {
        return !recordedOn.isAfter(day) && (correctedBy == null || correctedOn.isAfter(day));
    }

    /** The result's value for {@code indicator}; 0 where it reports none. */
    BigDecimal valueOf(String indicator) {
        return indicators.getOrDefault(indicator, BigDecimal.ZERO);
    }

    ReportedResult correctedBy(String correction, LocalDate on, long newVersion) {
        return new ReportedResult(id, projectId, regionKey, fundingArea, periodFrom, periodTo, indicators,
                recordedOn, correction, on, newVersion);
    }
}
