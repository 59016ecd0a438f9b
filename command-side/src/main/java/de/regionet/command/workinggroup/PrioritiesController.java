package de.regionet.command.workinggroup;

import de.regionet.command.edge.CommandAnswer;
import de.regionet.command.edge.IdempotentCreation;
import de.regionet.command.edge.IfMatch;
import de.regionet.command.edge.Sends;
import de.regionet.kernel.Period;
import de.regionet.kernel.Rejection;
import de.regionet.kernel.TextLimits;
import de.regionet.kernel.programme.FundingArea;
import de.regionet.kernel.workinggroup.DecisionCommand.AdoptPriorities;
import de.regionet.kernel.workinggroup.PriorityForAction;
import de.regionet.kernel.workinggroup.ResolutionId;
import de.regionet.kernel.workinggroup.WorkingGroupId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
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
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Adopts a region's priorities for action for a period, by an adopted resolution of its working group. */
@RestController
class PrioritiesController {

    private final CommandGateway commands;
    private final IdempotentCreation idempotent;

    PrioritiesController(CommandGateway commands, IdempotentCreation idempotent) {
        this.commands = commands;
        this.idempotent = idempotent;
    }

    record PriorityRequest(@NotBlank @Size(max = TextLimits.NAME) String title,
                           @NotEmpty List<@NotNull FundingArea> fundingAreas) {
    }

    record PrioritiesRequest(@NotNull LocalDate from, LocalDate to, @NotNull ResolutionId resolutionId,
                             @NotEmpty @Size(max = 50) List<@NotNull @Valid PriorityRequest> priorities) {
    }

    @Sends(AdoptPriorities.class)
    @PostMapping("/api/working-groups/{id}/priorities")
    ResponseEntity<Map<String, String>> adopt(@PathVariable WorkingGroupId id,
                                              @Valid @RequestBody PrioritiesRequest request, IfMatch ifMatch,
                                              @RequestHeader(name = "Idempotency-Key", required = false) String key,
                                              Principal sender) {
        if (request.to() != null && request.to().isBefore(request.from())) {
            throw Rejection.invalid("to", "to (" + request.to() + ") must not be before from (" + request.from() + ")");
        }
        var period = new Period(request.from(), request.to());
        var priorities = request.priorities().stream()
                .map(priority -> new PriorityForAction(priority.title(), priority.fundingAreas())).toList();
        return idempotent.run(sender, key, "POST /api/working-groups/" + id + "/priorities", request, () -> {
            DecisionAnswer.Priorities answer = commands.sendAndWait(new AdoptPriorities(id, request.resolutionId(),
                    period, priorities, ifMatch.version()));
            var body = new LinkedHashMap<String, String>();
            body.put("regionKey", answer.regionKey().value());
            body.put("from", request.from().toString());
            return CommandAnswer.created("/api/regions/" + answer.regionKey() + "/priorities?asOf=" + request.from(),
                    answer.version(), body);
        }).toResponse();
    }
}
