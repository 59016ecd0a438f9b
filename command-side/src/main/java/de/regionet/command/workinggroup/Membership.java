package de.regionet.command.workinggroup;

import de.regionet.kernel.workinggroup.StakeholderCategory;

import java.time.LocalDate;

/**
 * One organisation's seat in a working group, from the day of admission to the day of withdrawal, both included:
 * a member that withdraws on the day of a meeting still sat in it.
 */
record Membership(String organisation, StakeholderCategory category, LocalDate admittedOn, LocalDate withdrawnOn) {

    boolean active() {
        return withdrawnOn == null;
    }

    boolean heldOn(LocalDate day) {
        return !day.isBefore(admittedOn) && (withdrawnOn == null || !day.isAfter(withdrawnOn));
    }

    Membership withdrawn(LocalDate day) {
        return new Membership(organisation, category, admittedOn, day);
    }
}
