package de.regionet.command.workinggroup;

import de.regionet.command.edge.CommandAnswer;
import de.regionet.command.edge.IdempotentCreation;
import de.regionet.command.edge.IfMatch;
import de.regionet.command.edge.Sends;
import de.regionet.kernel.NetworkTime;
import de.regionet.kernel.Period;
import de.regionet.kernel.Rejection;
import de.regionet.kernel.TextLimits;
import de.regionet.kernel.region.RegionCommand.EstablishWorkingGroup;
import de.regionet.kernel.region.RegionKey;
import de.regionet.kernel.workinggroup.MemberId;
import de.regionet.kernel.workinggroup.StakeholderCategory;
import de.regionet.kernel.workinggroup.WorkingGroupCommand.AdmitMember;
import de.regionet.kernel.workinggroup.WorkingGroupCommand.SetCoordination;
import de.regionet.kernel.workinggroup.WorkingGroupCommand.WithdrawMember;
import de.regionet.kernel.workinggroup.WorkingGroupId;
import de.regionet.kernel.workinggroup.WorkingGroupKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

/**
 * Establishes working groups and changes their membership and coordination. Who may do so, and for which region,
 * is checked on the commands themselves (command bus and aggregate), not here.
 */
@RestController
class WorkingGroupController {

    private final CommandGateway commands;
    private final IdempotentCreation idempotent;
    private final Clock clock;

    WorkingGroupController(CommandGateway commands, IdempotentCreation idempotent, Clock clock) {
        this.commands = commands;
        this.idempotent = idempotent;
        this.clock = clock;
    }

    /** {@code kind} left out: a deciding working group (RAK). */
    record EstablishRequest(@NotNull RegionKey regionKey, @NotBlank @Size(max = TextLimits.NAME) String name,
                            LocalDate establishedOn, WorkingGroupKind kind) {
    }

    record AdmitRequest(@NotBlank @Size(max = TextLimits.NAME) String organisation,
                        @NotNull StakeholderCategory category,
                        LocalDate admittedOn) {
    }

    record CoordinationRequest(@NotBlank @Size(max = TextLimits.NAME) String organisation, @NotNull LocalDate from,
                               LocalDate to) {
    }

    @Sends(EstablishWorkingGroup.class)
    @PostMapping("/api/working-groups")
    ResponseEntity<Map<String, String>> establish(@Valid @RequestBody EstablishRequest request,
                                                  @RequestHeader(name = "Idempotency-Key", required = false) String key,
                                                  Principal sender) {
        var establishedOn = notInTheFuture("establishedOn", request.establishedOn());
        return idempotent.run(sender, key, "POST /api/working-groups", request, () -> {
            var id = WorkingGroupId.random();
            try {
                commands.sendAndWait(new EstablishWorkingGroup(request.regionKey(), id, request.name(),
                        establishedOn, request.kind()));
            } catch (AggregateNotFoundException e) {
                throw Rejection.invalid("regionKey", "no region " + request.regionKey() + " is registered");
            }
            return CommandAnswer.created("/api/working-groups/" + id, 0, Map.of("id", id.value()));
        }).toResponse();
    }

    @Sends(AdmitMember.class)
    @PostMapping("/api/working-groups/{id}/members")
    ResponseEntity<Map<String, String>> admit(@PathVariable WorkingGroupId id, @Valid @RequestBody AdmitRequest request,
                                              IfMatch ifMatch,
                                              @RequestHeader(name = "Idempotency-Key", required = false) String key,
                                              Principal sender) {
        return idempotent.run(sender, key, "POST /api/working-groups/" + id + "/members", request, () -> {
            var memberId = MemberId.random();
            var admittedOn = request.admittedOn() != null ? request.admittedOn() : NetworkTime.today(clock);
            long version = commands.sendAndWait(new AdmitMember(id, memberId, request.organisation(),
                    request.category(), admittedOn, ifMatch.version()));
            return CommandAnswer.created("/api/working-groups/" + id + "/members/" + memberId, version,
                    Map.of("id", memberId.value()));
        }).toResponse();
    }

    /**
     * Ends a membership on {@code withdrawnOn} (default today). A day before decisions the member took part in is
     * refused unless {@code correction=true}: then those decisions are marked as affected.
     */
    @Sends(WithdrawMember.class)
    @DeleteMapping("/api/working-groups/{id}/members/{memberId}")
    ResponseEntity<Map<String, String>> withdraw(@PathVariable WorkingGroupId id, @PathVariable MemberId memberId,
                                                 @RequestParam(required = false) LocalDate withdrawnOn,
                                                 @RequestParam(defaultValue = "false") boolean correction,
                                                 IfMatch ifMatch) {
        long version = commands.sendAndWait(new WithdrawMember(id, memberId,
                notInTheFuture("withdrawnOn", withdrawnOn), correction, ifMatch.version()));
        return CommandAnswer.done(version).toResponse();
    }

    /** A day given for a fact that has happened, default today. */
    private LocalDate notInTheFuture(String field, LocalDate given) {
        var today = NetworkTime.today(clock);
        if (given != null && given.isAfter(today)) {
            throw Rejection.invalid(field, field + " is a day that has come; " + given + " is in the future");
        }
        return given != null ? given : today;
    }

    @Sends(SetCoordination.class)
    @PutMapping("/api/working-groups/{id}/coordination")
    ResponseEntity<Map<String, String>> coordinate(@PathVariable WorkingGroupId id,
                                                   @Valid @RequestBody CoordinationRequest request, IfMatch ifMatch) {
        var period = period(request.from(), request.to());
        long version = commands.sendAndWait(new SetCoordination(id, request.organisation(), period,
                ifMatch.version()));
        return CommandAnswer.done(version).toResponse();
    }

    private static Period period(LocalDate from, LocalDate to) {
        if (to != null && to.isBefore(from)) {
            throw Rejection.invalid("to", "to (" + to + ") must not be before from (" + from + ")");
        }
        return new Period(from, to);
    }
}
