package de.regionet.kernel;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Keys of the metadata every stored event carries next to its payload, and the one reader of them. The region key
 * lets feeds, exports and authorisation place an event without knowing its payload type; the principal,
 * correlation and causation ids let the audit history say who did what, in which request, because of which
 * message. Whoever reads metadata reads it here, so a key that changes how it is written changes one reader.
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

    /**
     * Who sent the command: a user's pseudonymous subject ({@code u-…}) or a system principal, never a user name
     * ({@code access.Principals}, ADR 0022). Events stored before issue 21 carry the user name; an upcaster names them
     * by the pseudonym when they are read.
     */
    public static final String PRINCIPAL = "principal";

    /** The principal's roles when it sent the command, as a list of role names. */
    public static final String PRINCIPAL_ROLES = "principalRoles";

    /** The region keys the principal coordinates; on commands only, for the region-scope check. */
    public static final String PRINCIPAL_REGIONS = "principalRegions";

    /**
     * The roles the principal holds per network (network id, its key prefixes, role, region keys), a grant without
     * a network holding in every network; on commands only, for the network and region-scope checks.
     */
    public static final String PRINCIPAL_GRANTS = "principalGrants";

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

    /** On events recorded by a history import ({@code docs/import.md}): the import's id. */
    public static final String IMPORT_ID = "importId";

    /** On events recorded by a history import: the external id of the file's line that caused them. */
    public static final String IMPORT_LINE = "importLine";

    /** On events recorded by a history import: the office the line was sent as, e.g. {@code coordination:15089}. */
    public static final String IMPORT_OFFICE = "importOffice";

    /** On events recorded by a history import: the day the line names as the day its fact took effect. */
    public static final String EFFECTIVE_ON = "effectiveOn";

    /**
     * {@code true} on an event whose fact took effect on a day before the day it was recorded (its valid day, see
     * {@code ValidTime}, lies before the day of its timestamp): recorded late, by the event's {@link #PRINCIPAL}.
     * Absent on every other event, and on events stored before it was marked.
     */
    public static final String RECORDED_LATE = "recordedLate";

    /**
     * On the audit log's entries: the networks the acting principal held a role in when it acted (ids, as a list).
     * An empty list: its roles held in every network only (the operator, the installation's own principals), so the
     * entry is the installation's. Absent on entries recorded before it was added: those belong to Saxony-Anhalt's
     * network, like everything recorded before networks ({@code docs/audit.md}, "Networks").
     */
    public static final String PRINCIPAL_NETWORKS = "principalNetworks";

    /**
     * The event's global position in the event store. Not stored with the event: the store adds it to events it
     * reads in position order, so a reader knows each event's own position even when a late event arrives after
     * a later one.
     */
    public static final String GLOBAL_POSITION = "globalPosition";

    private EventMetaData() {
    }

    /**
     * The regions an event concerns: its one region ({@link #REGION_KEY}) first, then every one it lists
     * ({@link #REGION_KEYS}), each once; empty for an event that concerns no region in particular.
     */
    public static Set<String> regionsOf(Map<String, ?> metaData) {
        var regions = new LinkedHashSet<String>();
        if (metaData.get(REGION_KEY) instanceof String key) {
            regions.add(key);
        }
        if (metaData.get(REGION_KEYS) instanceof Collection<?> keys) {
            keys.forEach(key -> regions.add(String.valueOf(key)));
        }
        return Collections.unmodifiableSet(regions);
    }

    /** Whether the event is about something the public may see ({@link #AUDIENCE} {@value #PUBLIC}). */
    public static boolean isPublic(Map<String, ?> metaData) {
        return PUBLIC.equals(text(metaData, AUDIENCE));
    }

    /** Whether the event was recorded after the day its fact took effect ({@link #RECORDED_LATE}). */
    public static boolean isRecordedLate(Map<String, ?> metaData) {
        var late = metaData.get(RECORDED_LATE);
        return Boolean.TRUE.equals(late) || "true".equals(late);
    }

    /** The event's global position where the event store added it ({@link #GLOBAL_POSITION}), else {@code null}. */
    public static Long globalPositionOf(Map<String, ?> metaData) {
        return metaData.get(GLOBAL_POSITION) instanceof Number number ? number.longValue() : null;
    }

    /** The text under a key, such as {@link #PRINCIPAL}; {@code null} where there is none or it is no text. */
    public static String text(Map<String, ?> metaData, String key) {
        return metaData.get(key) instanceof String value ? value : null;
    }

    /** The texts listed under a key, such as {@link #REGION_KEYS}; {@code null} where there is no list. */
    public static List<String> texts(Map<String, ?> metaData, String key) {
        return metaData.get(key) instanceof Collection<?> values
                ? values.stream().map(String::valueOf).toList() : null;
    }
}
