package de.regionet.command.workinggroup;

import de.regionet.kernel.workinggroup.WorkingGroupId;

/** The deadline of a written procedure: when it passes, the procedure is decided with the votes cast by then. */
public record CirculationDeadline(WorkingGroupId workingGroupId, int circulation) {

    /** One deadline name per procedure, so deciding one early cancels its deadline and no other. */
    static String name(int circulation) {
        return "circulation-" + circulation;
    }
}
