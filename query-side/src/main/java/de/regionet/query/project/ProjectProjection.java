package de.regionet.query.project;

import com.mongodb.client.MongoDatabase;
import de.regionet.kernel.project.ProjectEvent.ProjectCompleted;
import de.regionet.kernel.project.ProjectEvent.ProjectLaunched;
import de.regionet.kernel.project.ProjectEvent.ResultRecorded;
import de.regionet.kernel.project.ProjectEvent.ResultShared;
import de.regionet.query.project.ProjectView.Result;
import de.regionet.query.readmodel.VersionedCollection;
import de.regionet.query.result.AttachedDocument;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;


/** Projects project streams into the {@code projects} read collection, one document per project with its results. */
@Component
@ProcessingGroup(ProjectProjection.NAME)
public class ProjectProjection {

    public static final String NAME = "projects";

    private final VersionedCollection<ProjectView> projects;

    ProjectProjection(MongoDatabase database, MeterRegistry meters) {
        this.projects = VersionedCollection.withRecordHistory(database, NAME, ProjectView.class, meters);
    }

    @EventHandler
    void on(ProjectLaunched event, @SequenceNumber long version) {
        projects.create(event.projectId().value(), version, ProjectFold.launched(event, version));
    }

    @EventHandler
    void on(ResultRecorded event, @SequenceNumber long version) {
        var result = new Result(event.resultId().value(), event.period().from(), event.period().to(),
                event.indicators().values(), event.narrative(), AttachedDocument.of(event.attachments()),
                event.audience(), event.corrects() == null ? null : event.corrects().value(), null,
                event.recordedOn());
        projects.update(event.projectId().value(), version, project -> project.withResult(result, version));
    }

    @EventHandler
    void on(ResultShared event, @SequenceNumber long version) {
        projects.update(event.projectId().value(), version, project -> project.withResultShared(
                event.resultId().value(), event.audience(), version));
    }

    @EventHandler
    void on(ProjectCompleted event, @SequenceNumber long version) {
        projects.update(event.projectId().value(), version, project -> project.completed(event.completedOn(),
                event.finalReport(), AttachedDocument.of(event.attachments()), version));
    }

    @ResetHandler
    void reset() {
        projects.clear();
    }

    public VersionedCollection<ProjectView> projects() {
        return projects;
    }
}
