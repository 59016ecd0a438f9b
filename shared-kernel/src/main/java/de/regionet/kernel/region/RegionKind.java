package de.regionet.kernel.region;

/** What kind of local authority a region is. */
public enum RegionKind { DISTRICT, INDEPENDENT_CITY }
