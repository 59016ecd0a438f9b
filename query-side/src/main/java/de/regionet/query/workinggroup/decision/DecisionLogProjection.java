package de.regionet.query.workinggroup.decision;

import com.mongodb.client.MongoDatabase;
import de.regionet.kernel.workinggroup.DecisionEvent.CirculationOpened;
import de.regionet.kernel.workinggroup.DecisionEvent.CirculationRecusalDeclared;
import de.regionet.kernel.workinggroup.DecisionEvent.CirculationVoteCast;
import de.regionet.kernel.workinggroup.DecisionEvent.PrioritiesAdopted;
import de.regionet.kernel.workinggroup.DecisionEvent.ResolutionRecorded;
import de.regionet.kernel.workinggroup.DecisionEvent.RulesOfProcedureSet;
import de.regionet.kernel.workinggroup.MemberId;
import de.regionet.kernel.workinggroup.Procedure;
import de.regionet.kernel.workinggroup.RulesOfProcedure;
import de.regionet.kernel.workinggroup.Subject;
import de.regionet.kernel.workinggroup.Vote;
import de.regionet.kernel.workinggroup.WorkingGroupEvent;
import de.regionet.kernel.workinggroup.WorkingGroupEvent.MemberAdmitted;
import de.regionet.kernel.workinggroup.WorkingGroupEvent.MemberWithdrawn;
import de.regionet.kernel.workinggroup.WorkingGroupEvent.WorkingGroupEstablished;
import de.regionet.query.workinggroup.decision.DecisionLogView.AffectedBy;
import de.regionet.query.workinggroup.decision.DecisionLogView.CastVote;
import de.regionet.query.workinggroup.decision.DecisionLogView.Circulation;
import de.regionet.query.workinggroup.decision.DecisionLogView.Consequence;
import de.regionet.query.workinggroup.decision.DecisionLogView.MemberRef;
import de.regionet.query.workinggroup.decision.DecisionLogView.Recusal;
import de.regionet.query.workinggroup.decision.DecisionLogView.Resolution;
import de.regionet.query.workinggroup.decision.DecisionLogView.Rules;
import de.regionet.query.workinggroup.decision.DecisionLogView.SubjectRef;
import de.regionet.query.workinggroup.decision.DecisionLogView.Tally;
import de.regionet.query.readmodel.VersionedCollection;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;

/** Projects working-group streams into the {@code decision_log} read collection, one document per working group. */
@Component
@ProcessingGroup(DecisionLogProjection.NAME)
public class DecisionLogProjection {

    public static final String NAME = "decision_log";

    private final VersionedCollection<DecisionLogView> logs;

    DecisionLogProjection(MongoDatabase database, MeterRegistry meters) {
        this.logs = VersionedCollection.withRecordHistory(database, NAME, DecisionLogView.class, meters);
    }

    @EventHandler
    void on(WorkingGroupEstablished event, @SequenceNumber long version) {
        var id = event.workingGroupId().value();
        logs.create(id, version, DecisionLogView.of(id, event.regionKey().value(), version));
    }

    @EventHandler
    void on(MemberAdmitted event, @SequenceNumber long version) {
        var member = new MemberRef(event.memberId().value(), event.organisation(), event.category());
        logs.update(event.workingGroupId().value(), version, log -> log.withMember(member, version));
    }

    /** A withdrawal recorded as a correction marks the resolutions it affects; it rewrites none of them. */
    @EventHandler
    void on(MemberWithdrawn event, @SequenceNumber long version, @Timestamp Instant recordedAt) {
        logs.update(event.workingGroupId().value(), version, log -> {
            var correction = new AffectedBy("MEMBER_WITHDRAWN", log.member(event.memberId().value()),
                    event.withdrawnOn(), recordedAt);
            var marked = log.withVersion(version);
            for (var resolution : event.affected()) {
                marked = marked.withResolution(resolution.value(), affected -> affected.affectedBy(correction),
                        version);
            }
            return marked;
        });
    }

    @EventHandler
    void on(RulesOfProcedureSet event, @SequenceNumber long version) {
        logs.update(event.workingGroupId().value(), version, log -> log.withRules(rules(event.rules()), version));
    }

    @EventHandler
    void on(ResolutionRecorded event, @SequenceNumber long version) {
        logs.update(event.workingGroupId().value(), version, log -> {
            var resolution = new Resolution(event.resolutionId().value(), event.procedure(), event.circulation(),
                    event.date(), event.agendaItem(), event.motion(), subject(event.subject()), rules(event.rules()),
                    members(log, event.votingMembers()), members(log, event.present()), votes(log, event.votes()),
                    recusals(log, event.recusals()), tally(event.votes()), null, event.quorate(), event.outcome(),
                    List.of(), List.of(), event.effect());
            var logged = log.withResolution(resolution, version);
            return event.procedure() == Procedure.WRITTEN ? logged.withCirculation(event.circulation(),
                    circulation -> circulation.decided(event.outcome()), version) : logged;
        });
    }

    @EventHandler
    void on(CirculationOpened event, @SequenceNumber long version) {
        logs.update(event.workingGroupId().value(), version, log -> log.withCirculation(new Circulation(
                event.circulation(), event.resolutionId().value(), event.motion(), subject(event.subject()),
                event.openedOn(), event.deadline(), rules(event.rules()), members(log, event.votingMembers()),
                List.of(), recusals(log, event.recusals()), null, "OPEN", null), version));
    }

    @EventHandler
    void on(CirculationVoteCast event, @SequenceNumber long version) {
        logs.update(event.workingGroupId().value(), version, log -> log.withCirculation(event.circulation(),
                circulation -> circulation.with(new CastVote(log.member(event.memberId().value()), event.vote())),
                version));
    }

    @EventHandler
    void on(CirculationRecusalDeclared event, @SequenceNumber long version) {
        logs.update(event.workingGroupId().value(), version, log -> log.withCirculation(event.circulation(),
                circulation -> circulation.with(new Recusal(log.member(event.memberId().value()), event.reason())),
                version));
    }

    @EventHandler
    void on(PrioritiesAdopted event, @SequenceNumber long version) {
        var period = event.period();
        logs.update(event.workingGroupId().value(), version, log -> log.withResolution(
                event.resolutionId().value(), resolution -> resolution.with(new Consequence("PRIORITIES",
                        period.from(), period.to(), "/api/regions/" + log.regionKey() + "/priorities?asOf="
                        + period.from())), version));
    }

    /** Other facts of the working group change nothing here but its version, which the log's ETag reports. */
    @EventHandler
    void on(WorkingGroupEvent event, @SequenceNumber long version) {
        logs.update(event.workingGroupId().value(), version, log -> log.withVersion(version));
    }

    @ResetHandler
    void reset() {
        logs.clear();
    }

    public VersionedCollection<DecisionLogView> logs() {
        return logs;
    }

    private static Rules rules(RulesOfProcedure rules) {
        return new Rules(rules.validFrom(), rules.quorum(), rules.majority(), rules.votingCategories(),
                rules.votingRecordPublic());
    }

    /**
     * Where a subject can be read. Proposals are read within their call, which a resolution about a proposal does
     * not name yet, so they have no link of their own.
     */
    static SubjectRef subject(Subject subject) {
        if (subject == null) {
            return null;
        }
        var href = switch (subject.type()) {
            case CALL -> "/api/calls/" + subject.id();
            case PROJECT -> "/api/projects/" + subject.id();
            case AGREEMENT -> "/api/agreements/" + subject.id();
            case TARGET_AGREEMENT -> "/api/target-agreements/" + subject.id();
            case PROPOSAL -> null;
        };
        return new SubjectRef(subject.type(), subject.id(), subject.sponsors(), href);
    }

    private static List<MemberRef> members(DecisionLogView log, List<MemberId> ids) {
        return ids.stream().map(id -> log.member(id.value())).toList();
    }

    private static List<CastVote> votes(DecisionLogView log,
                                        List<de.regionet.kernel.workinggroup.CastVote> votes) {
        return votes.stream().map(vote -> new CastVote(log.member(vote.memberId().value()), vote.vote())).toList();
    }

    private static List<Recusal> recusals(DecisionLogView log,
                                          List<de.regionet.kernel.workinggroup.Recusal> recusals) {
        return recusals.stream()
                .map(recusal -> new Recusal(log.member(recusal.memberId().value()), recusal.reason())).toList();
    }

    private static Tally tally(List<de.regionet.kernel.workinggroup.CastVote> votes) {
        return new Tally(count(votes, Vote.YES), count(votes, Vote.NO), count(votes, Vote.ABSTAIN));
    }

    private static int count(List<de.regionet.kernel.workinggroup.CastVote> votes, Vote choice) {
        return (int) votes.stream().filter(vote -> vote.vote() == choice).count();
    }
}
