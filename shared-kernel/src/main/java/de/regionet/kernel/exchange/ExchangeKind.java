package de.regionet.kernel.exchange;

/**
 * What the nation-wide exchange between networks (Austausch) lists: what a network shares beyond its own regions,
 * a facet of the catalogue ({@code kind=result|practice}).
 */
public enum ExchangeKind {
    /** A project result ({@code ResultRecorded}, widened later by {@code ResultShared}). */
    RESULT,
    /** An example of good practice ({@code PracticeDescribed}). */
    PRACTICE;

    /** The name a query or a link uses: {@code result}, {@code practice}. */
    public String parameter() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
