package de.regionet.query.result;

import com.mongodb.client.MongoDatabase;
import de.regionet.kernel.project.ProjectEvent.ProjectLaunched;
import de.regionet.kernel.project.ProjectEvent.ResultRecorded;
import de.regionet.kernel.project.ProjectEvent.ResultShared;
import de.regionet.query.readmodel.VersionedCollection;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.bson.codecs.pojo.annotations.BsonId;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.function.Function;

/**
 * Projects every recorded result into the {@code results} catalogue, one document per result, joined with its
 * project's region, funding area, title and sponsor. Those come from the project's launch, the first event of the
 * same stream, which this projection keeps in its own small {@code result-projects} collection. A correction marks
 * the result it replaces, at the correction's version, so replaying either event changes nothing; sharing a result
 * wider changes its audience, at the sharing's version.
 */
@Component
@ProcessingGroup(ResultCatalogueProjection.NAME)
class ResultCatalogueProjection {

    public static final String NAME = "results";

    /** What the catalogue needs of a project. */
    public record ProjectCard(@BsonId String id, String regionKey, String fundingArea, String title, String summary,
                              String sponsor, long version) implements VersionedCollection.Versioned {
    }

    private final VersionedCollection<ProjectCard> projects;
    private final VersionedCollection<ResultView> results;

    ResultCatalogueProjection(MongoDatabase database, MeterRegistry meters) {
        this.projects = new VersionedCollection<>(database, "result-projects", ProjectCard.class, meters);
        this.results = new VersionedCollection<>(database, NAME, ResultView.class, meters);
    }

    @EventHandler
    void on(ProjectLaunched event, @SequenceNumber long version) {
        var id = event.projectId().value();
        projects.create(id, version, new ProjectCard(id, event.regionKey().value(), event.fundingArea().value(),
                event.title(), event.summary(), event.sponsor(), version));
    }

    @EventHandler
    void on(ResultRecorded event, @SequenceNumber long version) {
        var project = projects.findAsWritten(event.projectId().value());
        var id = event.resultId().value();
        var corrects = event.corrects() == null ? null : event.corrects().value();
        var title = field(project, ProjectCard::title);
        var summary = field(project, ProjectCard::summary);
        results.create(id, version, new ResultView(id, event.projectId().value(), title, summary,
                field(project, ProjectCard::sponsor), field(project, ProjectCard::regionKey),
                field(project, ProjectCard::fundingArea), event.period().from(), event.period().to(),
                event.indicators().values(), event.narrative(), event.audience(), event.recordedOn(), corrects, null,
                AttachedDocument.of(event.attachments()), ResultQuery.terms(title, summary, event.narrative()),
                version));
        if (corrects != null) {
            results.update(corrects, version, corrected -> corrected.correctedBy(id, version));
        }
    }

    @EventHandler
    void on(ResultShared event, @SequenceNumber long version) {
        results.update(event.resultId().value(), version, result -> result.sharedWith(event.audience(), version));
    }

    @ResetHandler
    void reset() {
        projects.clear();
        results.clear();
    }

    /** Every result recorded, current and superseded. */
    public VersionedCollection<ResultView> results() {
        return results;
    }

    private static String field(Optional<ProjectCard> project, Function<ProjectCard, String> of) {
        return project.map(of).orElse(null);
    }
}
