package de.regionet.kernel.planning;

/**
 * What a planning document is: a regional action plan (Handlungsplan, NRW 2011) or a regional implementation concept
 * (Umsetzungskonzept, NRW 2016–2020), which develops an action plan further.
 */
public enum PlanningDocumentKind {
    ACTION_PLAN,
    IMPLEMENTATION_CONCEPT
}
