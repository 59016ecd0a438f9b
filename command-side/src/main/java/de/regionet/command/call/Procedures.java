package de.regionet.command.call;

import de.regionet.command.workinggroup.Decisions;
import de.regionet.kernel.NetworkTime;
import de.regionet.kernel.Rejection;
import de.regionet.kernel.call.CallCommand.OpenCall;
import de.regionet.kernel.call.DecisionProcedure;
import de.regionet.kernel.call.Reach;
import de.regionet.kernel.workinggroup.WorkingGroupId;

import java.time.Instant;
import java.time.LocalDate;

/** What a call's procedure asks of its opening, and the days its advice and decisions are given on. */
final class Procedures {

    private Procedures() {
    }

    /**
     * The working group that decides: a regional selection needs the region's; a call the state decides has the
     * region's if there is one (it may advise through it) and none when state-wide. A state-wide call cannot be
     * selected regionally: no working group speaks for the whole state.
     */
    static WorkingGroupId decidingGroup(OpenCall command, Decisions decisions) {
        if (command.reach() == Reach.STATE_WIDE) {
            if (command.procedure() == DecisionProcedure.REGIONAL_SELECTION) {
                throw Rejection.invalid("procedure", "a state-wide call has no regional working group to select; "
                        + "its procedure is " + DecisionProcedure.REGIONAL_ADVICE_STATE_DECISION);
            }
            return null;
        }
        var group = decisions.workingGroupOf(command.regionKey());
        if (command.procedure() == DecisionProcedure.REGIONAL_SELECTION && group.isEmpty()) {
            throw Rejection.invalid("regionKey", "region " + command.regionKey() + " has no working group to decide "
                    + "a call");
        }
        return group.orElse(null);
    }

    /** The day given ({@code null}: the day of {@code now}), which has come. */
    static LocalDate dayOf(LocalDate given, Instant now, String field) {
        var today = NetworkTime.dayOf(now);
        var day = given != null ? given : today;
        if (day.isAfter(today)) {
            throw Rejection.invalid(field, "a day that has come; " + day + " is in the future");
        }
        return day;
    }
}
