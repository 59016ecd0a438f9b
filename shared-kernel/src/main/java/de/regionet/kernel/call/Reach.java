package de.regionet.kernel.call;

/** Where a call is open: in one region, or in the whole state (then each proposal names its region). */
public enum Reach {
    REGIONAL,
    /** Opened by the network office for every region of the state; no region of its own. */
    STATE_WIDE;

    /** A call opened without saying so is regional, as every call was before calls had a reach. */
    public static Reach orDefault(Reach reach) {
        return reach == null ? REGIONAL : reach;
    }
}
