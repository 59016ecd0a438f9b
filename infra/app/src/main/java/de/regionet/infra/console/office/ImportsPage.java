package de.regionet.infra.console.office;

import de.regionet.command.access.NetworkScope;
import de.regionet.command.edge.Sends;
import de.regionet.infra.history.ImportStatus;
import de.regionet.infra.history.Imports;
import de.regionet.kernel.NetworkTime;
import de.regionet.kernel.Rejection;
import de.regionet.kernel.access.ReadableBy;
import de.regionet.kernel.auditlog.AuditLogCommand.RecordHistoryImport;
import de.regionet.kernel.network.Networks;
import de.regionet.query.access.Readers;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.security.Principal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

import static de.regionet.kernel.access.ReadableBy.Audience.ROLES;
import static de.regionet.kernel.access.Role.NETWORK_OFFICE;

/**
 * The network office's history imports ({@code docs/import.md}): the runs of this node with their progress, polled
 * while one runs, and an upload form that starts an import exactly as {@code POST /api/admin/imports} does (same
 * sender declaration, same size limit, a dry run on request). Reading them is for the office only, as in the API.
 */
@Controller
class ImportsPage {

    static final String VIEW = "console/office/imports";

    private final Imports imports;

    private final Networks networks;

    ImportsPage(Imports imports, Networks networks) {
        this.imports = imports;
        this.networks = networks;
    }

    @ReadableBy(value = ROLES, roles = NETWORK_OFFICE)
    @GetMapping("/console/importe")
    String page(@RequestParam(name = "gestartet", required = false) String started, Model model) {
        fill(model);
        model.addAttribute("started", started == null ? null : imports.status(started).orElse(null));
        return VIEW;
    }

    /** The list of runs alone, for htmx to poll while one runs. */
    @ReadableBy(value = ROLES, roles = NETWORK_OFFICE)
    @GetMapping("/console/importe/laeufe")
    String runs(Model model) {
        fill(model);
        return VIEW + " :: runs";
    }

    @Sends(RecordHistoryImport.class)
    @PostMapping("/console/importe")
    String upload(@RequestParam(name = "datei", required = false) MultipartFile file,
                  @RequestParam(name = "probelauf", defaultValue = "false") boolean dryRun, Principal sender,
                  HttpServletRequest request, HttpServletResponse response, Model model) throws IOException {
        // judged before a line is applied: an import writes into every network the file names
        NetworkScope.checkInstallation(Readers.actor(request)
                .orElseThrow(() -> Rejection.forbidden("imports are sent by a signed-in user")), networks,
                "import history");
        var problem = file == null || file.isEmpty() ? "empty" : file.getSize() > imports.maxSize() ? "tooLarge" : null;
        if (problem != null) {
            response.setStatus(problem.equals("tooLarge") ? HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE
                    : HttpServletResponse.SC_BAD_REQUEST);
            fill(model);
            model.addAttribute("fileError", problem);
            model.addAttribute("maxSize", imports.maxSize());
            model.addAttribute("dryRun", dryRun);
            return VIEW;
        }
        ImportStatus status;
        try (var in = file.getInputStream()) {
            status = imports.upload(in, dryRun, sender.getName());
        }
        return "redirect:/console/importe?gestartet=" + status.id();
    }

    /** A run as the list shows it: times in the network's zone, progress in whole percent (none before counting). */
    record Run(ImportStatus status, LocalDateTime startedAt, LocalDateTime finishedAt, Long percent) {

        static Run of(ImportStatus status) {
            return new Run(status, local(status.startedAt()), local(status.finishedAt()),
                    status.total() <= 0 ? null : Math.min(100, status.done() * 100 / status.total()));
        }

        private static LocalDateTime local(Instant time) {
            return time == null ? null : LocalDateTime.ofInstant(time, NetworkTime.ZONE);
        }
    }

    private void fill(Model model) {
        List<ImportStatus> runs = imports.all();
        model.addAttribute("runs", runs.stream().map(Run::of).toList());
        model.addAttribute("running", runs.stream().anyMatch(run -> run.state() == ImportStatus.State.RUNNING));
        model.addAttribute("maxSize", imports.maxSize());
    }
}
