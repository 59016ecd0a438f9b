package de.regionet.kernel.access;

/** What a signed-in principal may do in the network; anonymous readers have no role. */
public enum Role {
    /** The state-wide network office (Regio-Netzwerkstelle): acts for every region. */
    NETWORK_OFFICE,
    /** A regional coordination office (REKO): acts only for the region keys it holds. */
    REGIONAL_COORDINATOR,
    /** A project sponsor (Träger): acts for its organisation. */
    PROJECT_SPONSOR,
    /** Reads everything, changes nothing. */
    AUDITOR,
    /**
     * The state's granting authority (Bewilligungsbehörde): where a programme's procedure is regional advice with a
     * state decision (North Rhine-Westphalia), it records the state's funding decision on what the regions advised.
     */
    GRANTING_AUTHORITY,
    /**
     * Runs the installation across its networks: verification, read-model rebuilds, metrics. Acts in no network's
     * domain.
     */
    OPERATOR
}
