package de.regionet.kernel.region;

/**
 * What kind of territory a region is: a district or independent city, named by its official key, or a labour-market
 * region of several of them (North Rhine-Westphalia), named by an id of its own and listing its member territories.
 */
public enum RegionKind {
    DISTRICT,
    INDEPENDENT_CITY,
    LABOUR_MARKET_REGION;

    /** Whether a region of this kind is made of other territories. */
    public boolean hasMembers() {
        return this == LABOUR_MARKET_REGION;
    }
}
