package de.regionet.kernel.project;

/**
 * Who a project result (or a good-practice example) is shared with, from the narrowest to the widest: the order of
 * the constants is the order of reach, so sharing a result later may only move it down this list.
 */
public enum Audience {
    /** The project's region only: its coordination and working group, the sponsor, the network office. */
    REGION,
    /**
     * Every region of the result's network: everyone signed in who holds a role in the network of the project's
     * region. Stored before several networks, it meant everyone signed in; one network was all there was, so it
     * keeps its meaning: the network it was shared with.
     */
    NETWORK,
    /** Every network of the installation: everyone signed in, whichever network they hold their roles in. */
    NATION_WIDE,
    /** Everyone, signed in or not. */
    PUBLIC;

    /** Whether this audience reaches further than {@code other}. */
    public boolean widerThan(Audience other) {
        return compareTo(other) > 0;
    }
}
