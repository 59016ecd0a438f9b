package de.regionet.kernel.auditlog;

import de.regionet.kernel.Require;
import de.regionet.kernel.access.SentBy;
import de.regionet.kernel.personal.SubjectId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

import static de.regionet.kernel.access.Role.AUDITOR;
import static de.regionet.kernel.access.Role.NETWORK_OFFICE;
import static de.regionet.kernel.access.Role.OPERATOR;

/**
 * Commands to a day's audit log. They are sent by the application itself on behalf of the signed-in reader, whose
 * principal, roles and request id every recorded event carries in its metadata.
 */
public sealed interface AuditLogCommand {

    AuditLogId logId();

    /** Records that the sender read the audit API: which resource, with which query (the operator reads it too). */
    @SentBy({AUDITOR, NETWORK_OFFICE, OPERATOR})
    record RecordHistoryRead(@TargetAggregateIdentifier AuditLogId logId, String resource, String query)
            implements AuditLogCommand {
        public RecordHistoryRead {
            Require.present(logId, "logId");
            resource = Require.text(resource, "resource", 2000);
            query = query == null ? "" : query;
        }
    }

    /**
     * Records that the sender had a read model rebuilt from the first event: an installation-wide operation, the
     * operator's and the default network's office's (ADR 0023).
     */
    @SentBy({NETWORK_OFFICE, OPERATOR})
    record RecordReadModelReplay(@TargetAggregateIdentifier AuditLogId logId, String processor)
            implements AuditLogCommand {
        public RecordReadModelReplay {
            Require.present(logId, "logId");
            processor = Require.text(processor, "processor", 200);
        }
    }

    /**
     * Records that the sender had the events a read model parked as dead letters handled again: installation-wide,
     * as a rebuild.
     */
    @SentBy({NETWORK_OFFICE, OPERATOR})
    record RecordDeadLetterRetry(@TargetAggregateIdentifier AuditLogId logId, String processor)
            implements AuditLogCommand {
        public RecordDeadLetterRetry {
            Require.present(logId, "logId");
            processor = Require.text(processor, "processor", 200);
        }
    }

    /**
     * Records that the sender imported a history file ({@code docs/import.md}): the import's id, the SHA-256 of the
     * file and what became of its lines.
     */
    @SentBy(NETWORK_OFFICE)
    record RecordHistoryImport(@TargetAggregateIdentifier AuditLogId logId, String importId, String fileSha256,
                               long lines, long applied, long unchanged, long refused) implements AuditLogCommand {
        public RecordHistoryImport {
            Require.present(logId, "logId");
            importId = Require.text(importId, "importId", 200);
            fileSha256 = Require.text(fileSha256, "fileSha256", 64);
        }
    }

    /**
     * Records that the sender answered an access request (GDPR Art. 15, ADR 0022): the data subjects it covered and
     * how many records were disclosed, never the data or the address asked about.
     */
    @SentBy(NETWORK_OFFICE)
    record RecordPersonalDataDisclosure(@TargetAggregateIdentifier AuditLogId logId, List<SubjectId> subjects,
                                        int records) implements AuditLogCommand {
        public RecordPersonalDataDisclosure {
            Require.present(logId, "logId");
            subjects = List.copyOf(subjects);
        }
    }

    /**
     * Records that the sender had data subjects erased (GDPR Art. 17, ADR 0022): their keys destroyed, which
     * subjects, of which kinds of record and how many records, never the erased data or the address asked about.
     */
    @SentBy(NETWORK_OFFICE)
    record RecordPersonalDataErasure(@TargetAggregateIdentifier AuditLogId logId, List<SubjectId> subjects,
                                     List<String> kinds, int records) implements AuditLogCommand {
        public RecordPersonalDataErasure {
            Require.present(logId, "logId");
            subjects = List.copyOf(subjects);
            kinds = List.copyOf(kinds);
        }
    }
}
