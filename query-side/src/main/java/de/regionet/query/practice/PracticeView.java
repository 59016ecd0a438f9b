package de.regionet.query.practice;

import de.regionet.kernel.practice.PracticeContent;
import de.regionet.kernel.project.Audience;
import de.regionet.query.markdown.Markdown;
import de.regionet.query.readmodel.VersionedCollection;
import org.bson.codecs.pojo.annotations.BsonId;

import java.time.LocalDate;
import java.util.List;

/**
 * An example of good practice as readers get it: {@code GET /api/exchange/practices/{id}}. The summary is kept as
 * written ({@code summary}, Markdown), as safe HTML ({@code summaryHtml}) and as plain text ({@code summaryText}),
 * rendered once when projected. {@code updatedOn} is the day of its description or latest revision.
 */
public record PracticeView(@BsonId String id, String network, String title, String summary, String summaryHtml,
                           String summaryText, String regionKey, String cooperationBodyId, String projectId,
                           List<String> topics, String contactOrganisation, Audience audience, Status status,
                           LocalDate describedOn, LocalDate updatedOn, LocalDate withdrawnOn, String withdrawalReason,
                           long version) implements VersionedCollection.Versioned {

    public enum Status { SHARED, WITHDRAWN }

    static PracticeView described(String id, String network, PracticeContent content, Audience audience,
                                  LocalDate on, long version) {
        return new PracticeView(id, network, null, null, null, null, null, null, null, List.of(), null, audience,
                Status.SHARED, on, on, null, null, version).saying(content, audience, on, version);
    }

    PracticeView saying(PracticeContent content, Audience newAudience, LocalDate on, long newVersion) {
        return new PracticeView(id, network, content.title(), content.summary(), Markdown.toSafeHtml(content.summary()),
                Markdown.toPlainText(content.summary()),
                content.regionKey() == null ? null : content.regionKey().value(),
                content.cooperationBodyId() == null ? null : content.cooperationBodyId().value(),
                content.projectId() == null ? null : content.projectId().value(), content.topics(),
                content.contactOrganisation(), newAudience, status, describedOn, on, withdrawnOn, withdrawalReason,
                newVersion);
    }

    PracticeView withdrawn(LocalDate on, String reason, long newVersion) {
        return new PracticeView(id, network, title, summary, summaryHtml, summaryText, regionKey, cooperationBodyId,
                projectId, topics, contactOrganisation, audience, Status.WITHDRAWN, describedOn, updatedOn, on, reason,
                newVersion);
    }

    /** Whether it is still shared: not withdrawn. */
    public boolean shared() {
        return status == Status.SHARED;
    }
}
