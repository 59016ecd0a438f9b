package de.regionet.infra.history;

import de.regionet.command.edge.Sends;
import de.regionet.kernel.Rejection;
import de.regionet.kernel.access.ReadableBy;
import de.regionet.kernel.access.Role;
import de.regionet.kernel.auditlog.AuditLogCommand.RecordHistoryImport;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
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
    private final long maxSize;

    ImportController(Imports imports, ImportProperties properties) {
        this.imports = imports;
        this.maxSize = properties.maxSize().toBytes();
    }

    @Sends(RecordHistoryImport.class)
    @PostMapping(path = "/api/admin/imports", consumes = NDJSON)
    ResponseEntity<ImportStatus> upload(HttpServletRequest request,
                                        @RequestParam(defaultValue = "false") boolean dryRun,
                                        Principal sender) throws IOException {
        if (request.getContentLengthLong() > maxSize) {
            throw tooLarge();
        }
        return start(copy(request.getInputStream()), dryRun, sender);
    }

    @Sends(RecordHistoryImport.class)
    @PostMapping(path = "/api/admin/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<ImportStatus> uploadForm(@RequestParam("file") MultipartFile file,
                                            @RequestParam(defaultValue = "false") boolean dryRun,
                                            Principal sender) throws IOException {
        if (file.getSize() > maxSize) {
            throw tooLarge();
        }
        try (var in = file.getInputStream()) {
            return start(copy(in), dryRun, sender);
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

    private ResponseEntity<ImportStatus> start(Path file, boolean dryRun, Principal sender) {
        var run = imports.startAndDelete(file, dryRun, sender.getName());
        return ResponseEntity.accepted().location(URI.create("/api/admin/imports/" + run.id())).body(run.status());
    }

    /** The upload in a temporary file, refused (413) as soon as it passes the limit. */
    private Path copy(InputStream in) throws IOException {
        var file = Files.createTempFile("regionet-import-", ".ndjson");
        try (OutputStream out = Files.newOutputStream(file)) {
            var buffer = new byte[1 << 16];
            long copied = 0;
            int n;
            while ((n = in.read(buffer)) > 0) {
                copied += n;
                if (copied > maxSize) {
                    throw tooLarge();
                }
                out.write(buffer, 0, n);
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        return file;
    }

    private ResponseStatusException tooLarge() {
        return new ResponseStatusException(HttpStatus.CONTENT_TOO_LARGE,
                "the file exceeds the import limit of " + maxSize + " bytes (regionet.imports.max-size)");
    }
}
