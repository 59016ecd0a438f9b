package de.regionet.kernel.project;

/** Where a project's money comes from. */
public enum Fund {
    /** European Social Fund (up to the 2014–2020 period). */
    ESF,
    /** European Social Fund Plus (2021–2027). */
    ESF_PLUS,
    /** European Regional Development Fund (EFRE). */
    EFRE,
    /** The state's own budget (Landesmittel). */
    LAND,
    OTHER
}
