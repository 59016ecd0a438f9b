package de.regionet.command.targetagreement;

import de.regionet.command.edge.CommandAnswer;
import de.regionet.command.edge.IdempotentCreation;
import de.regionet.command.edge.IfMatch;
import de.regionet.command.edge.Sends;
import de.regionet.kernel.MultiLine;
import de.regionet.kernel.NetworkTime;
import de.regionet.kernel.Period;
import de.regionet.kernel.Rejection;
import de.regionet.kernel.TextLimits;
import de.regionet.kernel.programme.FundingArea;
import de.regionet.kernel.region.RegionCommand.DraftTargetAgreement;
import de.regionet.kernel.region.RegionKey;
import de.regionet.kernel.targetagreement.Milestone;
import de.regionet.kernel.targetagreement.Target;
import de.regionet.kernel.targetagreement.TargetAgreementCommand.ProposeTargetAmendment;
import de.regionet.kernel.targetagreement.TargetAgreementCommand.SignTargetAgreement;
import de.regionet.kernel.targetagreement.TargetAgreementCommand.SignTargetAmendment;
import de.regionet.kernel.targetagreement.TargetAgreementId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
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
 * Target agreements over HTTP: the network office drafts one for a region and proposes amendments; the parties'
 * signatures are recorded by the network office or the region's coordination. Controlling reviews need the figures
 * of the read side, so they are recorded by the application ({@code POST …/reviews}); reads are the query side's.
 */
@RestController
class TargetAgreementController {

    private final CommandGateway commands;
    private final IdempotentCreation idempotent;
    private final Clock clock;

    TargetAgreementController(CommandGateway commands, IdempotentCreation idempotent, Clock clock) {
        this.commands = commands;
        this.idempotent = idempotent;
        this.clock = clock;
    }

    record MilestoneRequest(@NotNull LocalDate date, @NotNull @DecimalMin("0") BigDecimal value) {
    }

    record TargetRequest(@NotBlank @Size(max = Target.MAX_INDICATOR) String indicator,
                         @NotNull @DecimalMin("0") BigDecimal value,
                         FundingArea fundingArea, @Size(max = 24) List<@NotNull @Valid MilestoneRequest> milestones) {

        Target toTarget() {
            return new Target(indicator, value, fundingArea, milestones == null ? List.of()
                    : milestones.stream().map(milestone -> new Milestone(milestone.date(), milestone.value()))
                    .toList());
        }
    }

    record AgreementRequest(@NotNull RegionKey regionKey, @NotNull LocalDate from, @NotNull LocalDate to,
                            @NotEmpty @Size(max = 10) List<@NotBlank @Size(max = TextLimits.NAME) String> parties,
                            @NotEmpty @Size(max = 50) List<@NotNull @Valid TargetRequest> targets) {
    }

    record SignatureRequest(@NotBlank @Size(max = TextLimits.NAME) String party, LocalDate signedOn) {
    }

    record AmendmentRequest(@NotEmpty @Size(max = 50) List<@NotNull @Valid TargetRequest> targets,
                            @MultiLine @NotBlank @Size(max = ProposeTargetAmendment.MAX_REASON) String reason,
                            LocalDate proposedOn) {
    }

    @Sends(DraftTargetAgreement.class)
    @PostMapping("/api/target-agreements")
    ResponseEntity<Map<String, String>> draft(@Valid @RequestBody AgreementRequest request,
                                              @RequestHeader(name = "Idempotency-Key", required = false) String key,
                                              Principal sender) {
        if (request.to().isBefore(request.from())) {
            throw Rejection.invalid("to", "to (" + request.to() + ") must not be before from (" + request.from() + ")");
        }
        var period = new Period(request.from(), request.to());
        var targets = request.targets().stream().map(TargetRequest::toTarget).toList();
        return idempotent.run(sender, key, "POST /api/target-agreements", request, () -> {
            var id = TargetAgreementId.random();
            try {
                commands.sendAndWait(new DraftTargetAgreement(request.regionKey(), id, period, request.parties(),
                        targets));
            } catch (AggregateNotFoundException e) {
                throw Rejection.invalid("regionKey", "no region " + request.regionKey() + " is registered");
            }
            return CommandAnswer.created("/api/target-agreements/" + id, 0, Map.of("id", id.value()));
        }).toResponse();
    }

    @Sends(SignTargetAgreement.class)
    @PostMapping("/api/target-agreements/{id}/signatures")
    ResponseEntity<Map<String, String>> sign(@PathVariable TargetAgreementId id,
                                             @Valid @RequestBody SignatureRequest request, IfMatch ifMatch) {
        long version = commands.sendAndWait(new SignTargetAgreement(id, request.party(), signedOn(request),
                ifMatch.version()));
        return CommandAnswer.done(version).toResponse();
    }

    @Sends(ProposeTargetAmendment.class)
    @PostMapping("/api/target-agreements/{id}/amendments")
    ResponseEntity<Map<String, String>> amend(@PathVariable TargetAgreementId id,
                                              @Valid @RequestBody AmendmentRequest request, IfMatch ifMatch,
                                              @RequestHeader(name = "Idempotency-Key", required = false) String key,
                                              Principal sender) {
        var proposedOn = request.proposedOn() != null ? request.proposedOn() : today();
        var targets = request.targets().stream().map(TargetRequest::toTarget).toList();
        return idempotent.run(sender, key, "POST /api/target-agreements/" + id + "/amendments", request, () -> {
            Numbered answer = commands.sendAndWait(new ProposeTargetAmendment(id, targets, request.reason(),
                    proposedOn, ifMatch.version()));
            return CommandAnswer.created("/api/target-agreements/" + id, answer.version(),
                    Map.of("amendment", String.valueOf(answer.number())));
        }).toResponse();
    }

    @Sends(SignTargetAmendment.class)
    @PostMapping("/api/target-agreements/{id}/amendments/{amendment}/signatures")
    ResponseEntity<Map<String, String>> signAmendment(@PathVariable TargetAgreementId id, @PathVariable int amendment,
                                                      @Valid @RequestBody SignatureRequest request, IfMatch ifMatch) {
        long version = commands.sendAndWait(new SignTargetAmendment(id, amendment, request.party(),
                signedOn(request), ifMatch.version()));
        return CommandAnswer.done(version).toResponse();
    }

    /** A signature is dated the day it is given (default today), never in the future. */
    private LocalDate signedOn(SignatureRequest request) {
        var today = today();
        if (request.signedOn() != null && request.signedOn().isAfter(today)) {
            throw Rejection.invalid("signedOn", "a signature is recorded once given; " + request.signedOn()
                    + " is in the future");
        }
        return request.signedOn() != null ? request.signedOn() : today;
    }

    private LocalDate today() {
        return NetworkTime.today(clock);
    }
}
