package de.regionet.infra.console.office;

import de.regionet.command.edge.Sends;
import de.regionet.infra.processing.ProjectionOperations;
import de.regionet.kernel.NetworkTime;
import de.regionet.kernel.Rejection;
import de.regionet.kernel.access.ReadableBy;
import de.regionet.kernel.access.Role;
import de.regionet.kernel.auditlog.AuditLogCommand.RecordReadModelReplay;
import de.regionet.kernel.auditlog.AuditLogId;
import de.regionet.query.access.Readers;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import java.time.Clock;

import static de.regionet.kernel.access.ReadableBy.Audience.ROLES;
import static de.regionet.kernel.access.Role.AUDITOR;
import static de.regionet.kernel.access.Role.NETWORK_OFFICE;
import static de.regionet.kernel.access.Role.OPERATOR;

/**
 * The status of the read models' processors as {@code GET /api/admin/projections} reports it (auditors, the network
 * office and the operator), polled every two seconds, and a rebuild of each, which is exactly the API's
 * {@code POST /api/admin/projections/{name}/replay}: declared as sending {@link RecordReadModelReplay} (so only the
 * network office and the operator, the command's senders, may post it, and auditors are not offered the button),
 * recorded in the audit log first, then replayed. A refusal (the read model cannot replay, or is being rebuilt) is
 * shown on the page.
 */
@Controller
class ReadModelsPage {

    static final String VIEW = "console/office/read-models";

    private final ProjectionOperations operations;
    private final CommandGateway commands;
    private final Clock clock;

    ReadModelsPage(ProjectionOperations operations, CommandGateway commands, Clock clock) {
        this.operations = operations;
        this.commands = commands;
        this.clock = clock;
    }

    @ReadableBy(value = ROLES, roles = {AUDITOR, NETWORK_OFFICE, OPERATOR})
    @GetMapping("/console/lesemodelle")
    String page(@RequestParam(name = "neuaufbau", required = false) String rebuilt, HttpServletRequest request,
                Model model) {
        fill(request, model);
        model.addAttribute("rebuilt", rebuilt);
        return VIEW;
    }

    /** The status table alone, for htmx to poll. */
    @ReadableBy(value = ROLES, roles = {AUDITOR, NETWORK_OFFICE, OPERATOR})
    @GetMapping("/console/lesemodelle/status")
    String status(HttpServletRequest request, Model model) {
        fill(request, model);
        return VIEW + " :: status";
    }

    @Sends(RecordReadModelReplay.class)
    @PostMapping("/console/lesemodelle/{name}/neuaufbau")
    String rebuild(@PathVariable String name, HttpServletRequest request, HttpServletResponse response,
                   Model model) {
        operations.status(name);
        try {
            commands.sendAndWait(new RecordReadModelReplay(AuditLogId.of(NetworkTime.today(clock)), name));
            operations.replay(name);
        } catch (Rejection refused) {
            if (refused.kind() != Rejection.Kind.CONFLICT) {
                throw refused;
            }
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            fill(request, model);
            model.addAttribute("refused", name);
            model.addAttribute("refusal", refused.getMessage());
            return VIEW;
        }
        return "redirect:" + UriComponentsBuilder.fromPath("/console/lesemodelle").queryParam("neuaufbau", name)
                .encode().build().toUriString();
    }

    private void fill(HttpServletRequest request, Model model) {
        model.addAttribute("processors", operations.status());
        model.addAttribute("mayRebuild", Readers.actor(request)
                .filter(actor -> actor.has(Role.NETWORK_OFFICE) || actor.has(Role.OPERATOR)).isPresent());
    }
}
