package de.regionet.command.planning;

import de.regionet.command.edge.CommandAnswer;
import de.regionet.command.edge.IdempotentCreation;
import de.regionet.command.edge.IfMatch;
import de.regionet.command.edge.Sends;
import de.regionet.kernel.MultiLine;
import de.regionet.kernel.NetworkTime;
import de.regionet.kernel.Rejection;
import de.regionet.kernel.TextLimits;
import de.regionet.kernel.call.CallId;
import de.regionet.kernel.planning.Need;
import de.regionet.kernel.planning.NeedId;
import de.regionet.kernel.planning.PlanningCommand.AdoptPlanningDocument;
import de.regionet.kernel.planning.PlanningCommand.LinkNeedToCall;
import de.regionet.kernel.planning.PlanningCommand.LinkNeedToPriority;
import de.regionet.kernel.planning.PlanningCommand.RevisePlanningDocument;
import de.regionet.kernel.planning.PlanningCommand.SupersedePlanningDocument;
import de.regionet.kernel.planning.PlanningContent;
import de.regionet.kernel.planning.PlanningDocumentId;
import de.regionet.kernel.planning.PlanningDocumentKind;
import de.regionet.kernel.region.RegionKey;
import de.regionet.kernel.workinggroup.ResolutionId;
import de.regionet.kernel.workinggroup.WorkingGroupId;
import jakarta.validation.Valid;
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

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A region's planning documents: adopted, revised and superseded as its body decided, and their needs linked to the
 * priorities and calls that follow from them. Days left out mean today; adoptions and revisions have happened, so a
 * day in the future is refused. Who may do so, for which region, is checked on the commands.
 */
@RestController
class PlanningDocumentController {

    private final CommandGateway commands;
    private final IdempotentCreation idempotent;
    private final Clock clock;

    PlanningDocumentController(CommandGateway commands, IdempotentCreation idempotent, Clock clock) {
        this.commands = commands;
        this.idempotent = idempotent;
        this.clock = clock;
    }

    record NeedRequest(@NotNull NeedId id, @NotBlank @Size(max = TextLimits.NAME) String title,
                       @MultiLine @NotBlank @Size(max = TextLimits.TEXT) String text) {
    }

    /** The content of a version, as adoption and revision state it. */
    record ContentRequest(@NotBlank @Size(max = TextLimits.NAME) String title, @NotNull LocalDate validFrom,
                          LocalDate validTo, @Size(max = 100) List<@NotNull @Valid NeedRequest> needs,
                          @Size(max = 50) List<@NotBlank @Size(max = TextLimits.SUMMARY) String> problemAreas,
                          @Size(max = 50) List<@NotBlank @Size(max = TextLimits.NAME) String> fundingLines) {

        PlanningContent content() {
            var stated = needs == null ? List.<Need>of()
                    : needs.stream().map(need -> new Need(need.id(), need.title(), need.text())).toList();
            return new PlanningContent(title, validFrom, validTo, stated, problemAreas, fundingLines);
        }
    }

    record AdoptionRequest(@NotNull RegionKey regionKey, @NotNull WorkingGroupId adoptedBy,
                           @NotNull PlanningDocumentKind kind, @NotNull @Valid ContentRequest content,
                           LocalDate adoptedOn) {
    }

    record RevisionRequest(@NotNull @Valid ContentRequest content, LocalDate revisedOn) {
    }

    record SupersessionRequest(@NotNull PlanningDocumentId successorId, LocalDate supersededOn) {
    }

    /** A priority: the title of one of the priorities a working group adopted by a resolution. */
    record PriorityRequest(@NotNull WorkingGroupId workingGroupId, @NotNull ResolutionId resolutionId,
                           @NotBlank @Size(max = TextLimits.NAME) String title) {
    }

    /** Exactly one of {@code priority} and {@code callId}. */
    record LinkRequest(@Valid PriorityRequest priority, CallId callId) {
    }

    @Sends(AdoptPlanningDocument.class)
    @PostMapping("/api/planning-documents")
    ResponseEntity<Map<String, String>> adopt(@Valid @RequestBody AdoptionRequest request,
                                              @RequestHeader(name = "Idempotency-Key", required = false) String key,
                                              Principal sender) {
        var adoptedOn = happened(request.adoptedOn(), "adoptedOn");
        var content = request.content().content();
        return idempotent.run(sender, key, "POST /api/planning-documents", request, () -> {
            var id = PlanningDocumentId.random();
            commands.sendAndWait(new AdoptPlanningDocument(id, request.regionKey(), request.adoptedBy(),
                    request.kind(), content, adoptedOn));
            return CommandAnswer.created("/api/planning-documents/" + id, 0, Map.of("id", id.value()));
        }).toResponse();
    }

    @Sends(RevisePlanningDocument.class)
    @PostMapping("/api/planning-documents/{id}/revisions")
    ResponseEntity<Map<String, String>> revise(@PathVariable PlanningDocumentId id,
                                               @Valid @RequestBody RevisionRequest request, IfMatch ifMatch,
                                               @RequestHeader(name = "Idempotency-Key", required = false) String key,
                                               Principal sender) {
        var content = request.content().content();
        var command = new RevisePlanningDocument(id, content, happened(request.revisedOn(), "revisedOn"),
                ifMatch.version());
        return idempotent.run(sender, key, "POST /api/planning-documents/" + id + "/revisions", request, () -> {
            long version = commands.sendAndWait(command);
            return CommandAnswer.created("/api/planning-documents/" + id + "?asOf=" + content.validFrom(), version,
                    Map.of("validFrom", content.validFrom().toString()));
        }).toResponse();
    }

    @Sends(SupersedePlanningDocument.class)
    @PostMapping("/api/planning-documents/{id}/supersession")
    ResponseEntity<Map<String, String>> supersede(@PathVariable PlanningDocumentId id,
                                                  @Valid @RequestBody SupersessionRequest request, IfMatch ifMatch) {
        var day = request.supersededOn() != null ? request.supersededOn() : NetworkTime.today(clock);
        long version = commands.sendAndWait(new SupersedePlanningDocument(id, request.successorId(), day,
                ifMatch.version()));
        return CommandAnswer.ok(version, Map.of("successorId", request.successorId().value(),
                "supersededOn", day.toString())).toResponse();
    }

    @Sends({LinkNeedToPriority.class, LinkNeedToCall.class})
    @PostMapping("/api/planning-documents/{id}/needs/{needId}/links")
    ResponseEntity<Map<String, String>> link(@PathVariable PlanningDocumentId id, @PathVariable NeedId needId,
                                             @Valid @RequestBody LinkRequest request, IfMatch ifMatch) {
        if ((request.priority() == null) == (request.callId() == null)) {
            throw Rejection.invalid(request.priority() == null ? "priority" : "callId",
                    "a link names either a priority or a callId, exactly one of them");
        }
        var priority = request.priority();
        long version = priority != null
                ? commands.sendAndWait(new LinkNeedToPriority(id, needId, priority.workingGroupId(),
                priority.resolutionId(), priority.title(), ifMatch.version()))
                : commands.sendAndWait(new LinkNeedToCall(id, needId, request.callId(), ifMatch.version()));
        return CommandAnswer.ok(version, Map.of("needId", needId.value())).toResponse();
    }

    /** The day given, or today; a day in the future is refused, naming {@code field}. */
    private LocalDate happened(LocalDate given, String field) {
        var today = NetworkTime.today(clock);
        if (given != null && given.isAfter(today)) {
            throw Rejection.invalid(field, field + " is a day that has come; " + given + " is in the future");
        }
        return given != null ? given : today;
    }
}
