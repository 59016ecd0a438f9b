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
    AUDITOR
}
