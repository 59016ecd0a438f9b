package de.regionet.kernel.project;

/** Who a project result is shared with. */
public enum Audience {
    /** The project's region only: its coordination and working group, the sponsor, the network office. */
    REGION,
    /** Every region of the network: everyone signed in. */
    NETWORK,
    /** Everyone, signed in or not. */
    PUBLIC
}
