package de.regionet.kernel.personal;

/**
 * An event that holds personal data (sealed) beside its facts. Live messages carry ids, states and counts only
 * (ADR 0022), so a live feed sends {@link #withoutPersonalData()} in its place: the same event with the personal
 * parts left out.
 */
public interface WithPersonalData {

    /** This event with every piece of personal data (and every secret's hash) left out. */
    Object withoutPersonalData();
}
