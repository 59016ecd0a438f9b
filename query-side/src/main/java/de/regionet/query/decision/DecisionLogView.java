package de.regionet.query.decision;

import de.regionet.kernel.workinggroup.Outcome;
import de.regionet.kernel.workinggroup.Procedure;
import de.regionet.kernel.workinggroup.RulesOfProcedure.Majority;
import de.regionet.kernel.workinggroup.RulesOfProcedure.Quorum;
import de.regionet.kernel.workinggroup.StakeholderCategory;
import de.regionet.kernel.workinggroup.Subject;
import de.regionet.kernel.workinggroup.Vote;
import de.regionet.query.projection.VersionedCollection;
import org.bson.codecs.pojo.annotations.BsonId;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A working group's decision log: its rules of procedure, its resolutions with who could vote, who voted how and
 * who was recused, and its written procedures. One document per working group, so a log is read by {@code _id}.
 * Members are named with their organisation as admitted, so the log reads without a second lookup.
 */
public record DecisionLogView(@BsonId String id, String regionKey, List<MemberRef> members, List<Rules> rules,
                              List<Resolution> resolutions, List<Circulation> circulations, long version)
        implements VersionedCollection.Versioned {

    public record MemberRef(String id, String organisation, StakeholderCategory category) {
    }

    public record Rules(LocalDate validFrom, Quorum quorum, Majority majority,
                        List<StakeholderCategory> votingCategories) {
    }

    /** What a resolution is about, with the path where it can be read ({@code null} where RegioNet has none). */
    public record SubjectRef(Subject.Type type, String id, List<String> sponsors, String href) {
    }

    public record CastVote(MemberRef member, Vote vote) {
    }

    public record Recusal(MemberRef member, String reason) {
    }

    public record Tally(int yes, int no, int abstain) {
    }

    /** What was adopted on the strength of a resolution, e.g. priorities for action, and where to read it. */
    public record Consequence(String kind, LocalDate from, LocalDate to, String href) {
    }

    public record Resolution(String id, Procedure procedure, Integer circulation, LocalDate date, String agendaItem,
                             String motion, SubjectRef subject, Rules rules, List<MemberRef> votingMembers,
                             List<MemberRef> present, List<CastVote> votes, List<Recusal> recusals, Tally tally,
                             boolean quorate, Outcome outcome, List<Consequence> consequences) {

        Resolution with(Consequence consequence) {
            var updated = new ArrayList<>(consequences);
            updated.add(consequence);
            return new Resolution(id, procedure, circulation, date, agendaItem, motion, subject, rules, votingMembers,
                    present, votes, recusals, tally, quorate, outcome, List.copyOf(updated));
        }
    }

    /** A written procedure; {@code status} is {@code OPEN} until it is decided, then {@code DECIDED}. */
    public record Circulation(int number, String resolutionId, String motion, SubjectRef subject, LocalDate openedOn,
                              LocalDate deadline, List<MemberRef> votingMembers, List<CastVote> votes,
                              List<Recusal> recusals, String status, Outcome outcome) {

        Circulation with(CastVote vote) {
            return new Circulation(number, resolutionId, motion, subject, openedOn, deadline, votingMembers,
                    append(votes, vote), recusals, status, outcome);
        }

        Circulation with(Recusal recusal) {
            return new Circulation(number, resolutionId, motion, subject, openedOn, deadline, votingMembers, votes,
                    append(recusals, recusal), status, outcome);
        }

        Circulation decided(Outcome decision) {
            return new Circulation(number, resolutionId, motion, subject, openedOn, deadline, votingMembers, votes,
                    recusals, "DECIDED", decision);
        }
    }

    static DecisionLogView of(String id, String regionKey, long version) {
        return new DecisionLogView(id, regionKey, List.of(), List.of(), List.of(), List.of(), version);
    }

    /** The member as the log names it; an id the log never saw admitted is shown without organisation. */
    MemberRef member(String memberId) {
        return members.stream().filter(member -> member.id().equals(memberId)).findFirst()
                .orElse(new MemberRef(memberId, null, null));
    }

    DecisionLogView withVersion(long newVersion) {
        return new DecisionLogView(id, regionKey, members, rules, resolutions, circulations, newVersion);
    }

    DecisionLogView withMember(MemberRef member, long newVersion) {
        return new DecisionLogView(id, regionKey, append(members, member), rules, resolutions, circulations,
                newVersion);
    }

    DecisionLogView withRules(Rules version, long newVersion) {
        var updated = new ArrayList<>(rules.stream().filter(rule -> !rule.validFrom().equals(version.validFrom()))
                .toList());
        updated.add(version);
        updated.sort(Comparator.comparing(Rules::validFrom));
        return new DecisionLogView(id, regionKey, members, List.copyOf(updated), resolutions, circulations,
                newVersion);
    }

    /** Adds a resolution in date order; resolutions of one day keep the order they were recorded in. */
    DecisionLogView withResolution(Resolution resolution, long newVersion) {
        var updated = new ArrayList<>(resolutions);
        updated.add(resolution);
        updated.sort(Comparator.comparing(Resolution::date));
        return new DecisionLogView(id, regionKey, members, rules, List.copyOf(updated), circulations, newVersion);
    }

    DecisionLogView withResolution(String resolutionId, UnaryOperator<Resolution> change, long newVersion) {
        var updated = resolutions.stream()
                .map(resolution -> resolution.id().equals(resolutionId) ? change.apply(resolution) : resolution)
                .toList();
        return new DecisionLogView(id, regionKey, members, rules, updated, circulations, newVersion);
    }

    DecisionLogView withCirculation(Circulation circulation, long newVersion) {
        return new DecisionLogView(id, regionKey, members, rules, resolutions, append(circulations, circulation),
                newVersion);
    }

    DecisionLogView withCirculation(int number, UnaryOperator<Circulation> change, long newVersion) {
        var updated = circulations.stream()
                .map(circulation -> circulation.number() == number ? change.apply(circulation) : circulation)
                .toList();
        return new DecisionLogView(id, regionKey, members, rules, resolutions, updated, newVersion);
    }

    private static <T> List<T> append(List<T> list, T element) {
        var updated = new ArrayList<>(list);
        updated.add(element);
        return List.copyOf(updated);
    }
}
