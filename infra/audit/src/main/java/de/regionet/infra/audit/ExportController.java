package de.regionet.infra.audit;

import de.regionet.kernel.Rejection;
import de.regionet.kernel.access.ReadableBy;
import de.regionet.kernel.access.Role;
import de.regionet.kernel.network.NetworkId;
import de.regionet.kernel.network.Networks;
import de.regionet.kernel.region.RegionKey;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.time.Clock;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * {@code GET /api/audit/events}: the event store as NDJSON, streamed while it is read, ending with a signed
 * manifest; {@code java -jar regionet.jar verify} re-checks it without a server ({@code docs/audit.md}).
 * {@code GET /api/audit/export-key}: the public key the manifests are signed with, to pin it. The export holds the
 * events of the reader's networks ({@code ?network=} narrows to one of them, 403 for another); only a reader of
 * everything (the operator) gets a complete export without filters.
 */
@RestController
@ReadableBy(value = ReadableBy.Audience.ROLES, roles = {Role.AUDITOR, Role.NETWORK_OFFICE, Role.OPERATOR})
class ExportController {

    private static final Pattern EVENT_TYPE = Pattern.compile("[A-Z][A-Za-z0-9]{0,99}");
    private static final Pattern REQUEST_ID = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    private final EventExport export;
    private final AggregateTypes types;
    private final ExportSigner signer;
    private final Clock clock;
    private final AuditReaders readers;
    private final Networks networks;

    ExportController(EventExport export, AggregateTypes types, ExportSigner signer, Clock clock,
                     AuditReaders readers, Networks networks) {
        this.readers = readers;
        this.networks = networks;
        this.export = export;
        this.types = types;
        this.signer = signer;
        this.clock = clock;
    }

    @GetMapping("/api/audit/events")
    void export(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                @RequestParam(required = false) RegionKey region, @RequestParam(required = false) String type,
                @RequestParam(required = false) String correlationId,
                @RequestParam(required = false) NetworkId network, HttpServletRequest request,
                HttpServletResponse response) throws IOException {
        var scope = readers.of(request, network);
        if (region != null) {
            var ofRegion = networks.of(region);
            if (ofRegion.isPresent() && !scope.reads(ofRegion.get().id())) {
                throw Rejection.forbidden((request.getUserPrincipal() == null ? "an anonymous reader"
                        : request.getUserPrincipal().getName()) + " reads no history of region " + region
                        + " (network " + ofRegion.get().id() + ")");
            }
        }
        var filter = new ExportFilter(from == null ? null : AuditTime.startOf(from, "from"),
                to == null ? null : AuditTime.endOf(to, "to"), region == null ? null : region.value(),
                type == null ? null : checkedType(type), correlationId == null ? null : checked(correlationId),
                scope);
        if (filter.from() != null && filter.to() != null && filter.to().isBefore(filter.from())) {
            throw Rejection.invalid("to", "the export would end before it begins");
        }
        response.setContentType(ExportFormat.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"regionet-events-"
                + clock.instant().toString().replace(':', '-') + ".ndjson\"");
        export.write(filter, response.getOutputStream());
    }

    record ExportKey(Map<String, Object> jwk, String thumbprint, String algorithm) {
    }

    @GetMapping("/api/audit/export-key")
    ExportKey key() {
        return new ExportKey(signer.publicKey().toJSONObject(), signer.thumbprint(), "RS256");
    }

    /** An aggregate type in kebab case (must be one the application runs) or an event type's simple name. */
    private String checkedType(String type) {
        if (EVENT_TYPE.matcher(type).matches()) {
            return type;
        }
        return types.find(type).orElseThrow(() -> Rejection.invalid("type", types.unknown(type)
                + ", or an event type such as MemberAdmitted")).name();
    }

    private static String checked(String correlationId) {
        if (!REQUEST_ID.matcher(correlationId).matches()) {
            throw Rejection.invalid("correlationId", "a correlation id is a request id: up to 100 letters, digits "
                    + "and . _ : -");
        }
        return correlationId;
    }
}
