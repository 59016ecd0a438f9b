package de.regionet.infra.history;

import de.regionet.command.access.NetworkScope;
import de.regionet.command.edge.Sends;
import de.regionet.kernel.Rejection;
import de.regionet.kernel.access.ReadableBy;
import de.regionet.kernel.access.Role;
import de.regionet.kernel.auditlog.AuditLogCommand.RecordHistoryImport;
import de.regionet.kernel.network.Networks;
import de.regionet.query.access.Readers;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.net.URI;
import java.security.Principal;
import java.util.List;

/**
 * The network office imports a history file ({@code docs/import.md}) as the request body
 * ({@code application/x-ndjson}) or as the {@code file} of a form upload; the import runs in the background and is
 * polled at the answer's {@code Location}. The file has its own size limit ({@code regionet.imports.max-size}), not
 * the 64 KB of ordinary requests: the body is read here, as a stream, not as a JSON {@code @RequestBody}.
 */
@RestController
class ImportController {

    static final String NDJSON = "application/x-ndjson";

    private final Imports imports;

    private final Networks networks;

    ImportController(Imports imports, Networks networks) {
        this.imports = imports;
        this.networks = networks;
    }

    @Sends(RecordHistoryImport.class)
    @PostMapping(path = "/api/admin/imports", consumes = NDJSON)
    ResponseEntity<ImportStatus> upload(HttpServletRequest request,
                                        @RequestParam(defaultValue = "false") boolean dryRun,
                                        Principal sender) throws IOException {
        mayImport(request);
        if (request.getContentLengthLong() > imports.maxSize()) {
            throw imports.tooLarge();
        }
        return started(imports.upload(request.getInputStream(), dryRun, sender.getName()));
    }

    @Sends(RecordHistoryImport.class)
    @PostMapping(path = "/api/admin/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<ImportStatus> uploadForm(@RequestParam("file") MultipartFile file,
                                            @RequestParam(defaultValue = "false") boolean dryRun,
                                            Principal sender, HttpServletRequest request) throws IOException {
        mayImport(request);
        if (file.getSize() > imports.maxSize()) {
            throw imports.tooLarge();
        }
        try (var in = file.getInputStream()) {
            return started(imports.upload(in, dryRun, sender.getName()));
        }
    }

    @GetMapping("/api/admin/imports")
    @ReadableBy(value = ReadableBy.Audience.ROLES, roles = Role.NETWORK_OFFICE)
    List<ImportStatus> all() {
        return imports.all();
    }

    @GetMapping("/api/admin/imports/{id}")
    @ReadableBy(value = ReadableBy.Audience.ROLES, roles = Role.NETWORK_OFFICE)
    ImportStatus one(@PathVariable String id) {
        return imports.status(id).orElseThrow(() -> Rejection.notFound("no import " + id + " on this node"));
    }

    /** Judged before a line is applied: an import writes into every network the file names. */
    private void mayImport(HttpServletRequest request) {
        var sender = Readers.actor(request)
                .orElseThrow(() -> Rejection.forbidden("imports are sent by a signed-in user"));
        NetworkScope.checkInstallation(sender, networks, "import history");
    }

    private static ResponseEntity<ImportStatus> started(ImportStatus status) {
        return ResponseEntity.accepted().location(URI.create("/api/admin/imports/" + status.id())).body(status);
    }
}
