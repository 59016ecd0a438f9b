package de.regionet.kernel;

/**
 * Keys of the metadata every stored event carries next to its payload. The region key lets feeds, exports and
 * authorisation place an event without knowing its payload type.
 */
public final class EventMetaData {

    /** The official key of the region an event concerns, where it concerns one. */
    public static final String REGION_KEY = "regionKey";

    private EventMetaData() {
    }
}
