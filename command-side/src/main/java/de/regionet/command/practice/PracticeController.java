package de.regionet.command.practice;

import de.regionet.command.edge.CommandAnswer;
import de.regionet.command.edge.IdempotentCreation;
import de.regionet.command.edge.IfMatch;
import de.regionet.command.edge.Sends;
import de.regionet.kernel.MultiLine;
import de.regionet.kernel.NetworkTime;
import de.regionet.kernel.Rejection;
import de.regionet.kernel.TextLimits;
import de.regionet.kernel.cooperation.CooperationBodyId;
import de.regionet.kernel.network.NetworkId;
import de.regionet.kernel.practice.PracticeCommand.DescribePractice;
import de.regionet.kernel.practice.PracticeCommand.RevisePractice;
import de.regionet.kernel.practice.PracticeCommand.WithdrawPractice;
import de.regionet.kernel.practice.PracticeContent;
import de.regionet.kernel.practice.PracticeId;
import de.regionet.kernel.project.Audience;
import de.regionet.kernel.project.ProjectId;
import de.regionet.kernel.region.RegionKey;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Examples of good practice: the network office or a region's coordination describes one, revises it (replacing the
 * whole example, so it names the version it is based on with {@code If-Match}) and withdraws it. Who may, for which
 * region and network, is checked on the commands; reads are the exchange catalogue's ({@code /api/exchange}).
 */
@RestController
class PracticeController {

    private final CommandGateway commands;
    private final IdempotentCreation idempotent;
    private final Clock clock;

    PracticeController(CommandGateway commands, IdempotentCreation idempotent, Clock clock) {
        this.commands = commands;
        this.idempotent = idempotent;
        this.clock = clock;
    }

    /**
     * An example as described or revised. {@code network}: the network it is described in (left out: its region's,
     * else the sender's one network); a revision keeps it.
     */
    record PracticeRequest(@NotBlank @Size(max = TextLimits.NAME) String title,
                           @MultiLine @NotBlank @Size(max = PracticeContent.MAX_SUMMARY) String summary,
                           RegionKey regionKey, CooperationBodyId cooperationBodyId, ProjectId projectId,
                           @Size(max = PracticeContent.MAX_TOPICS)
                           List<@NotBlank @Size(max = PracticeContent.MAX_TOPIC) String> topics,
                           @Size(max = TextLimits.NAME) String contactOrganisation,
                           @NotNull Audience audience, NetworkId network) {

        PracticeContent content() {
            return new PracticeContent(title, summary, regionKey, cooperationBodyId, projectId, topics,
                    contactOrganisation);
        }
    }

    record WithdrawalRequest(@Size(max = TextLimits.SUMMARY) String reason) {
    }

    @Sends(DescribePractice.class)
    @PostMapping("/api/practices")
    ResponseEntity<Map<String, String>> describe(@Valid @RequestBody PracticeRequest request,
                                                 @RequestHeader(name = "Idempotency-Key", required = false)
                                                 String key, Principal sender) {
        var content = request.content();
        var today = NetworkTime.today(clock);
        return idempotent.run(sender, key, "POST /api/practices", request, () -> {
            var id = PracticeId.random();
            commands.sendAndWait(new DescribePractice(id, content, request.audience(), request.network(), today));
            return CommandAnswer.created("/api/exchange/practices/" + id, 0, Map.of("id", id.value()));
        }).toResponse();
    }

    @Sends(RevisePractice.class)
    @PutMapping("/api/practices/{id}")
    ResponseEntity<Map<String, String>> revise(@PathVariable PracticeId id,
                                               @Valid @RequestBody PracticeRequest request, IfMatch ifMatch) {
        var basedOn = ifMatch.required("a revision replaces the whole example: send the version it is based on as "
                + "If-Match (the ETag of GET /api/exchange/practices/" + id + ")");
        if (request.network() != null) {
            throw Rejection.invalid("network", "an example stays in the network it was described in; leave network "
                    + "out of a revision");
        }
        long version = commands.sendAndWait(new RevisePractice(id, request.content(), request.audience(),
                NetworkTime.today(clock), basedOn.version()));
        return CommandAnswer.done(version).toResponse();
    }

    @Sends(WithdrawPractice.class)
    @PostMapping("/api/practices/{id}/withdrawal")
    ResponseEntity<Map<String, String>> withdraw(@PathVariable PracticeId id,
                                                 @Valid @RequestBody(required = false) WithdrawalRequest request,
                                                 IfMatch ifMatch) {
        var reason = request == null ? null : request.reason();
        long version = commands.sendAndWait(new WithdrawPractice(id, reason, NetworkTime.today(clock),
                ifMatch.version()));
        return CommandAnswer.done(version).toResponse();
    }
}
