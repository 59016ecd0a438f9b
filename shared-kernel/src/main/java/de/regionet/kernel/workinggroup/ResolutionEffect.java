package de.regionet.kernel.workinggroup;

/**
 * Whether a resolution decides ({@code DECISION}: later steps such as a call's selection may rest on it) or only
 * recommends ({@code RECOMMENDATION}: advice passed on to whoever decides, binding nothing in RegioNet). Follows
 * from the {@link WorkingGroupKind} of the group that resolved it, never sent by a client.
 */
public enum ResolutionEffect {
    DECISION, RECOMMENDATION;

    /** Resolutions recorded before effects existed were all decisions. */
    public static ResolutionEffect orDecision(ResolutionEffect effect) {
        return effect == null ? DECISION : effect;
    }
}
