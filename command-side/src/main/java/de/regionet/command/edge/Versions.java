package de.regionet.command.edge;

/** Aggregate versions as HTTP entity tags: version 3 travels as {@code ETag: "3"}; {@link IfMatch} reads them back. */
public final class Versions {

    private Versions() {
    }

    public static String etag(long version) {
        return "\"" + version + "\"";
    }
}
