package de.regionet.command.workinggroup;

import de.regionet.kernel.workinggroup.MemberId;
import de.regionet.kernel.workinggroup.Recusal;
import de.regionet.kernel.workinggroup.RulesOfProcedure;
import de.regionet.kernel.workinggroup.Subject;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A working group's members on one day and, under the rules of procedure in force that day, which of them have a
 * vote: those whose stakeholder category is among the rules' voting categories.
 */
record Electorate(LocalDate day, RulesOfProcedure rules, Map<MemberId, Membership> members) {

    static Electorate on(LocalDate day, RulesOfProcedure rules, Map<MemberId, Membership> everyMember) {
        return new Electorate(day, rules, everyMember.entrySet().stream()
                .filter(member -> member.getValue().heldOn(day))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
    }

    boolean isMember(MemberId member) {
        return members.containsKey(member);
    }

    boolean hasVote(MemberId member) {
        return isMember(member) && rules.votes(members.get(member).category());
    }

    Membership member(MemberId member) {
        return members.get(member);
    }

    /** The members with a vote, in a stable order. */
    List<MemberId> votingMembers() {
        return members.keySet().stream().filter(this::hasVote).sorted(Comparator.comparing(MemberId::value)).toList();
    }

    /** The members with a vote whose organisation sponsors {@code subject}: they have a conflict of interest. */
    List<Recusal> sponsorRecusals(Subject subject) {
        if (subject == null) {
            return List.of();
        }
        return votingMembers().stream()
                .filter(member -> subject.sponsoredBy(members.get(member).organisation()))
                .map(member -> new Recusal(member, members.get(member).organisation() + " sponsors the "
                        + subject.type() + " " + subject.id()))
                .toList();
    }
}
