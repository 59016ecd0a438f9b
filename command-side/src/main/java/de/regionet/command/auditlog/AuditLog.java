package de.regionet.command.auditlog;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import de.regionet.command.access.NetworkScope;
import de.regionet.kernel.EventMetaData;
import de.regionet.kernel.access.Actor;
import de.regionet.kernel.auditlog.AuditLogCommand.RecordDeadLetterRetry;
import de.regionet.kernel.auditlog.AuditLogCommand.RecordHistoryImport;
import de.regionet.kernel.auditlog.AuditLogCommand.RecordHistoryRead;
import de.regionet.kernel.auditlog.AuditLogCommand.RecordPersonalDataDisclosure;
import de.regionet.kernel.auditlog.AuditLogCommand.RecordPersonalDataErasure;
import de.regionet.kernel.auditlog.AuditLogCommand.RecordReadModelReplay;
import de.regionet.kernel.auditlog.AuditLogEvent.DeadLettersRetried;
import de.regionet.kernel.auditlog.AuditLogEvent.HistoryImported;
import de.regionet.kernel.auditlog.AuditLogEvent.HistoryRead;
import de.regionet.kernel.auditlog.AuditLogEvent.PersonalDataDisclosed;
import de.regionet.kernel.auditlog.AuditLogEvent.PersonalDataErased;
import de.regionet.kernel.auditlog.AuditLogEvent.ReadModelReplayStarted;
import de.regionet.kernel.auditlog.AuditLogId;
import de.regionet.kernel.network.NetworkId;
import de.regionet.kernel.network.Networks;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One day's audit log: who read the decision history, who had read models rebuilt or dead letters retried, who
 * imported a history file, and who answered an access request or had personal data erased. An event stream like any
 * other, so it is hashed, chained, checkpointed and exported with the rest: a read cannot be erased unnoticed.
 */
@Aggregate(snapshotTriggerDefinition = "snapshotTrigger")
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
public class AuditLog {

    @AggregateIdentifier
    private AuditLogId id;
    private long reads;
    private long replays;
    private long retries;
    private long imports;
    private long disclosures;
    private long erasures;

    protected AuditLog() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RecordHistoryRead command, MetaData metaData) {
        apply(new HistoryRead(command.logId(), command.resource(), command.query()), actingNetworks(metaData));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RecordReadModelReplay command, MetaData metaData, Networks networks) {
        NetworkScope.checkInstallation(metaData, networks, "rebuild read model " + command.processor());
        apply(new ReadModelReplayStarted(command.logId(), command.processor()), actingNetworks(metaData));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RecordDeadLetterRetry command, MetaData metaData, Networks networks) {
        NetworkScope.checkInstallation(metaData, networks, "retry the dead letters of " + command.processor());
        apply(new DeadLettersRetried(command.logId(), command.processor()), actingNetworks(metaData));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RecordHistoryImport command, MetaData metaData, Networks networks) {
        NetworkScope.checkInstallation(metaData, networks, "import history");
        apply(new HistoryImported(command.logId(), command.importId(), command.fileSha256(), command.lines(),
                command.applied(), command.unchanged(), command.refused()), actingNetworks(metaData));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RecordPersonalDataDisclosure command, MetaData metaData, Networks networks) {
        NetworkScope.checkInstallation(metaData, networks, "answer an access request");
        apply(new PersonalDataDisclosed(command.logId(), command.subjects(), command.records()),
                actingNetworks(metaData));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RecordPersonalDataErasure command, MetaData metaData, Networks networks) {
        NetworkScope.checkInstallation(metaData, networks, "erase personal data");
        apply(new PersonalDataErased(command.logId(), command.subjects(), command.kinds(), command.records()),
                actingNetworks(metaData));
    }

    /**
     * The networks the acting principal held a role in ({@link EventMetaData#PRINCIPAL_NETWORKS}), recorded with the
     * entry, so the audit trail shows it to the auditors of those networks only; none for a principal whose roles
     * hold in every network (its entries are the installation's).
     */
    private static MetaData actingNetworks(MetaData command) {
        var networks = Actor.fromMetaData(command).map(actor -> actor.networks().stream().map(NetworkId::value)
                .sorted().toList()).orElse(java.util.List.of());
        return MetaData.with(EventMetaData.PRINCIPAL_NETWORKS, networks);
    }

    @EventSourcingHandler
    void on(PersonalDataDisclosed event) {
        id = event.logId();
        disclosures++;
    }

    @EventSourcingHandler
    void on(PersonalDataErased event) {
        id = event.logId();
        erasures++;
    }

    @EventSourcingHandler
    void on(HistoryRead event) {
        id = event.logId();
        reads++;
    }

    @EventSourcingHandler
    void on(ReadModelReplayStarted event) {
        id = event.logId();
        replays++;
    }

    @EventSourcingHandler
    void on(DeadLettersRetried event) {
        id = event.logId();
        retries++;
    }

    @EventSourcingHandler
    void on(HistoryImported event) {
        id = event.logId();
        imports++;
    }
}
