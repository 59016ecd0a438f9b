package de.regionet.command.project;

import de.regionet.command.edge.CommandAnswer;
import de.regionet.command.edge.IdempotentCreation;
import de.regionet.command.edge.IfMatch;
import de.regionet.command.edge.Sends;
import de.regionet.kernel.Euro;
import de.regionet.kernel.MultiLine;
import de.regionet.kernel.NetworkTime;
import de.regionet.kernel.Period;
import de.regionet.kernel.Rejection;
import de.regionet.kernel.TextLimits;
import de.regionet.kernel.agreement.DocumentHash;
import de.regionet.kernel.indicator.IndicatorValues;
import de.regionet.kernel.project.Attachment;
import de.regionet.kernel.project.Audience;
import de.regionet.kernel.project.ProjectCommand.CompleteProject;
import de.regionet.kernel.programme.FundingArea;
import de.regionet.kernel.programme.ProgrammeId;
import de.regionet.kernel.project.ProjectCommand.RecordProjectSelectedBeforeRegioNet;
import de.regionet.kernel.project.ProjectCommand.RecordResult;
import de.regionet.kernel.project.ProjectCommand.ShareResult;
import de.regionet.kernel.project.ProjectId;
import de.regionet.kernel.project.ResultId;
import de.regionet.kernel.region.RegionKey;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A project's sponsor (or its region's coordination) records results, corrects them, and completes the project; the
 * network office or the region's coordination records a project that was selected before RegioNet.
 */
@RestController
class ProjectController {

    private final CommandGateway commands;
    private final IdempotentCreation idempotent;
    private final Clock clock;

    ProjectController(CommandGateway commands, IdempotentCreation idempotent, Clock clock) {
        this.commands = commands;
        this.idempotent = idempotent;
        this.clock = clock;
    }

    record AttachmentRequest(@NotBlank @Size(max = TextLimits.NAME) String name,
                             @NotBlank @Size(max = Attachment.MAX_REFERENCE) String reference,
                             @NotNull DocumentHash sha256) {

        Attachment toAttachment() {
            return new Attachment(name, reference, sha256);
        }
    }

    record SelectedBeforeRequest(@NotNull RegionKey regionKey, @NotNull ProgrammeId programmeId,
                                 @NotNull FundingArea fundingArea,
                                 @NotBlank @Size(max = TextLimits.NAME) String sponsor,
                                 @NotBlank @Size(max = TextLimits.NAME) String title,
                                 @MultiLine @NotBlank @Size(max = TextLimits.TEXT) String summary,
                                 @NotNull Euro grantEuro, @NotNull @Min(1) @Max(120) Integer durationMonths,
                                 @Size(max = 100) Map<@NotBlank String, @NotNull BigDecimal> plannedIndicators,
                                 @NotBlank @Size(max = TextLimits.NAME) String selectedBy,
                                 @NotNull LocalDate selectedOn, LocalDate launchedOn) {
    }

    record ResultRequest(@NotNull LocalDate periodFrom, @NotNull LocalDate periodTo,
                         @NotNull @Size(max = 100) Map<@NotBlank String, @NotNull BigDecimal> indicators,
                         @MultiLine @NotBlank @Size(max = TextLimits.DOCUMENT) String narrative,
                         @Size(max = 20) List<@NotNull @Valid AttachmentRequest> attachments,
                         @NotNull Audience audience, ResultId corrects, LocalDate recordedOn) {
    }

    /** {@code sharedOn}: the day it is shared from; today when left out. */
    record SharingRequest(@NotNull Audience audience, LocalDate sharedOn) {
    }

    record CompletionRequest(LocalDate completedOn,
                             @MultiLine @NotBlank @Size(max = TextLimits.DOCUMENT) String finalReport,
                             @Size(max = 20) List<@NotNull @Valid AttachmentRequest> attachments) {
    }

    /** Records a project selected before RegioNet; launched on the day it was selected unless said otherwise. */
    @Sends(RecordProjectSelectedBeforeRegioNet.class)
    @PostMapping("/api/projects")
    ResponseEntity<Map<String, String>> recordSelectedBefore(@Valid @RequestBody SelectedBeforeRequest request,
                                                             @RequestHeader(name = "Idempotency-Key", required = false)
                                                             String key, Principal sender) {
        var planned = new IndicatorValues(request.plannedIndicators());
        var launchedOn = request.launchedOn() != null ? request.launchedOn() : request.selectedOn();
        return idempotent.run(sender, key, "POST /api/projects", request, () -> {
            var id = ProjectId.random();
            commands.sendAndWait(new RecordProjectSelectedBeforeRegioNet(id, request.regionKey(),
                    request.programmeId(), request.fundingArea(), request.sponsor(), request.title(),
                    request.summary(), request.grantEuro(), request.durationMonths(), planned, request.selectedBy(),
                    request.selectedOn(), launchedOn));
            return CommandAnswer.created("/api/projects/" + id, 0, Map.of("id", id.value()));
        }).toResponse();
    }

    @Sends(RecordResult.class)
    @PostMapping("/api/projects/{id}/results")
    ResponseEntity<Map<String, String>> record(@PathVariable ProjectId id, @Valid @RequestBody ResultRequest request,
                                               IfMatch ifMatch,
                                               @RequestHeader(name = "Idempotency-Key", required = false) String key,
                                               Principal sender) {
        if (request.periodTo().isBefore(request.periodFrom())) {
            throw Rejection.invalid("periodTo", "periodTo (" + request.periodTo() + ") must not be before periodFrom ("
                    + request.periodFrom() + ")");
        }
        var period = new Period(request.periodFrom(), request.periodTo());
        var indicators = new IndicatorValues(request.indicators());
        var attachments = attachments(request.attachments());
        var today = NetworkTime.today(clock);
        if (request.recordedOn() != null && request.recordedOn().isAfter(today)) {
            throw Rejection.invalid("recordedOn", "a result is reported on a day that has come; "
                    + request.recordedOn() + " is in the future");
        }
        var recordedOn = request.recordedOn() != null ? request.recordedOn() : today;
        return idempotent.run(sender, key, "POST /api/projects/" + id + "/results", request, () -> {
            var result = ResultId.random();
            long version = commands.sendAndWait(new RecordResult(id, result, period, indicators, request.narrative(),
                    attachments, request.audience(), request.corrects(), recordedOn, ifMatch.version()));
            return CommandAnswer.created("/api/projects/" + id + "/results/" + result, version,
                    Map.of("id", result.value()));
        }).toResponse();
    }

    /** Shares a recorded result wider, without recording it again; answers the project's version. */
    @Sends(ShareResult.class)
    @PostMapping("/api/projects/{id}/results/{resultId}/sharing")
    ResponseEntity<Map<String, String>> share(@PathVariable ProjectId id, @PathVariable ResultId resultId,
                                              @Valid @RequestBody SharingRequest request, IfMatch ifMatch) {
        var today = NetworkTime.today(clock);
        if (request.sharedOn() != null && request.sharedOn().isAfter(today)) {
            throw Rejection.invalid("sharedOn", "a result is shared on a day that has come; " + request.sharedOn()
                    + " is in the future");
        }
        var sharedOn = request.sharedOn() != null ? request.sharedOn() : today;
        long version = commands.sendAndWait(new ShareResult(id, resultId, request.audience(), sharedOn,
                ifMatch.version()));
        return CommandAnswer.ok(version, Map.of("resultId", resultId.value(), "audience",
                request.audience().name())).toResponse();
    }

    @Sends(CompleteProject.class)
    @PostMapping("/api/projects/{id}/completion")
    ResponseEntity<Map<String, String>> complete(@PathVariable ProjectId id,
                                                 @Valid @RequestBody CompletionRequest request, IfMatch ifMatch) {
        var completedOn = request.completedOn() != null ? request.completedOn()
                : NetworkTime.today(clock);
        if (completedOn.isAfter(NetworkTime.today(clock))) {
            throw Rejection.invalid("completedOn", "a project is completed on a day that has come; " + completedOn
                    + " is in the future");
        }
        long version = commands.sendAndWait(new CompleteProject(id, completedOn, request.finalReport(),
                attachments(request.attachments()), ifMatch.version()));
        return CommandAnswer.done(version).toResponse();
    }

    private static List<Attachment> attachments(List<AttachmentRequest> requests) {
        return requests == null ? List.of() : requests.stream().map(AttachmentRequest::toAttachment).toList();
    }
}
