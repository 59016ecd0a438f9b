package de.regionet.infra.console.coordination;

import de.regionet.kernel.Rejection;
import de.regionet.kernel.workinggroup.CastVote;
import de.regionet.kernel.workinggroup.DecisionCommand.RecordResolution;
import de.regionet.kernel.workinggroup.MemberId;
import de.regionet.kernel.workinggroup.Recusal;
import de.regionet.kernel.workinggroup.StakeholderCategory;
import de.regionet.kernel.workinggroup.Vote;
import de.regionet.query.workinggroup.WorkingGroupProjection;
import de.regionet.query.workinggroup.WorkingGroupView;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Judges a resolution from the read models (the membership and the rules of its date), with the kernel's quorum
 * and majority rules, until the API's own preview judges it in the working group itself.
 */
@Component
class ReadModelJudge implements ResolutionJudge {

    private final WorkingGroupProjection groups;
    private final RulesInForce rulesInForce;

    ReadModelJudge(WorkingGroupProjection groups, RulesInForce rulesInForce) {
        this.groups = groups;
        this.rulesInForce = rulesInForce;
    }

    @Override
    public Judgement judge(RecordResolution resolution) {
        var id = resolution.workingGroupId().value();
        var group = groups.groups().find(id).orElseThrow(() -> Rejection.notFound("no working group " + id));
        var rules = rulesInForce.on(id, resolution.date()).orElseThrow(() -> Rejection.invalid("date",
                "no rules of procedure in force on " + resolution.date()));
        var seats = membersOn(group, resolution.date());
        var voting = seats.entrySet().stream().filter(seat -> rules.votingCategories().contains(seat.getValue()))
                .map(Map.Entry::getKey).collect(Collectors.toSet());
        Set<String> present = resolution.present().stream().map(MemberId::value).collect(Collectors.toSet());
        var recused = resolution.recusals().stream().map(Recusal::memberId).map(MemberId::value)
                .collect(Collectors.toSet());
        check(resolution, seats.keySet(), voting, present, recused);
        int takingPart = (int) present.stream().filter(voting::contains).filter(member -> !recused.contains(member))
                .count();
        int yes = count(resolution, Vote.YES);
        int no = count(resolution, Vote.NO);
        var quorate = rules.quorum().isMet(takingPart, voting.size());
        var outcome = quorate ? rules.majority().outcome(yes, no).name() : "INQUORATE";
        return new Judgement(quorate, voting.size(), takingPart, rules.quorum().needed(voting.size()), yes, no,
                count(resolution, Vote.ABSTAIN), recused.size(), outcome);
    }

    private static Map<String, StakeholderCategory> membersOn(WorkingGroupView group, LocalDate day) {
        var seats = new HashMap<String, StakeholderCategory>();
        Stream.concat(group.members().stream().map(member -> Map.entry(member, LocalDate.MAX)),
                        group.withdrawn().stream().map(former -> Map.entry(former.member(), former.withdrawnOn())))
                .filter(seat -> !seat.getKey().admittedOn().isAfter(day) && !seat.getValue().isBefore(day))
                .forEach(seat -> seats.put(seat.getKey().id(), seat.getKey().category()));
        return seats;
    }

    private static void check(RecordResolution resolution, Set<String> members, Set<String> voting,
                              Set<String> present, Set<String> recused) {
        present.stream().filter(member -> !members.contains(member)).findFirst().ifPresent(member -> {
            throw Rejection.invalid("present", member + " was not a member on " + resolution.date());
        });
        recused.stream().filter(member -> !present.contains(member)).findFirst().ifPresent(member -> {
            throw Rejection.invalid("recusals", member + " is recused but not listed as present");
        });
        for (var vote : resolution.votes()) {
            var voter = vote.memberId().value();
            if (recused.contains(voter)) {
                throw Rejection.invalid("votes", voter + " is recused and may not vote");
            }
            if (!voting.contains(voter)) {
                throw Rejection.invalid("votes", voter + " has no vote on " + resolution.date());
            }
            if (!present.contains(voter)) {
                throw Rejection.invalid("votes", voter + " voted but is not listed as present");
            }
        }
    }

    private static int count(RecordResolution resolution, Vote choice) {
        return (int) resolution.votes().stream().map(CastVote::vote).filter(choice::equals).count();
    }
}
