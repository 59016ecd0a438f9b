package de.regionet.command.cooperation;

import de.regionet.command.edge.CommandAnswer;
import de.regionet.command.edge.IdempotentCreation;
import de.regionet.command.edge.IfMatch;
import de.regionet.command.edge.Sends;
import de.regionet.kernel.NetworkTime;
import de.regionet.kernel.Rejection;
import de.regionet.kernel.TextLimits;
import de.regionet.kernel.agreement.AgreementId;
import de.regionet.kernel.cooperation.CooperationBodyCommand.AdmitCooperationPartner;
import de.regionet.kernel.cooperation.CooperationBodyCommand.ChangeCooperationSite;
import de.regionet.kernel.cooperation.CooperationBodyCommand.DissolveCooperationBody;
import de.regionet.kernel.cooperation.CooperationBodyCommand.EstablishCooperationBody;
import de.regionet.kernel.cooperation.CooperationBodyCommand.WithdrawCooperationPartner;
import de.regionet.kernel.cooperation.CooperationBodyId;
import de.regionet.kernel.cooperation.CooperationBodyKind;
import de.regionet.kernel.cooperation.Partner;
import de.regionet.kernel.cooperation.PartnerId;
import de.regionet.kernel.region.RegionKey;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
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
import java.util.List;
import java.util.Map;

/**
 * Establishes local cooperation bodies and records their partners, moves and dissolution. Days left out mean today
 * and none may lie in the future: each records something that has happened. Who may act, and for which region, is
 * checked on the commands (command bus and aggregate), not here. Partners are organisations with their role in the
 * body, never persons.
 */
@RestController
class CooperationBodyController {

    private static final String BODIES = "/api/cooperation-bodies";

    private final CommandGateway commands;
    private final IdempotentCreation idempotent;
    private final Clock clock;

    CooperationBodyController(CommandGateway commands, IdempotentCreation idempotent, Clock clock) {
        this.commands = commands;
        this.idempotent = idempotent;
        this.clock = clock;
    }

    record PartnerRequest(@NotBlank @Size(max = TextLimits.NAME) String organisation,
                          @NotBlank @Size(max = TextLimits.NAME) String role) {
    }

    record EstablishRequest(@NotNull RegionKey regionKey, @NotNull CooperationBodyKind kind,
                            @Size(max = TextLimits.NAME) String kindName,
                            @NotBlank @Size(max = TextLimits.NAME) String name,
                            @NotBlank @Size(max = TextLimits.NAME) String site,
                            @NotEmpty @Size(max = 50) List<@Valid @NotNull PartnerRequest> partners,
                            AgreementId agreementId, LocalDate foundedOn) {
    }

    record AdmissionRequest(@NotBlank @Size(max = TextLimits.NAME) String organisation,
                            @NotBlank @Size(max = TextLimits.NAME) String role, LocalDate admittedOn) {
    }

    record SiteRequest(@NotBlank @Size(max = TextLimits.NAME) String site, LocalDate movedOn) {
    }

    record DissolutionRequest(LocalDate dissolvedOn, @Size(max = TextLimits.SUMMARY) String reason) {
    }

    @Sends(EstablishCooperationBody.class)
    @PostMapping(BODIES)
    ResponseEntity<Map<String, String>> establish(@Valid @RequestBody EstablishRequest request,
                                                  @RequestHeader(name = "Idempotency-Key", required = false) String key,
                                                  Principal sender) {
        var foundedOn = notInTheFuture("foundedOn", request.foundedOn());
        return idempotent.run(sender, key, "POST " + BODIES, request, () -> {
            var id = CooperationBodyId.random();
            var partners = request.partners().stream()
                    .map(partner -> new Partner(PartnerId.random(), partner.organisation(), partner.role())).toList();
            commands.sendAndWait(new EstablishCooperationBody(id, request.regionKey(), request.kind(),
                    request.kindName(), request.name(), request.site(), partners, request.agreementId(), foundedOn));
            return CommandAnswer.created(BODIES + "/" + id, 0, Map.of("id", id.value()));
        }).toResponse();
    }

    @Sends(AdmitCooperationPartner.class)
    @PostMapping(BODIES + "/{id}/partners")
    ResponseEntity<Map<String, String>> admit(@PathVariable CooperationBodyId id,
                                              @Valid @RequestBody AdmissionRequest request, IfMatch ifMatch,
                                              @RequestHeader(name = "Idempotency-Key", required = false) String key,
                                              Principal sender) {
        var admittedOn = notInTheFuture("admittedOn", request.admittedOn());
        return idempotent.run(sender, key, "POST " + BODIES + "/" + id + "/partners", request, () -> {
            var partner = new Partner(PartnerId.random(), request.organisation(), request.role());
            long version = commands.sendAndWait(new AdmitCooperationPartner(id, partner, admittedOn,
                    ifMatch.version()));
            return CommandAnswer.created(BODIES + "/" + id + "/partners/" + partner.partnerId(), version,
                    Map.of("id", partner.partnerId().value()));
        }).toResponse();
    }

    @Sends(WithdrawCooperationPartner.class)
    @DeleteMapping(BODIES + "/{id}/partners/{partnerId}")
    ResponseEntity<Map<String, String>> withdraw(@PathVariable CooperationBodyId id, @PathVariable PartnerId partnerId,
                                                 @RequestParam(required = false) LocalDate withdrawnOn,
                                                 IfMatch ifMatch) {
        return done(new WithdrawCooperationPartner(id, partnerId, notInTheFuture("withdrawnOn", withdrawnOn),
                ifMatch.version()));
    }

    @Sends(ChangeCooperationSite.class)
    @PutMapping(BODIES + "/{id}/site")
    ResponseEntity<Map<String, String>> move(@PathVariable CooperationBodyId id,
                                             @Valid @RequestBody SiteRequest request, IfMatch ifMatch) {
        return done(new ChangeCooperationSite(id, request.site(), notInTheFuture("movedOn", request.movedOn()),
                ifMatch.version()));
    }

    @Sends(DissolveCooperationBody.class)
    @PostMapping(BODIES + "/{id}/dissolution")
    ResponseEntity<Map<String, String>> dissolve(@PathVariable CooperationBodyId id,
                                                 @Valid @RequestBody DissolutionRequest request, IfMatch ifMatch) {
        return done(new DissolveCooperationBody(id, notInTheFuture("dissolvedOn", request.dissolvedOn()),
                request.reason(), ifMatch.version()));
    }

    private ResponseEntity<Map<String, String>> done(Object command) {
        long version = commands.sendAndWait(command);
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
}
