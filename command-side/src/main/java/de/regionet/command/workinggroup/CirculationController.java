package de.regionet.command.workinggroup;

import de.regionet.command.edge.CommandAnswer;
import de.regionet.command.edge.IdempotentCreation;
import de.regionet.command.edge.IfMatch;
import de.regionet.command.edge.Sends;
import de.regionet.command.workinggroup.ResolutionController.RecusalRequest;
import de.regionet.command.workinggroup.ResolutionController.SubjectRequest;
import de.regionet.kernel.MultiLine;
import de.regionet.kernel.NetworkTime;
import de.regionet.kernel.Rejection;
import de.regionet.kernel.TextLimits;
import de.regionet.kernel.workinggroup.DecisionCommand.CastCirculationVote;
import de.regionet.kernel.workinggroup.DecisionCommand.DeclareCirculationRecusal;
import de.regionet.kernel.workinggroup.DecisionCommand.OpenCirculation;
import de.regionet.kernel.workinggroup.MemberId;
import de.regionet.kernel.workinggroup.ResolutionId;
import de.regionet.kernel.workinggroup.Vote;
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
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Written (circulation) procedures: the regional coordination opens one with a motion and a deadline (a day; votes
 * count until its end in the network's time zone) and records the members' votes and recusals as they come in.
 * Each answer says whether the procedure is still open or how it was decided.
 */
@RestController
class CirculationController {

    private final CommandGateway commands;
    private final IdempotentCreation idempotent;
    private final Clock clock;
    private final SubjectSponsors sponsors;

    CirculationController(CommandGateway commands, IdempotentCreation idempotent, Clock clock,
                          SubjectSponsors sponsors) {
        this.commands = commands;
        this.idempotent = idempotent;
        this.clock = clock;
        this.sponsors = sponsors;
    }

    record CirculationRequest(@MultiLine @NotBlank @Size(max = TextLimits.TEXT) String motion,
                              @Valid SubjectRequest subject, @NotNull LocalDate deadline) {
    }

    record VoteRequest(@NotNull MemberId memberId, @NotNull Vote vote) {
    }

    @Sends(OpenCirculation.class)
    @PostMapping("/api/working-groups/{id}/circulations")
    ResponseEntity<Map<String, String>> open(@PathVariable WorkingGroupId id,
                                             @Valid @RequestBody CirculationRequest request, IfMatch ifMatch,
                                             @RequestHeader(name = "Idempotency-Key", required = false) String key,
                                             Principal sender) {
        var today = NetworkTime.today(clock);
        if (request.deadline().isBefore(today)) {
            throw Rejection.invalid("deadline", "the deadline " + request.deadline() + " has passed");
        }
        var closesAt = NetworkTime.endOf(request.deadline());
        return idempotent.run(sender, key, "POST /api/working-groups/" + id + "/circulations", request, () -> {
            var resolutionId = ResolutionId.random();
            var subject = request.subject() == null ? null : sponsors.complete(request.subject().toSubject());
            DecisionAnswer.Circulation answer = commands.sendAndWait(new OpenCirculation(id, resolutionId,
                    request.motion(), subject, today, request.deadline(), closesAt, ifMatch.version()));
            var body = new LinkedHashMap<String, String>();
            body.put("number", String.valueOf(answer.circulation()));
            body.put("resolutionId", resolutionId.value());
            return CommandAnswer.created("/api/working-groups/" + id + "/circulations/" + answer.circulation(),
                    answer.version(), body);
        }).toResponse();
    }

    @Sends(CastCirculationVote.class)
    @PostMapping("/api/working-groups/{id}/circulations/{number}/votes")
    ResponseEntity<Map<String, String>> vote(@PathVariable WorkingGroupId id, @PathVariable int number,
                                             @Valid @RequestBody VoteRequest request, IfMatch ifMatch,
                                             @RequestHeader(name = "Idempotency-Key", required = false) String key,
                                             Principal sender) {
        var scope = "POST /api/working-groups/" + id + "/circulations/" + number + "/votes";
        return idempotent.run(sender, key, scope, request, () -> answer(commands.sendAndWait(
                new CastCirculationVote(id, number, request.memberId(), request.vote(), NetworkTime.today(clock),
                        ifMatch.version())))).toResponse();
    }

    @Sends(DeclareCirculationRecusal.class)
    @PostMapping("/api/working-groups/{id}/circulations/{number}/recusals")
    ResponseEntity<Map<String, String>> recuse(@PathVariable WorkingGroupId id, @PathVariable int number,
                                               @Valid @RequestBody RecusalRequest request, IfMatch ifMatch,
                                               @RequestHeader(name = "Idempotency-Key", required = false) String key,
                                               Principal sender) {
        var scope = "POST /api/working-groups/" + id + "/circulations/" + number + "/recusals";
        return idempotent.run(sender, key, scope, request, () -> answer(commands.sendAndWait(
                new DeclareCirculationRecusal(id, number, request.memberId(), request.reason(),
                        NetworkTime.today(clock), ifMatch.version())))).toResponse();
    }

    private static CommandAnswer answer(DecisionAnswer.Circulation answer) {
        var body = new LinkedHashMap<String, String>();
        body.put("number", String.valueOf(answer.circulation()));
        body.put("status", answer.outcome() == null ? "OPEN" : "DECIDED");
        if (answer.outcome() != null) {
            body.put("outcome", answer.outcome().name());
        }
        return CommandAnswer.ok(answer.version(), body);
    }
}
