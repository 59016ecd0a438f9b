package de.regionet.kernel.workinggroup;

/**
 * What a working group's resolutions do. Saxony-Anhalt's regional working group (RAK) decides: its resolutions
 * select projects. North Rhine-Westphalia's Regionaler Facharbeitskreis advises: it qualifies project ideas and
 * passes its resolution on to the state's decision, so a resolution of it is a recommendation and binds nothing.
 */
public enum WorkingGroupKind {
    DECIDING(ResolutionEffect.DECISION),
    ADVISORY(ResolutionEffect.RECOMMENDATION);

    private final ResolutionEffect effect;

    WorkingGroupKind(ResolutionEffect effect) {
        this.effect = effect;
    }

    /** The effect every resolution of a group of this kind has. */
    public ResolutionEffect effect() {
        return effect;
    }

    /** Working groups established before kinds existed were all deciding ones. */
    public static WorkingGroupKind orDeciding(WorkingGroupKind kind) {
        return kind == null ? DECIDING : kind;
    }
}
