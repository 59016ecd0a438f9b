package de.regionet.query.result;

import de.regionet.kernel.project.Audience;
import de.regionet.query.readmodel.VersionedCollection;
import org.bson.codecs.pojo.annotations.BsonId;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One recorded result in the shared catalogue, joined with what the catalogue shows and searches of its project.
 * {@code terms} are the words full-text search matches (project title and summary, narrative), folded once when the
 * result is projected, so a search does not fold every text again. {@code version} is the project's version that
 * last changed it: its recording, or the correction that superseded it ({@code correctedBy}), so a re-delivered
 * event changes nothing.
 */
public record ResultView(@BsonId String resultId, String projectId, String projectTitle, String projectSummary,
                         String sponsor, String regionKey, String fundingArea, LocalDate periodFrom,
                         LocalDate periodTo, Map<String, BigDecimal> indicators, String narrative, Audience audience,
                         LocalDate recordedOn, String corrects, String correctedBy,
                         List<AttachedDocument> attachments, List<String> terms, long version)
        implements VersionedCollection.Versioned {

    /** Whether this result is the project's current figure: no later result corrects it. */
    boolean current() {
        return correctedBy == null;
    }

    /** This result shared with {@code wider}, as {@code ResultShared} at {@code newVersion} of the project says. */
    ResultView sharedWith(Audience wider, long newVersion) {
        return new ResultView(resultId, projectId, projectTitle, projectSummary, sponsor, regionKey, fundingArea,
                periodFrom, periodTo, indicators, narrative, wider, recordedOn, corrects, correctedBy, attachments,
                terms, newVersion);
    }

    ResultView correctedBy(String correction, long newVersion) {
        return new ResultView(resultId, projectId, projectTitle, projectSummary, sponsor, regionKey, fundingArea,
                periodFrom, periodTo, indicators, narrative, audience, recordedOn, corrects, correction, attachments,
                terms, newVersion);
    }
}
