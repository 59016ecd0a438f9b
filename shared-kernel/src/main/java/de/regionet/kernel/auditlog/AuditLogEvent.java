package de.regionet.kernel.auditlog;

import de.regionet.kernel.personal.SubjectId;

import java.util.List;

/**
 * Facts in a day's audit log. Who did it, and in which request, is in each event's metadata (principal, roles,
 * correlation id), like for every other event; the log is hashed and checkpointed with the rest of the store.
 */
public sealed interface AuditLogEvent {

    AuditLogId logId();

    /** The audit API was read: a resource (its path) with a query string (empty when there was none). */
    record HistoryRead(AuditLogId logId, String resource, String query) implements AuditLogEvent {
    }

    /** A read model was reset to be rebuilt from the first event. */
    record ReadModelReplayStarted(AuditLogId logId, String processor) implements AuditLogEvent {
    }

    /** The events a read model had parked as dead letters were handed to it again. */
    record DeadLettersRetried(AuditLogId logId, String processor) implements AuditLogEvent {
    }

    /**
     * A history file was imported ({@code docs/import.md}): which import, the SHA-256 of the file, how many lines it
     * had and how many were applied, unchanged (known from an earlier import) or refused.
     */
    record HistoryImported(AuditLogId logId, String importId, String fileSha256, long lines, long applied,
                           long unchanged, long refused) implements AuditLogEvent {
    }

    /** An access request was answered: the data subjects it covered and how many records were disclosed. */
    record PersonalDataDisclosed(AuditLogId logId, List<SubjectId> subjects, int records) implements AuditLogEvent {
    }

    /**
     * Data subjects were erased: their keys destroyed, so none of their data can be read again. Which subjects, of
     * which kinds of record ({@code contact-person}, {@code registration}, {@code user}) and how many records.
     */
    record PersonalDataErased(AuditLogId logId, List<SubjectId> subjects, List<String> kinds, int records)
            implements AuditLogEvent {
    }
}
