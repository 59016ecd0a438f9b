package de.regionet.kernel.contact;

/**
 * Whose contact a contact person is: a region's coordination office (REKO), the network office, or a working
 * group's chair or one of its deputies. The kind decides where the person belongs (a region, no region, a working
 * group) and who may record them.
 */
public enum ContactKind {
    /** The contact of a region's coordination office; belongs to the region. */
    COORDINATION_OFFICE,
    /** A contact of the state-wide network office; belongs to no region. */
    NETWORK_OFFICE,
    /** The chair of a working group; belongs to the working group and its region. */
    WORKING_GROUP_CHAIR,
    /** A deputy chair of a working group; belongs to the working group and its region. */
    WORKING_GROUP_DEPUTY;

    public boolean ofWorkingGroup() {
        return this == WORKING_GROUP_CHAIR || this == WORKING_GROUP_DEPUTY;
    }
}
