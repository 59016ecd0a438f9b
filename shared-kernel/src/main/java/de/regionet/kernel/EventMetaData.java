package de.regionet.kernel;

/**
 * Keys of the metadata every stored event carries next to its payload. The region key lets feeds, exports and
 * authorisation place an event without knowing its payload type; the principal, correlation and causation ids
 * let the audit history say who did what, in which request, because of which message.
 */
public final class EventMetaData {

    /** The official key of the region an event concerns, where it concerns one. */
    public static final String REGION_KEY = "regionKey";

    /**
     * The official keys of every region an event concerns, as a list, for events that concern several (a
     * state-wide agreement concerns the region of each of its parties).
     */
    public static final String REGION_KEYS = "regionKeys";

    /**
     * {@code PUBLIC} on an event about something the public may see (a published news article or network event), so
     * public feeds can carry it without knowing its payload type or its aggregate's state; absent otherwise.
     */
    public static final String AUDIENCE = "audience";

    /** The value of {@link #AUDIENCE} on events the public may see. */
    public static final String PUBLIC = "PUBLIC";

    /** The subject (user name or token subject) of the principal who sent the command. */
    public static final String PRINCIPAL = "principal";

    /** The principal's roles when it sent the command, as a list of role names. */
    public static final String PRINCIPAL_ROLES = "principalRoles";

    /** The region keys the principal coordinates; on commands only, for the region-scope check. */
    public static final String PRINCIPAL_REGIONS = "principalRegions";

    /** The organisation the principal acts for, where it has one; on commands only. */
    public static final String PRINCIPAL_ORGANISATION = "principalOrganisation";

    /**
     * The id of the request that started it all: the client's {@code X-Request-Id} header, or one generated for
     * the request and returned in that header. Every message caused by the request carries it.
     */
    public static final String CORRELATION_ID = "correlationId";

    /** The id of the message (usually the command) whose handling produced this one. */
    public static final String CAUSATION_ID = "causationId";

    /** The id of the first message of the chain this one belongs to. */
    public static final String TRACE_ID = "traceId";

    /**
     * The event's global position in the event store. Not stored with the event: the store adds it to events it
     * reads in position order, so a reader knows each event's own position even when a late event arrives after
     * a later one.
     */
    public static final String GLOBAL_POSITION = "globalPosition";

    private EventMetaData() {
    }
}
