package de.regionet.query.project;

import de.regionet.kernel.Rejection;
import de.regionet.kernel.access.ReadableBy;
import de.regionet.kernel.programme.FundingArea;
import de.regionet.kernel.project.ProjectId;
import de.regionet.kernel.project.ResultId;
import de.regionet.kernel.region.RegionKey;
import de.regionet.query.access.Readers;
import jakarta.servlet.http.HttpServletRequest;
import de.regionet.query.readmodel.KnownAt;
import de.regionet.query.readmodel.ReadTime;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import static de.regionet.kernel.access.ReadableBy.Audience.NETWORK;
import static org.springframework.format.annotation.DateTimeFormat.ISO.DATE;

/**
 * Reads funded projects. That a project runs, its grant and its sponsor are shared with the network; each of its
 * results only with the result's audience ({@link de.regionet.query.result.ResultAudience}). Filters run in memory
 * over all projects (a few hundred state-wide; the embedded server would scan anyway). Lists and projects answer
 * as of a day ({@code asOf}, {@link ProjectOnDay}) and as recorded at an instant ({@code knownAt}).
 */
@RestController
class ProjectQueryController {

    private final ProjectProjection projection;

    ProjectQueryController(ProjectProjection projection) {
        this.projection = projection;
    }

    /** Projects narrowed by each filter given; the latest launched first. */
    @ReadableBy(NETWORK)
    @GetMapping("/api/projects")
    List<ProjectView> list(@RequestParam(name = "region", required = false) RegionKey region,
                           @RequestParam(name = "fundingArea", required = false) FundingArea fundingArea,
                           @RequestParam(name = "status", required = false) ProjectView.Status status,
                           @RequestParam(name = "asOf", required = false) @DateTimeFormat(iso = DATE) LocalDate asOf,
                           @RequestParam(name = "knownAt", required = false) KnownAt knownAt,
                           HttpServletRequest request) {
        var reader = Readers.actor(request);
        var projects = asOf == null && knownAt == null ? projection.projects().all("_id")
                : ReadTime.of(asOf, knownAt).all(projection.projects());
        return projects.stream().map(project -> asOf == null ? project : ProjectOnDay.asOf(project, asOf))
                .filter(project -> region == null || project.regionKey().equals(region.value()))
                .filter(project -> Readers.sharesInNetworkOf(request, project.regionKey()))
                .filter(project -> fundingArea == null || project.fundingArea().equals(fundingArea.value()))
                .filter(project -> status == null || project.status() == status)
                .sorted(Comparator.comparing(ProjectView::launchedOn).reversed().thenComparing(ProjectView::id))
                .map(project -> project.readBy(reader))
                .toList();
    }

    @ReadableBy(NETWORK)
    @GetMapping("/api/projects/{id}")
    ResponseEntity<ProjectView> one(@PathVariable ProjectId id,
                                    @RequestParam(name = "asOf", required = false) @DateTimeFormat(iso = DATE)
                                    LocalDate asOf,
                                    @RequestParam(name = "knownAt", required = false) KnownAt knownAt,
                                    HttpServletRequest request) {
        var project = ReadTime.of(asOf, knownAt).one(projection.projects(), id.value(), "project " + id).document();
        requireSharedWith(request, project, id);
        var answer = asOf == null ? project : ProjectOnDay.asOf(project, asOf);
        return ResponseEntity.ok().eTag("\"" + project.version() + "\"")
                .body(answer.readBy(Readers.actor(request)));
    }

    /** One result, where its recording pointed: only for readers its audience includes (else it is unknown). */
    @ReadableBy(NETWORK)
    @GetMapping("/api/projects/{id}/results/{resultId}")
    ProjectView.Result result(@PathVariable ProjectId id, @PathVariable ResultId resultId,
                              HttpServletRequest request) {
        var project = projection.projects().find(id.value())
                .orElseThrow(() -> Rejection.notFound("no project " + id));
        requireSharedWith(request, project, id);
        return project.readBy(Readers.actor(request)).results().stream()
                .filter(result -> result.id().equals(resultId.value())).findFirst()
                .orElseThrow(() -> Rejection.notFound("no result " + resultId + " you may read in project " + id));
    }

    /** A project is shared within its region's network only: to others it is unknown. */
    private static void requireSharedWith(HttpServletRequest request, ProjectView project, ProjectId id) {
        if (!Readers.sharesInNetworkOf(request, project.regionKey())) {
            throw Rejection.notFound("no project " + id + " of a network you hold a role in");
        }
    }
}
