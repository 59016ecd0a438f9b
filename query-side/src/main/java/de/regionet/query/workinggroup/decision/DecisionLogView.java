package de.regionet.query.workinggroup.decision;

import de.regionet.kernel.access.Actor;
import de.regionet.kernel.workinggroup.Outcome;
import de.regionet.kernel.workinggroup.ResolutionEffect;
import de.regionet.kernel.workinggroup.Procedure;
import de.regionet.kernel.workinggroup.RulesOfProcedure.Majority;
import de.regionet.kernel.workinggroup.RulesOfProcedure.Quorum;
import de.regionet.kernel.workinggroup.StakeholderCategory;
import de.regionet.kernel.workinggroup.Subject;
import de.regionet.kernel.workinggroup.Vote;
import de.regionet.query.readmodel.VersionedCollection;
import org.bson.codecs.pojo.annotations.BsonId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * A working group's decision log: its rules of procedure, its resolutions with who could vote, who voted how and
 * who was recused, and its written procedures. One document per working group, so a log is read by {@code _id}.
 * Members are named with their organisation as admitted, so the log reads without a second lookup. The document
 * holds the whole record; what a reader gets of it is decided by {@link #readBy}.
 */
public record DecisionLogView(@BsonId String id, String regionKey, List<MemberRef> members, List<Rules> rules,
                              List<Resolution> resolutions, List<Circulation> circulations, long version)
        implements VersionedCollection.Versioned {

    public record MemberRef(String id, String organisation, StakeholderCategory category) {
    }

    /** A version of the rules; {@code votingRecordPublic} is {@code false} in documents written before it. */
    public record Rules(LocalDate validFrom, Quorum quorum, Majority majority,
                        List<StakeholderCategory> votingCategories, Boolean votingRecordPublic) {

        public Rules {
            votingRecordPublic = Boolean.TRUE.equals(votingRecordPublic);
        }
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

    /**
     * How many members had a vote, were present (in a written procedure: voted), voted and were recused: what every
     * reader of the log sees, whether or not the per-member record is disclosed to it. Derived from the lists when
     * the log is read, so stored documents leave it {@code null}.
     */
    public record Counts(int votingMembers, int present, int voted, int recused) {
    }

    /** What was adopted on the strength of a resolution, e.g. priorities for action, and where to read it. */
    public record Consequence(String kind, LocalDate from, LocalDate to, String href) {
    }

    /**
     * A fact recorded later as a correction that affects a resolution: {@code what} happened ({@code
     * MEMBER_WITHDRAWN}), to whom, on which day ({@code validOn}) and when the record learnt it ({@code recordedAt}).
     * The resolution itself stays as it was recorded.
     */
    public record AffectedBy(String what, MemberRef member, LocalDate validOn, Instant recordedAt) {
    }

    /**
     * A recorded resolution. For a reader the per-member record is withheld from, {@code present}, {@code votes}
     * and {@code recusals} are {@code null} (withheld, as opposed to empty) and {@code counts} still tells how many.
     * {@code affectedBy} lists corrections recorded later that affect it (empty, or {@code null} in documents
     * written before corrections existed: none). {@code effect} is {@code RECOMMENDATION} for an advisory working
     * group's resolution, else {@code DECISION} (also in documents written before effects existed).
     */
    public record Resolution(String id, Procedure procedure, Integer circulation, LocalDate date, String agendaItem,
                             String motion, SubjectRef subject, Rules rules, List<MemberRef> votingMembers,
                             List<MemberRef> present, List<CastVote> votes, List<Recusal> recusals, Tally tally,
                             Counts counts, boolean quorate, Outcome outcome, List<Consequence> consequences,
                             List<AffectedBy> affectedBy, ResolutionEffect effect) {

        public Resolution {
            effect = ResolutionEffect.orDecision(effect);
        }

        Resolution with(Consequence consequence) {
            var updated = new ArrayList<>(consequences);
            updated.add(consequence);
            return new Resolution(id, procedure, circulation, date, agendaItem, motion, subject, rules, votingMembers,
                    present, votes, recusals, tally, counts, quorate, outcome, List.copyOf(updated), affectedBy,
                    effect);
        }

        Resolution affectedBy(AffectedBy correction) {
            var updated = affectedBy == null ? new ArrayList<AffectedBy>() : new ArrayList<>(affectedBy);
            updated.add(correction);
            return new Resolution(id, procedure, circulation, date, agendaItem, motion, subject, rules, votingMembers,
                    present, votes, recusals, tally, counts, quorate, outcome, consequences, List.copyOf(updated),
                    effect);
        }

        /** Counted from the whole record; call on the stored resolution, before anything is withheld. */
        Counts count() {
            return new Counts(votingMembers.size(), present.size(), votes.size(), recusals.size());
        }

        Resolution disclosing(SubjectRef shownSubject, List<MemberRef> shownPresent, List<CastVote> shownVotes,
                              List<Recusal> shownRecusals) {
            return new Resolution(id, procedure, circulation, date, agendaItem, motion, shownSubject, rules,
                    votingMembers, shownPresent, shownVotes, shownRecusals, tally, count(), quorate, outcome,
                    consequences, affectedBy == null ? List.of() : affectedBy, effect);
        }
    }

    /**
     * A written procedure; {@code status} is {@code OPEN} until it is decided, then {@code DECIDED}. {@code rules}
     * are those of its opening day ({@code null} in documents written before they were kept here). Withheld parts
     * are {@code null}, as in a {@link Resolution}; {@code counts.present} is how many have voted.
     */
    public record Circulation(int number, String resolutionId, String motion, SubjectRef subject, LocalDate openedOn,
                              LocalDate deadline, Rules rules, List<MemberRef> votingMembers, List<CastVote> votes,
                              List<Recusal> recusals, Counts counts, String status, Outcome outcome) {

        Circulation with(CastVote vote) {
            return new Circulation(number, resolutionId, motion, subject, openedOn, deadline, rules, votingMembers,
                    append(votes, vote), recusals, counts, status, outcome);
        }

        Circulation with(Recusal recusal) {
            return new Circulation(number, resolutionId, motion, subject, openedOn, deadline, rules, votingMembers,
                    votes, append(recusals, recusal), counts, status, outcome);
        }

        Circulation decided(Outcome decision) {
            return new Circulation(number, resolutionId, motion, subject, openedOn, deadline, rules, votingMembers,
                    votes, recusals, counts, "DECIDED", decision);
        }

        /** Counted from the whole record; call on the stored procedure, before anything is withheld. */
        Counts count() {
            return new Counts(votingMembers.size(), votes.size(), votes.size(), recusals.size());
        }

        Circulation disclosing(SubjectRef shownSubject, List<CastVote> shownVotes, List<Recusal> shownRecusals) {
            return new Circulation(number, resolutionId, motion, shownSubject, openedOn, deadline, rules,
                    votingMembers, shownVotes, shownRecusals, count(), status, outcome);
        }
    }

    /**
     * The log as {@code reader} may read it (empty: anonymous), see {@link Disclosure}: the whole record for the
     * network office, auditors and the region's coordination, the counts and outcomes for everyone else.
     */
    public DecisionLogView readBy(Optional<Actor> reader) {
        var disclosure = Disclosure.to(reader, regionKey);
        return new DecisionLogView(id, regionKey, members, rules,
                resolutions.stream().map(disclosure::of).toList(),
                circulations.stream().map(disclosure::of).toList(), version);
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
