package de.regionet.kernel.cooperation;

/**
 * The kinds of local cooperation bodies Hesse's state-wide agreements set up: a joint Arbeitsmarktbüro for refugees
 * (Jobcenter, Agentur für Arbeit and the district's immigration and social offices under one roof), a
 * Jugendberufsagentur (the same partners for young people), or another kind the network names itself
 * ({@code OTHER}, with its own kind name, e.g. "gemeinsame Ausbildungsplanung").
 */
public enum CooperationBodyKind { ARBEITSMARKTBUERO, JUGENDBERUFSAGENTUR, OTHER }
