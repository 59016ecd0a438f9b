package de.regionet.infra.console.audit;

import de.regionet.infra.audit.AuditTrail;
import de.regionet.kernel.access.ReadableBy;
import de.regionet.kernel.access.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The lineage of a stream ({@code GET /api/audit/lineage/{type}/{id}}) drawn on the server as an inline SVG, boxes in
 * columns by kind with arrows between them, and the same lineage as a nested list that screen readers and the
 * keyboard use, each node linking to its stream's history. {@code /console/pruefung/projekte/{id}/herkunft} for a
 * project, {@code …/arbeitskreise/{id}/herkunft} for a working group, any other type by its name.
 */
@Controller
class LineagePage {

    private final AuditTrail trail;

    LineagePage(AuditTrail trail) {
        this.trail = trail;
    }

    @ReadableBy(value = ReadableBy.Audience.ROLES, roles = {Role.AUDITOR, Role.NETWORK_OFFICE})
    @GetMapping("/console/pruefung/{segment}/{id}/herkunft")
    String lineage(@PathVariable String segment, @PathVariable String id, Model model) {
        var type = AuditPaths.typeOfSegment(segment);
        var lineage = trail.lineage(type, id);
        model.addAttribute("type", type);
        model.addAttribute("id", id);
        model.addAttribute("history", AuditPaths.history(type, id));
        model.addAttribute("graph", LineageGraph.of(lineage));
        model.addAttribute("boxWidth", LineageGraph.BOX_WIDTH);
        model.addAttribute("boxHeight", LineageGraph.BOX_HEIGHT);
        return "console/audit/lineage";
    }
}
