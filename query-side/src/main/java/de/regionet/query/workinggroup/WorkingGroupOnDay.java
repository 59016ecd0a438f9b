package de.regionet.query.workinggroup;

import de.regionet.query.workinggroup.WorkingGroupView.Coordination;
import de.regionet.query.workinggroup.WorkingGroupView.Member;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * What a working group's read document answers: today, the members and coordination as recorded last; as of a
 * day (valid time), the members that held a seat on it and the coordination in force. A seat runs from the day of
 * admission to the day of withdrawal, both included: a member that withdraws on the day of a meeting still sat in
 * it (the rule the decision log and the command side judge votes by).
 */
final class WorkingGroupOnDay {

    private WorkingGroupOnDay() {
    }

    /** Today's answer, as it always was: the members not withdrawn and the coordination set last. */
    static WorkingGroupView today(WorkingGroupView stored) {
        return stored;
    }

    /** The group as it stood on {@code day}, with the members in the order of their admission. */
    static WorkingGroupView asOf(WorkingGroupView stored, LocalDate day) {
        var current = stored.members().stream().filter(member -> within(member.admittedOn(), null, day));
        var former = stored.withdrawn().stream()
                .filter(seat -> within(seat.member().admittedOn(), seat.withdrawnOn(), day))
                .map(WorkingGroupView.FormerMember::member);
        var members = Stream.concat(current, former)
                .sorted(Comparator.comparing(Member::admittedOn, Comparator.nullsFirst(Comparator.naturalOrder())))
                .toList();
        return stored.showing(members, coordinationOn(stored, day));
    }

    /**
     * The coordination whose period holds {@code day}; where periods overlap, the one set later. A document stored
     * before periods were kept knows only the last coordination, so that one is judged by its own period.
     */
    private static Coordination coordinationOn(WorkingGroupView stored, LocalDate day) {
        List<Coordination> periods = stored.coordinations().isEmpty() && stored.coordination() != null
                ? List.of(stored.coordination()) : stored.coordinations();
        Coordination inForce = null;
        for (var period : periods) {
            if (within(period.from(), period.to(), day)) {
                inForce = period;
            }
        }
        return inForce;
    }

    /** Whether {@code day} lies from {@code first} to {@code last}, both included; a missing end is open. */
    private static boolean within(LocalDate first, LocalDate last, LocalDate day) {
        return (first == null || !day.isBefore(first)) && (last == null || !day.isAfter(last));
    }
}
