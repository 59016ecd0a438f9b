package de.regionet.command.workinggroup;

import de.regionet.kernel.workinggroup.CastVote;
import de.regionet.kernel.workinggroup.DecisionEvent.CirculationOpened;
import de.regionet.kernel.workinggroup.DecisionEvent.ResolutionRecorded;
import de.regionet.kernel.workinggroup.MemberId;
import de.regionet.kernel.workinggroup.Outcome;
import de.regionet.kernel.workinggroup.Procedure;
import de.regionet.kernel.workinggroup.ResolutionEffect;
import de.regionet.kernel.workinggroup.Recusal;
import de.regionet.kernel.workinggroup.ResolutionId;
import de.regionet.kernel.workinggroup.RulesOfProcedure;
import de.regionet.kernel.workinggroup.Subject;
import de.regionet.kernel.workinggroup.Vote;
import de.regionet.kernel.workinggroup.WorkingGroupId;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * An open written procedure (Umlaufverfahren). Who has a vote and the rules are fixed when it opens: the motion
 * went to those members, so a later admission, withdrawal or change of rules does not change who decides it or
 * how. It is decided when every member with a vote who is not recused has voted, or when the deadline passes.
 */
record Circulation(int number, ResolutionId resolutionId, String motion, Subject subject, LocalDate openedOn,
                   LocalDate deadline, RulesOfProcedure rules, List<MemberId> votingMembers, List<Recusal> recusals,
                   List<CastVote> votes) {

    static Circulation opened(CirculationOpened event) {
        return new Circulation(event.circulation(), event.resolutionId(), event.motion(), event.subject(),
                event.openedOn(), event.deadline(), event.rules(), event.votingMembers(), event.recusals(), List.of());
    }

    boolean hasVote(MemberId member) {
        return votingMembers.contains(member);
    }

    boolean recused(MemberId member) {
        return recusals.stream().anyMatch(recusal -> recusal.memberId().equals(member));
    }

    boolean voted(MemberId member) {
        return votes.stream().anyMatch(vote -> vote.memberId().equals(member));
    }

    /** Every member with a vote has either voted or is recused. */
    boolean complete() {
        return votingMembers.stream().allMatch(member -> voted(member) || recused(member));
    }

    Circulation with(CastVote vote) {
        var updated = new ArrayList<>(votes);
        updated.add(vote);
        return new Circulation(number, resolutionId, motion, subject, openedOn, deadline, rules, votingMembers,
                recusals, List.copyOf(updated));
    }

    Circulation with(Recusal recusal) {
        var updated = new ArrayList<>(recusals);
        updated.add(recusal);
        return new Circulation(number, resolutionId, motion, subject, openedOn, deadline, rules, votingMembers,
                List.copyOf(updated), votes);
    }

    /**
     * The resolution as of {@code date}. Members who voted (abstentions too) took part; without a quorum of them
     * the motion is not adopted.
     */
    ResolutionRecorded decide(WorkingGroupId workingGroup, LocalDate date, ResolutionEffect effect) {
        var quorate = rules.quorum().isMet(votes.size(), votingMembers.size());
        var outcome = rules.majority().outcome(count(Vote.YES), count(Vote.NO));
        return new ResolutionRecorded(workingGroup, resolutionId, Procedure.WRITTEN, number, date, null, motion,
                subject, rules, votingMembers, votes.stream().map(CastVote::memberId).toList(), votes, recusals,
                quorate, quorate ? outcome : Outcome.REJECTED, effect);
    }

    private int count(Vote choice) {
        return (int) votes.stream().filter(vote -> vote.vote() == choice).count();
    }
}
