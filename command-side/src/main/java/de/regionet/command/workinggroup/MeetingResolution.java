package de.regionet.command.workinggroup;

import de.regionet.kernel.Rejection;
import de.regionet.kernel.workinggroup.CastVote;
import de.regionet.kernel.workinggroup.DecisionCommand.RecordResolution;
import de.regionet.kernel.workinggroup.DecisionEvent.ResolutionRecorded;
import de.regionet.kernel.workinggroup.MemberId;
import de.regionet.kernel.workinggroup.Procedure;
import de.regionet.kernel.workinggroup.ResolutionEffect;
import de.regionet.kernel.workinggroup.Vote;
import de.regionet.kernel.workinggroup.WorkingGroupId;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Judges a resolution from a meeting by the membership and the rules of procedure of its date: who was present
 * must have been a member; only present members with a vote vote, each once; a recused member does not vote and
 * does not count towards the quorum; a member whose organisation sponsors the subject must be recused; the body
 * must be quorate. The outcome follows from the votes and the rules.
 */
final class MeetingResolution {

    private MeetingResolution() {
    }

    /** Judges the resolution; a rule it breaks is refused, an inquorate body is a verdict (not yet a refusal). */
    static ResolutionJudgement assess(RecordResolution command, Electorate electorate) {
        var present = checkPresent(command, electorate);
        var recused = checkRecusals(command, present);
        checkVotes(command, electorate, present, recused);
        checkSponsorsRecused(command, electorate, present, recused);
        var takingPart = (int) present.stream()
                .filter(member -> electorate.hasVote(member) && !recused.contains(member)).count();
        var votingMembers = electorate.votingMembers();
        var rules = electorate.rules();
        int yes = count(command, Vote.YES);
        int no = count(command, Vote.NO);
        var outcome = rules.quorum().isMet(takingPart, votingMembers.size())
                ? ResolutionJudgement.Verdict.of(rules.majority().outcome(yes, no))
                : ResolutionJudgement.Verdict.INQUORATE;
        return new ResolutionJudgement(command.date(), rules, votingMembers, takingPart,
                rules.quorum().needed(votingMembers.size()), yes, no, count(command, Vote.ABSTAIN),
                command.recusals(), outcome);
    }

    /** The resolution as the working group records it; an inquorate body is refused. */
    static ResolutionRecorded judge(WorkingGroupId workingGroup, RecordResolution command, Electorate electorate,
                                    ResolutionEffect effect) {
        var judgement = assess(command, electorate);
        if (!judgement.quorate()) {
            throw Rejection.invalid("present", "the working group was not quorate on " + command.date() + ": "
                    + judgement.takingPart() + " of its " + judgement.votingMembers().size() + " members with a "
                    + "vote took part (present and not recused), " + judgement.quorumNeeded() + " are needed")
                    .saying("resolution.inquorate", command.date(), judgement.takingPart(),
                            judgement.votingMembers().size(), judgement.quorumNeeded());
        }
        return new ResolutionRecorded(workingGroup, command.resolutionId(), Procedure.MEETING, null, command.date(),
                command.agendaItem(), command.motion(), command.subject(), judgement.rules(),
                judgement.votingMembers(), command.present(), command.votes(), command.recusals(), true,
                judgement.recordedOutcome(), effect);
    }

    private static Set<MemberId> checkPresent(RecordResolution command, Electorate electorate) {
        var present = new HashSet<MemberId>();
        for (var member : command.present()) {
            if (!electorate.isMember(member)) {
                throw Rejection.invalid("present", member + " was not a member of this working group on "
                        + command.date()).saying("resolution.present.not-a-member", member, command.date());
            }
            if (!present.add(member)) {
                throw Rejection.invalid("present", member + " is listed as present twice")
                        .saying("resolution.present.twice", member);
            }
        }
        return present;
    }

    private static Set<MemberId> checkRecusals(RecordResolution command, Set<MemberId> present) {
        var recused = new HashSet<MemberId>();
        for (var recusal : command.recusals()) {
            if (!present.contains(recusal.memberId())) {
                throw Rejection.invalid("recusals", recusal.memberId()
                        + " is recused but not listed as present; only a present member can be recused")
                        .saying("resolution.recusal.not-present", recusal.memberId());
            }
            if (!recused.add(recusal.memberId())) {
                throw Rejection.invalid("recusals", recusal.memberId() + " is recused twice")
                        .saying("resolution.recusal.twice", recusal.memberId());
            }
        }
        return recused;
    }

    private static void checkVotes(RecordResolution command, Electorate electorate, Set<MemberId> present,
                                   Set<MemberId> recused) {
        var voted = new HashSet<MemberId>();
        for (var vote : command.votes()) {
            var voter = vote.memberId();
            if (!electorate.isMember(voter)) {
                throw Rejection.invalid("votes", voter + " voted but was not a member of this working group on "
                        + command.date()).saying("resolution.vote.not-a-member", voter, command.date());
            }
            if (!voted.add(voter)) {
                throw Rejection.invalid("votes", voter + " voted twice; every member votes once")
                        .saying("resolution.vote.twice", voter);
            }
            if (recused.contains(voter)) {
                throw Rejection.invalid("votes", voter + " is recused and may not vote")
                        .saying("resolution.vote.recused", voter);
            }
            var member = electorate.member(voter);
            if (!electorate.hasVote(voter)) {
                throw Rejection.invalid("votes", voter + " (" + member.organisation() + ", " + member.category()
                        + ") has no vote under the rules of procedure in force on " + command.date())
                        .saying("resolution.vote.no-vote", voter, member.organisation(), member.category(),
                                command.date());
            }
            if (!present.contains(voter)) {
                throw Rejection.invalid("votes", voter + " voted but is not listed as present")
                        .saying("resolution.vote.not-present", voter);
            }
        }
    }

    private static void checkSponsorsRecused(RecordResolution command, Electorate electorate, Set<MemberId> present,
                                             Set<MemberId> recused) {
        var subject = command.subject();
        if (subject == null) {
            return;
        }
        var conflicted = present.stream()
                .filter(member -> subject.sponsoredBy(electorate.member(member).organisation()))
                .filter(member -> !recused.contains(member))
                .map(member -> member + " (" + electorate.member(member).organisation() + ")")
                .sorted().collect(Collectors.joining(", "));
        if (!conflicted.isEmpty()) {
            throw Rejection.invalid("recusals", conflicted + " must be recused: the organisation sponsors the "
                    + subject.type() + " " + subject.id() + " being decided")
                    .saying("resolution.recusal.sponsor", conflicted, subject.type(), subject.id());
        }
    }

    private static int count(RecordResolution command, Vote choice) {
        return (int) command.votes().stream().map(CastVote::vote).filter(choice::equals).count();
    }
}
