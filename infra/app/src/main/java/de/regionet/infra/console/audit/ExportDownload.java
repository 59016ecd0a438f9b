package de.regionet.infra.console.audit;

import de.regionet.infra.audit.AuditTrail;
import de.regionet.kernel.access.ReadableBy;
import de.regionet.kernel.access.Role;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import java.io.IOException;
import java.time.Clock;

/**
 * The complete, signed export ({@code GET /api/audit/events} without filters) downloaded with the session: the same
 * NDJSON lines and manifest, streamed while the store is read, as a file to keep ({@code docs/audit.md} says how
 * to verify it without the server).
 */
@Controller
class ExportDownload {

    static final String PATH = "/console/pruefung/export";
    private static final String MEDIA_TYPE = "application/x-ndjson";

    private final AuditTrail trail;
    private final Clock clock;

    ExportDownload(AuditTrail trail, Clock clock) {
        this.trail = trail;
        this.clock = clock;
    }

    @ReadableBy(value = ReadableBy.Audience.ROLES, roles = {Role.AUDITOR, Role.NETWORK_OFFICE})
    @GetMapping(PATH)
    void download(HttpServletResponse response) throws IOException {
        response.setContentType(MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"regionet-events-"
                + clock.instant().toString().replace(':', '-') + ".ndjson\"");
        trail.export(response.getOutputStream());
    }
}
