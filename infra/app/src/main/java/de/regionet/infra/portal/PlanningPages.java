package de.regionet.infra.portal;

import de.regionet.kernel.NetworkTime;
import de.regionet.kernel.Rejection;
import de.regionet.kernel.access.ReadableBy;
import de.regionet.query.call.CallProjection;
import de.regionet.query.call.CallView;
import de.regionet.query.planning.PlanningDocumentProjection;
import de.regionet.query.planning.PlanningDocumentView.Link;
import de.regionet.query.region.RegionProjection;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;

import static de.regionet.kernel.access.ReadableBy.Audience.PUBLIC;

/**
 * One planning document of a region on the public portal (issue 22): the version in force today with its needs,
 * problem areas and funding lines, the priorities and calls linked to each need, and the list of versions. The
 * documents are published by the regions, as the API answers them to everyone; the region page lists them.
 */
@Controller
class PlanningPages {

    private final PlanningDocumentProjection documents;
    private final RegionProjection regions;
    private final CallProjection calls;
    private final Clock clock;

    PlanningPages(PlanningDocumentProjection documents, RegionProjection regions, CallProjection calls,
                  Clock clock) {
        this.documents = documents;
        this.regions = regions;
        this.calls = calls;
        this.clock = clock;
    }

    /** A document of another region under this key, or an unknown one, is a page that does not exist (404 page). */
    @ReadableBy(PUBLIC)
    @GetMapping("/regionen/{key}/planung/{id}")
    String document(@PathVariable String key, @PathVariable String id, Model model) {
        var region = regions.regions().find(key).orElseThrow(() -> Rejection.notFound("no region " + key));
        var document = documents.one(id, NetworkTime.today(clock)).filter(found -> found.regionKey().equals(key))
                .orElseThrow(() -> Rejection.notFound("no planning document " + id + " of region " + key));
        var callTitles = new LinkedHashMap<String, String>();
        document.links().stream().filter(link -> link.callId() != null).forEach(link -> callTitles.put(link.callId(),
                calls.calls().find(link.callId()).map(CallView::title).orElse(link.callId())));
        model.addAttribute("region", region);
        model.addAttribute("document", document);
        model.addAttribute("callTitles", callTitles);
        var linksByNeed = new HashMap<String, List<Link>>();
        document.current().needs().forEach(need -> linksByNeed.put(need.id(), document.links().stream()
                .filter(link -> link.needId().equals(need.id())).toList()));
        model.addAttribute("linksByNeed", linksByNeed);
        return "portal/planning-document";
    }
}
