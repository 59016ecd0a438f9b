package de.regionet.kernel;

/**
 * How long the texts of the published language may be, by kind. The value objects and commands guard them
 * ({@link Require#text}); the HTTP edge refuses a longer field before anything else happens, naming it
 * ({@code @Size(max = TextLimits.NAME)}). Both read the number from here, so they cannot drift apart. A limit that
 * belongs to one field only is a constant of its value object (e.g. {@code NewsContent.MAX_TAG}).
 */
public final class TextLimits {

    /** A name or a title: of a person, an organisation, a region, a document, a call, a funding area. */
    public static final int NAME = 200;

    /** A short paragraph: a teaser, the summary of an amendment, a reason, a criterion, a web address. */
    public static final int SUMMARY = 500;

    /** A longer text: a motion, the summary of a proposal, the measures of a review. */
    public static final int TEXT = 4000;

    /** A whole document: a news article's body, a report, a network event's description. */
    public static final int DOCUMENT = 20_000;

    private TextLimits() {
    }
}
