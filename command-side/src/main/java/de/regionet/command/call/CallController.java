package de.regionet.command.call;

import de.regionet.command.edge.CommandAnswer;
import de.regionet.command.edge.IdempotentCreation;
import de.regionet.command.edge.IfMatch;
import de.regionet.command.edge.Sends;
import de.regionet.command.edge.Versions;
import de.regionet.kernel.Euro;
import de.regionet.kernel.MultiLine;
import de.regionet.kernel.NetworkTime;
import de.regionet.kernel.TextLimits;
import de.regionet.kernel.call.Advice;
import de.regionet.kernel.call.Award;
import de.regionet.kernel.call.CallCommand.AdviseOnProposals;
import de.regionet.kernel.call.CallCommand.DecideFunding;
import de.regionet.kernel.call.CallCommand.OpenCall;
import de.regionet.kernel.call.CallCommand.SelectProposals;
import de.regionet.kernel.call.CallCommand.SubmitProposal;
import de.regionet.kernel.call.CallId;
import de.regionet.kernel.call.FundingGrant;
import de.regionet.kernel.call.FundingRefusal;
import de.regionet.kernel.call.NotSelected;
import de.regionet.kernel.call.DecisionProcedure;
import de.regionet.kernel.call.ProposalId;
import de.regionet.kernel.call.Reach;
import de.regionet.kernel.indicator.IndicatorValues;
import de.regionet.kernel.network.NetworkId;
import de.regionet.kernel.programme.FundingArea;
import de.regionet.kernel.programme.ProgrammeId;
import de.regionet.kernel.project.Fund;
import de.regionet.kernel.project.FundAmount;
import de.regionet.kernel.project.ProjectId;
import de.regionet.kernel.region.RegionKey;
import de.regionet.kernel.workinggroup.ResolutionId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The competition procedure over HTTP: the regional coordination opens a call, sponsors propose, the selection
 * the working group resolved is recorded; or, where the state decides, the region's advice and the state's funding
 * decision are. Who may do what, for which region or organisation, is checked on the
 * commands; reads are the query side's.
 */
@RestController
class CallController {

    private final CommandGateway commands;
    private final IdempotentCreation idempotent;
    private final Clock clock;

    CallController(CommandGateway commands, IdempotentCreation idempotent, Clock clock) {
        this.commands = commands;
        this.idempotent = idempotent;
        this.clock = clock;
    }

    /**
     * {@code reach} and {@code procedure} absent: a regional call its working group selects, as before.
     * {@code network}: a state-wide call's network, which an office of one network leaves out.
     */
    record CallRequest(RegionKey regionKey, @NotNull ProgrammeId programmeId,
                       @NotNull FundingArea fundingArea, @NotBlank @Size(max = TextLimits.NAME) String title,
                       @NotNull Euro budgetEuro, @NotNull Instant deadline,
                       @Size(max = 50) List<@NotBlank @Size(max = TextLimits.SUMMARY) String> criteria,
                       LocalDate openedOn, Reach reach, DecisionProcedure procedure, NetworkId network) {
    }

    record ProposalRequest(@NotBlank @Size(max = TextLimits.NAME) String sponsor,
                           @NotBlank @Size(max = TextLimits.NAME) String title,
                           @MultiLine @NotBlank @Size(max = TextLimits.TEXT) String summary,
                           @NotNull Euro requestedEuro,
                           @NotNull @Min(1) @Max(120) Integer durationMonths,
                           @Size(max = 100) Map<@NotBlank String, @NotNull BigDecimal> plannedIndicators,
                           Instant submittedAt, RegionKey regionKey) {
    }

    record AwardRequest(@NotNull ProposalId proposalId, @NotNull Euro amountEuro) {
    }

    record NotSelectedRequest(@NotNull ProposalId proposalId,
                              @NotBlank @Size(max = NotSelected.MAX_REASON) String reason) {
    }

    record SelectionRequest(@NotNull ResolutionId resolutionId,
                            @NotNull @Size(max = 500) List<@NotNull @Valid AwardRequest> selected,
                            @Size(max = 500) List<@NotNull @Valid NotSelectedRequest> notSelected) {
    }

    record AdviceRequest(@NotNull ProposalId proposalId, @NotNull Boolean recommended, Integer rank,
                         @NotBlank @Size(max = Advice.MAX_REASON) String reason) {
    }

    record AdvisoryVoteRequest(@NotNull @Size(min = 1, max = 500) List<@NotNull @Valid AdviceRequest> advice,
                               LocalDate advisedOn) {
    }

    record FundRequest(@NotNull Fund fund, @NotNull Euro amountEuro) {
    }

    record GrantRequest(@NotNull ProposalId proposalId,
                        @NotNull @Size(min = 1, max = 10) List<@NotNull @Valid FundRequest> funds) {
    }

    record RefusalRequest(@NotNull ProposalId proposalId,
                          @NotBlank @Size(max = FundingRefusal.MAX_REASON) String reason) {
    }

    record FundingDecisionRequest(@Size(max = 500) List<@NotNull @Valid GrantRequest> granted,
                                  @Size(max = 500) List<@NotNull @Valid RefusalRequest> refused,
                                  LocalDate decidedOn) {
    }

    /** A state's decision and the projects it launched. */
    record FundingDecisionAnswer(String callId, List<LaunchedProject> projects) {
    }

    /** A selected proposal and the project it became. */
    record LaunchedProject(String proposalId, String projectId, String href) {
    }

    record SelectionAnswer(String callId, String resolutionId, List<LaunchedProject> projects) {
    }

    @Sends(OpenCall.class)
    @PostMapping("/api/calls")
    ResponseEntity<Map<String, String>> open(@Valid @RequestBody CallRequest request,
                                             @RequestHeader(name = "Idempotency-Key", required = false) String key,
                                             Principal sender) {
        return idempotent.run(sender, key, "POST /api/calls", request, () -> {
            var id = CallId.random();
            commands.sendAndWait(new OpenCall(id, request.regionKey(), request.programmeId(), request.fundingArea(),
                    request.title(), request.budgetEuro(), request.deadline(), request.criteria(),
                    request.openedOn() != null ? request.openedOn() : NetworkTime.today(clock), request.reach(),
                    request.procedure(), request.network()));
            return CommandAnswer.created("/api/calls/" + id, 0, Map.of("id", id.value()));
        }).toResponse();
    }

    @Sends(SubmitProposal.class)
    @PostMapping("/api/calls/{id}/proposals")
    ResponseEntity<Map<String, String>> propose(@PathVariable CallId id, @Valid @RequestBody ProposalRequest request,
                                                IfMatch ifMatch,
                                                @RequestHeader(name = "Idempotency-Key", required = false) String key,
                                                Principal sender) {
        var planned = new IndicatorValues(request.plannedIndicators());
        return idempotent.run(sender, key, "POST /api/calls/" + id + "/proposals", request, () -> {
            var proposal = ProposalId.random();
            long version = commands.sendAndWait(new SubmitProposal(id, proposal, request.sponsor(), request.title(),
                    request.summary(), request.requestedEuro(), request.durationMonths(), planned,
                    request.submittedAt(), request.regionKey(), ifMatch.version()));
            return CommandAnswer.created("/api/calls/" + id + "/proposals/" + proposal, version,
                    Map.of("id", proposal.value()));
        }).toResponse();
    }

    /** Answers the projects the selection launched, each with where to read it. */
    @Sends(SelectProposals.class)
    @PostMapping("/api/calls/{id}/selection")
    ResponseEntity<SelectionAnswer> select(@PathVariable CallId id, @Valid @RequestBody SelectionRequest request,
                                           IfMatch ifMatch) {
        var awards = request.selected().stream()
                .map(award -> new Award(award.proposalId(), award.amountEuro())).toList();
        var notSelected = request.notSelected() == null ? List.<NotSelected>of() : request.notSelected().stream()
                .map(other -> new NotSelected(other.proposalId(), other.reason())).toList();
        long version = commands.sendAndWait(new SelectProposals(id, request.resolutionId(), awards, notSelected,
                ifMatch.version()));
        var projects = awards.stream().map(award -> {
            var project = ProjectId.forProposal(award.proposalId());
            return new LaunchedProject(award.proposalId().value(), project.value(), "/api/projects/" + project);
        }).toList();
        var headers = new HttpHeaders();
        headers.setETag(Versions.etag(version));
        return ResponseEntity.ok().headers(headers).body(new SelectionAnswer(id.value(),
                request.resolutionId().value(), projects));
    }

    /** The region's advisory vote on proposals of a call the state decides. */
    @Sends(AdviseOnProposals.class)
    @PostMapping("/api/calls/{id}/advice")
    ResponseEntity<Map<String, String>> advise(@PathVariable CallId id,
                                               @Valid @RequestBody AdvisoryVoteRequest request, IfMatch ifMatch) {
        var advice = request.advice().stream().map(one -> new Advice(one.proposalId(), one.recommended(),
                one.rank(), one.reason())).toList();
        long version = commands.sendAndWait(new AdviseOnProposals(id, advice,
                request.advisedOn() != null ? request.advisedOn() : NetworkTime.today(clock), ifMatch.version()));
        return ResponseEntity.ok().eTag(Versions.etag(version)).body(Map.of("callId", id.value()));
    }

    /** The state's funding decision; answers the projects it launched, each with where to read it. */
    @Sends(DecideFunding.class)
    @PostMapping("/api/calls/{id}/funding-decisions")
    ResponseEntity<FundingDecisionAnswer> decide(@PathVariable CallId id,
                                                 @Valid @RequestBody FundingDecisionRequest request,
                                                 IfMatch ifMatch) {
        var granted = request.granted() == null ? List.<FundingGrant>of() : request.granted().stream()
                .map(grant -> new FundingGrant(grant.proposalId(), grant.funds().stream()
                        .map(share -> new FundAmount(share.fund(), share.amountEuro())).toList())).toList();
        var refused = request.refused() == null ? List.<FundingRefusal>of() : request.refused().stream()
                .map(refusal -> new FundingRefusal(refusal.proposalId(), refusal.reason())).toList();
        long version = commands.sendAndWait(new DecideFunding(id, granted, refused,
                request.decidedOn() != null ? request.decidedOn() : NetworkTime.today(clock), ifMatch.version()));
        var projects = granted.stream().map(grant -> {
            var project = ProjectId.forProposal(grant.proposalId());
            return new LaunchedProject(grant.proposalId().value(), project.value(), "/api/projects/" + project);
        }).toList();
        return ResponseEntity.ok().eTag(Versions.etag(version)).body(new FundingDecisionAnswer(id.value(), projects));
    }
}
