package de.regionet.infra.audit;

import de.regionet.kernel.access.ReadableBy;
import de.regionet.kernel.access.Role;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/audit/lineage/{type}/{id}}: the aggregates an aggregate's history is tied to, upstream and
 * downstream, and all their events as one timeline in store order: of the reader's networks only, a stream of another
 * network answering 404 as one that does not exist.
 */
@RestController
@ReadableBy(value = ReadableBy.Audience.ROLES, roles = {Role.AUDITOR, Role.NETWORK_OFFICE, Role.OPERATOR})
class LineageController {

    private final LineageWalk walk;
    private final AuditReaders readers;

    LineageController(LineageWalk walk, AuditReaders readers) {
        this.walk = walk;
        this.readers = readers;
    }

    @GetMapping("/api/audit/lineage/{type}/{id}")
    Lineage lineage(@PathVariable String type, @PathVariable String id, HttpServletRequest request) {
        return walk.walk(type, id, readers.of(request));
    }
}
