package de.regionet.command.agreement;

import de.regionet.command.edge.CommandAnswer;
import de.regionet.command.edge.IdempotentCreation;
import de.regionet.command.edge.IfMatch;
import de.regionet.command.edge.Sends;
import de.regionet.kernel.MultiLine;
import de.regionet.kernel.NetworkTime;
import de.regionet.kernel.TextLimits;
import de.regionet.kernel.agreement.AgreementCommand.AccedeToAgreement;
import de.regionet.kernel.agreement.AgreementCommand.AmendAgreement;
import de.regionet.kernel.agreement.AgreementCommand.ConsentToAmendment;
import de.regionet.kernel.agreement.AgreementCommand.DraftAgreement;
import de.regionet.kernel.agreement.AgreementCommand.SignAgreement;
import de.regionet.kernel.agreement.AgreementCommand.TerminateAgreement;
import de.regionet.kernel.agreement.AgreementCommand.WithdrawFromAgreement;
import de.regionet.kernel.agreement.AgreementId;
import de.regionet.kernel.agreement.AgreementScope;
import de.regionet.kernel.agreement.DocumentHash;
import de.regionet.kernel.agreement.Party;
import de.regionet.kernel.network.NetworkId;
import de.regionet.kernel.region.RegionKey;
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
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Drafts cooperation agreements and records their signatures, accessions, withdrawals, amendments, consents and
 * termination. Dates left out mean today. Who may do so, and for which agreement, is checked on the commands
 * (command bus and aggregate), not here. Parties are organisations or public bodies and signatories are roles or
 * functions ("Minister", "Landrat"): the API takes no personal names, for events are kept forever.
 */
@RestController
class AgreementController {

    private static final String AGREEMENTS = "/api/agreements";

    private final CommandGateway commands;
    private final IdempotentCreation idempotent;
    private final Clock clock;

    AgreementController(CommandGateway commands, IdempotentCreation idempotent, Clock clock) {
        this.commands = commands;
        this.idempotent = idempotent;
        this.clock = clock;
    }

    record PartyRequest(@NotBlank @Size(max = TextLimits.NAME) String party, RegionKey regionKey) {
    }

    /** {@code network}: a state-wide agreement's network, which an office of one network leaves out. */
    record DraftRequest(@NotBlank @Size(max = TextLimits.NAME) String title, @NotNull AgreementScope scope,
                        RegionKey regionKey,
                        @NotEmpty @Size(max = 100) List<@Valid @NotNull PartyRequest> parties,
                        @NotNull DocumentHash documentSha256, @NotNull LocalDate validFrom, LocalDate validUntil,
                        NetworkId network) {
    }

    record SignatureRequest(@NotBlank @Size(max = TextLimits.NAME) String party, LocalDate signedOn,
                            @NotBlank @Size(max = TextLimits.NAME) String signatory) {
    }

    record AccessionRequest(@NotBlank @Size(max = TextLimits.NAME) String party, RegionKey regionKey,
                            LocalDate accededOn) {
    }

    record WithdrawalRequest(@NotBlank @Size(max = TextLimits.NAME) String party, LocalDate withdrawnOn) {
    }

    record AmendmentRequest(@NotNull DocumentHash documentSha256,
                            @MultiLine @NotBlank @Size(max = TextLimits.SUMMARY) String summary, LocalDate proposedOn) {
    }

    record ConsentRequest(@NotBlank @Size(max = TextLimits.NAME) String party, LocalDate consentedOn) {
    }

    record TerminationRequest(@NotNull LocalDate effectiveOn, @Size(max = TextLimits.SUMMARY) String reason) {
    }

    @Sends(DraftAgreement.class)
    @PostMapping(AGREEMENTS)
    ResponseEntity<Map<String, String>> draft(@Valid @RequestBody DraftRequest request,
                                              @RequestHeader(name = "Idempotency-Key", required = false) String key,
                                              Principal sender) {
        return idempotent.run(sender, key, "POST " + AGREEMENTS, request, () -> {
            var id = AgreementId.random();
            var parties = request.parties().stream().map(party -> new Party(party.party(), party.regionKey())).toList();
            commands.sendAndWait(new DraftAgreement(id, request.title(), request.scope(), request.regionKey(), parties,
                    request.documentSha256(), request.validFrom(), request.validUntil(), request.network()));
            return CommandAnswer.created(AGREEMENTS + "/" + id, 0, Map.of("id", id.value()));
        }).toResponse();
    }

    @Sends(SignAgreement.class)
    @PostMapping(AGREEMENTS + "/{id}/signatures")
    ResponseEntity<Map<String, String>> sign(@PathVariable AgreementId id, @Valid @RequestBody SignatureRequest request,
                                             IfMatch ifMatch) {
        return done(new SignAgreement(id, request.party(), today(request.signedOn()), request.signatory(),
                ifMatch.version()));
    }

    @Sends(AccedeToAgreement.class)
    @PostMapping(AGREEMENTS + "/{id}/accessions")
    ResponseEntity<Map<String, String>> accede(@PathVariable AgreementId id,
                                               @Valid @RequestBody AccessionRequest request, IfMatch ifMatch) {
        return done(new AccedeToAgreement(id, new Party(request.party(), request.regionKey()),
                today(request.accededOn()), ifMatch.version()));
    }

    @Sends(WithdrawFromAgreement.class)
    @PostMapping(AGREEMENTS + "/{id}/withdrawals")
    ResponseEntity<Map<String, String>> withdraw(@PathVariable AgreementId id,
                                                 @Valid @RequestBody WithdrawalRequest request, IfMatch ifMatch) {
        return done(new WithdrawFromAgreement(id, request.party(), today(request.withdrawnOn()),
                ifMatch.version()));
    }

    @Sends(AmendAgreement.class)
    @PostMapping(AGREEMENTS + "/{id}/amendments")
    ResponseEntity<Map<String, String>> amend(@PathVariable AgreementId id,
                                              @Valid @RequestBody AmendmentRequest request, IfMatch ifMatch) {
        CooperationAgreement.Proposal proposal = commands.sendAndWait(new AmendAgreement(id, request.documentSha256(),
                request.summary(), today(request.proposedOn()), ifMatch.version()));
        var number = String.valueOf(proposal.amendment());
        return CommandAnswer.created(AGREEMENTS + "/" + id + "/amendments/" + number, proposal.version(),
                Map.of("amendment", number)).toResponse();
    }

    @Sends(ConsentToAmendment.class)
    @PostMapping(AGREEMENTS + "/{id}/amendments/{amendment}/consents")
    ResponseEntity<Map<String, String>> consent(@PathVariable AgreementId id, @PathVariable int amendment,
                                                @Valid @RequestBody ConsentRequest request, IfMatch ifMatch) {
        return done(new ConsentToAmendment(id, amendment, request.party(), today(request.consentedOn()),
                ifMatch.version()));
    }

    @Sends(TerminateAgreement.class)
    @PostMapping(AGREEMENTS + "/{id}/termination")
    ResponseEntity<Map<String, String>> terminate(@PathVariable AgreementId id,
                                                  @Valid @RequestBody TerminationRequest request, IfMatch ifMatch) {
        return done(new TerminateAgreement(id, request.effectiveOn(), request.reason(), ifMatch.version()));
    }

    private ResponseEntity<Map<String, String>> done(Object command) {
        long version = commands.sendAndWait(command);
        return CommandAnswer.done(version).toResponse();
    }

    private LocalDate today(LocalDate given) {
        return given != null ? given : NetworkTime.today(clock);
    }
}
