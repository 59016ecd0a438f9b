package de.regionet.infra.audit;

import de.regionet.kernel.access.ReadableBy;
import de.regionet.kernel.access.Role;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/audit/lineage/{type}/{id}}: the aggregates an aggregate's history is tied to, upstream and
 * downstream, and all their events as one timeline in store order.
 */
@RestController
@ReadableBy(value = ReadableBy.Audience.ROLES, roles = {Role.AUDITOR, Role.NETWORK_OFFICE})
class LineageController {

    private final LineageWalk walk;

    LineageController(LineageWalk walk) {
        this.walk = walk;
    }

    @GetMapping("/api/audit/lineage/{type}/{id}")
    Lineage lineage(@PathVariable String type, @PathVariable String id) {
        return walk.walk(type, id);
    }
}
