package de.regionet.infra.audit;

import de.regionet.infra.eventstore.EventDocuments;

/**
 * The NDJSON export, line by line (described for outsiders in {@code docs/audit.md}). Every line has its number
 * {@code line}, and {@code previousLines}: the hash over the text of all lines before it ({@link #chain}), so a
 * line that was changed, removed or added is named by the line after it, and the last by the manifest.
 * <ul>
 * <li>an event: {@code line}, {@code position} and the stored strings the event's hash is computed over
 * ({@code aggregateType}, {@code aggregateId}, {@code sequence}, {@code eventId}, {@code timestamp},
 * {@code payloadType}, {@code payloadRevision}, {@code payload}, {@code metaData}), its stream predecessor's hash
 * {@code previousHash}, its {@code hash} and {@code hashVersion}, the number of the
 * {@link de.regionet.infra.eventstore.HashVersion} it was computed with;</li>
 * <li>a void position (an append that failed or was abandoned): {@code line}, {@code position}, {@code void};</li>
 * <li>a position the store lacks although later events are long committed: {@code line}, {@code position},
 * {@code missing} — the store was damaged there, and the export says so;</li>
 * <li>the last line, the manifest: {@code manifest} (counts, positions, filters, the hash over all lines, the
 * latest checkpoint, the hash versions the events use) and {@code signature}, a JWS over the manifest.</li>
 * </ul>
 * Format 2 added {@code hashVersion} (lines) and {@code hashVersions} (manifest, checkpoint); an export of format 1
 * has neither, and all its events use hash version 1.
 */
final class ExportFormat {

    static final String FORMAT = "regionet-export/2";
    static final String MEDIA_TYPE = "application/x-ndjson";

    static final String LINE = "line";
    static final String PREVIOUS_LINES = "previousLines";
    static final String POSITION = "position";
    static final String AGGREGATE_TYPE = "aggregateType";
    static final String AGGREGATE_ID = "aggregateId";
    static final String SEQUENCE = "sequence";
    static final String EVENT_ID = "eventId";
    static final String TIMESTAMP = "timestamp";
    static final String PAYLOAD_TYPE = "payloadType";
    static final String PAYLOAD_REVISION = "payloadRevision";
    static final String PAYLOAD = "payload";
    static final String META_DATA = "metaData";
    static final String PREVIOUS_HASH = "previousHash";
    static final String HASH = "hash";
    static final String HASH_VERSION = "hashVersion";
    static final String HASH_VERSIONS = "hashVersions";
    static final String VOID = "void";
    static final String MISSING = "missing";
    static final String MANIFEST = "manifest";
    static final String SIGNATURE = "signature";

    private ExportFormat() {
    }

    /** The hash over all lines so far: SHA-256 of the previous value, a line feed and the line's text. */
    static String chain(String previous, String line) {
        return EventDocuments.sha256(previous + "\n" + line);
    }
}
