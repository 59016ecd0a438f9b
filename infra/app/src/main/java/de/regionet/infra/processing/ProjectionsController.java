package de.regionet.infra.processing;

import de.regionet.command.edge.Sends;
import de.regionet.kernel.NetworkTime;
import de.regionet.kernel.access.ReadableBy;
import de.regionet.kernel.access.Role;
import de.regionet.kernel.auditlog.AuditLogCommand.RecordDeadLetterRetry;
import de.regionet.kernel.auditlog.AuditLogCommand.RecordReadModelReplay;
import de.regionet.kernel.auditlog.AuditLogId;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Clock;
import java.util.List;

/**
 * Projection operations: the status of every event processor (auditors, the network office and the operator), a
 * replay that rebuilds one read model, and the dead letters a processor parked, listed and retried (the office of the
 * default network and the operator, ADR 0023, recorded in the audit log).
 */
@RestController
class ProjectionsController {

    private final ProjectionOperations operations;
    private final CommandGateway commands;
    private final Clock clock;

    ProjectionsController(ProjectionOperations operations, CommandGateway commands, Clock clock) {
        this.operations = operations;
        this.commands = commands;
        this.clock = clock;
    }

    @GetMapping("/api/admin/projections")
    @ReadableBy(value = ReadableBy.Audience.ROLES, roles = {Role.AUDITOR, Role.NETWORK_OFFICE, Role.OPERATOR})
    List<ProjectionOperations.ProjectionStatus> all() {
        return operations.status();
    }

    @GetMapping("/api/admin/projections/{name}")
    @ReadableBy(value = ReadableBy.Audience.ROLES, roles = {Role.AUDITOR, Role.NETWORK_OFFICE, Role.OPERATOR})
    ProjectionOperations.ProjectionStatus one(@PathVariable String name) {
        return operations.status(name);
    }

    /** Recorded first: the command's declared senders (network office, operator) are checked on the command bus. */
    @Sends(RecordReadModelReplay.class)
    @PostMapping("/api/admin/projections/{name}/replay")
    ResponseEntity<ProjectionOperations.ProjectionStatus> replay(@PathVariable String name) {
        operations.status(name);
        commands.sendAndWait(new RecordReadModelReplay(today(), name));
        return ResponseEntity.accepted().location(URI.create("/api/admin/projections/" + name))
                .body(operations.replay(name));
    }

    @GetMapping("/api/admin/projections/{name}/dead-letters")
    @ReadableBy(value = ReadableBy.Audience.ROLES, roles = {Role.AUDITOR, Role.NETWORK_OFFICE, Role.OPERATOR})
    List<ProjectionOperations.DeadLetterView> deadLetters(@PathVariable String name) {
        return operations.deadLetters(name);
    }

    @Sends(RecordDeadLetterRetry.class)
    @PostMapping("/api/admin/projections/{name}/dead-letters/retry")
    ProjectionOperations.Retry retry(@PathVariable String name) {
        operations.status(name);
        commands.sendAndWait(new RecordDeadLetterRetry(today(), name));
        return operations.retry(name);
    }

    private AuditLogId today() {
        return AuditLogId.of(NetworkTime.today(clock));
    }
}
