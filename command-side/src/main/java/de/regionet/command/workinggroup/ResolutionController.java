package de.regionet.command.workinggroup;

import de.regionet.command.edge.CommandAnswer;
import de.regionet.command.edge.IdempotentCreation;
import de.regionet.command.edge.IfMatch;
import de.regionet.command.edge.Sends;
import de.regionet.kernel.MultiLine;
import de.regionet.kernel.NetworkTime;
import de.regionet.kernel.Rejection;
import de.regionet.kernel.TextLimits;
import de.regionet.kernel.workinggroup.CastVote;
import de.regionet.kernel.workinggroup.DecisionCommand.PreviewResolution;
import de.regionet.kernel.workinggroup.DecisionCommand.RecordResolution;
import de.regionet.kernel.workinggroup.DecisionCommand.SetRulesOfProcedure;
import de.regionet.kernel.workinggroup.MemberId;
import de.regionet.kernel.workinggroup.Recusal;
import de.regionet.kernel.workinggroup.ResolutionId;
import de.regionet.kernel.workinggroup.RulesOfProcedure;
import de.regionet.kernel.workinggroup.RulesOfProcedure.Majority;
import de.regionet.kernel.workinggroup.RulesOfProcedure.Quorum;
import de.regionet.kernel.workinggroup.StakeholderCategory;
import de.regionet.kernel.workinggroup.Subject;
import de.regionet.kernel.workinggroup.Vote;
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
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A working group's rules of procedure and the resolutions of its meetings. The request names who was present,
 * who voted how and who was recused; the working group judges it and answers the outcome.
 */
@RestController
class ResolutionController {

    private final CommandGateway commands;
    private final IdempotentCreation idempotent;
    private final Clock clock;
    private final SubjectSponsors sponsors;

    ResolutionController(CommandGateway commands, IdempotentCreation idempotent, Clock clock,
                         SubjectSponsors sponsors) {
        this.commands = commands;
        this.idempotent = idempotent;
        this.clock = clock;
        this.sponsors = sponsors;
    }

    /** {@code votingRecordPublic} left out: the voting record stays confidential, as it does by default. */
    record RulesRequest(@NotNull LocalDate validFrom, @NotNull Quorum quorum, @NotNull Majority majority,
                        @NotEmpty List<@NotNull StakeholderCategory> votingCategories, Boolean votingRecordPublic) {
    }

    /**
     * What a resolution is about. The client may name the organisations that sponsor the subject; for a call,
     * RegioNet adds the sponsor of every proposal submitted to it. Members of those organisations must be recused.
     */
    record SubjectRequest(@NotNull Subject.Type type, @NotBlank @Size(max = Subject.MAX_ID) String id,
                          List<@NotBlank @Size(max = TextLimits.NAME) String> sponsors) {

        Subject toSubject() {
            return new Subject(type, id, sponsors);
        }
    }

    record RecusalRequest(@NotNull MemberId memberId, @NotBlank @Size(max = TextLimits.SUMMARY) String reason) {
    }

    record ResolutionRequest(@NotNull LocalDate date,
                             @NotBlank @Size(max = RecordResolution.MAX_AGENDA_ITEM) String agendaItem,
                             @MultiLine @NotBlank @Size(max = TextLimits.TEXT) String motion,
                             @Valid SubjectRequest subject,
                             @NotNull List<@NotNull MemberId> present, Map<@NotNull MemberId, @NotNull Vote> votes,
                             List<@NotNull @Valid RecusalRequest> recusals) {
    }

    @Sends(SetRulesOfProcedure.class)
    @PutMapping("/api/working-groups/{id}/rules")
    ResponseEntity<Map<String, String>> setRules(@PathVariable WorkingGroupId id,
                                                 @Valid @RequestBody RulesRequest request, IfMatch ifMatch) {
        var rules = new RulesOfProcedure(request.validFrom(), request.quorum(), request.majority(),
                request.votingCategories(), request.votingRecordPublic());
        long version = commands.sendAndWait(new SetRulesOfProcedure(id, rules, ifMatch.version()));
        return CommandAnswer.done(version).toResponse();
    }

    @Sends(RecordResolution.class)
    @PostMapping("/api/working-groups/{id}/resolutions")
    ResponseEntity<Map<String, String>> record(@PathVariable WorkingGroupId id,
                                               @Valid @RequestBody ResolutionRequest request, IfMatch ifMatch,
                                               @RequestHeader(name = "Idempotency-Key", required = false) String key,
                                               Principal sender) {
        requireTakenPlace(request);
        return idempotent.run(sender, key, "POST /api/working-groups/" + id + "/resolutions", request, () -> {
            var resolutionId = ResolutionId.random();
            DecisionAnswer.Resolution answer = commands.sendAndWait(resolution(id, resolutionId, request, ifMatch));
            var body = new LinkedHashMap<String, String>();
            body.put("id", resolutionId.value());
            body.put("outcome", answer.outcome().name());
            return CommandAnswer.created("/api/working-groups/" + id + "/resolutions/" + resolutionId,
                    answer.version(), body);
        }).toResponse();
    }

    /**
     * What recording {@code request} would decide, judged by the working group exactly as recording it is, and
     * nothing stored: no event, no idempotency record. Callable by whoever may record the resolution; a rule the
     * resolution breaks is refused with the same problem recording it would give, while an inquorate meeting is an
     * answer ({@code "outcome": "INQUORATE"}), since seeing the quorum before saving is the point.
     */
    @Sends(RecordResolution.class)
    @PostMapping("/api/working-groups/{id}/resolutions/preview")
    ResolutionPreview preview(@PathVariable WorkingGroupId id, @Valid @RequestBody ResolutionRequest request,
                              IfMatch ifMatch) {
        requireTakenPlace(request);
        ResolutionJudgement judgement = commands.sendAndWait(
                new PreviewResolution(resolution(id, ResolutionId.random(), request, ifMatch)));
        return ResolutionPreview.of(judgement);
    }

    private void requireTakenPlace(ResolutionRequest request) {
        if (request.date().isAfter(NetworkTime.today(clock))) {
            throw Rejection.invalid("date", "a resolution records a meeting that took place; " + request.date()
                    + " is in the future").saying("resolution.date-in-future", request.date());
        }
    }

    private RecordResolution resolution(WorkingGroupId id, ResolutionId resolutionId, ResolutionRequest request,
                                        IfMatch ifMatch) {
        var votes = request.votes() == null ? List.<CastVote>of() : request.votes().entrySet().stream()
                .map(vote -> new CastVote(vote.getKey(), vote.getValue())).toList();
        var recusals = request.recusals() == null ? List.<Recusal>of() : request.recusals().stream()
                .map(recusal -> new Recusal(recusal.memberId(), recusal.reason())).toList();
        var subject = request.subject() == null ? null : sponsors.complete(request.subject().toSubject());
        return new RecordResolution(id, resolutionId, request.date(), request.agendaItem(), request.motion(),
                subject, request.present(), votes, recusals, ifMatch.version());
    }
}
