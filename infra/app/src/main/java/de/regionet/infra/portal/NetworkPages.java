package de.regionet.infra.portal;

import de.regionet.kernel.NetworkTime;
import de.regionet.kernel.Rejection;
import de.regionet.kernel.access.ReadableBy;
import de.regionet.kernel.region.RegionKey;
import de.regionet.query.agreement.AgreementProjection;
import de.regionet.query.contact.ContactPersons;
import de.regionet.query.cooperation.CooperationBodyProjection;
import de.regionet.query.planning.PlanningDocumentProjection;
import de.regionet.query.region.RegionProjection;
import de.regionet.query.region.RegionView;
import de.regionet.query.workinggroup.WorkingGroupProjection;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.time.Clock;
import java.util.Comparator;

import static de.regionet.kernel.access.ReadableBy.Audience.PUBLIC;

/**
 * The network's public pages (issue 19): every region, and one region with its working group (deciding or
 * advisory), members, coordination office, its local cooperation bodies still working (kind, site, partners), its
 * contact persons who agreed to be shown, the agreements in force it is bound by and its planning documents
 * (issue 22). They show what the API answers anonymous readers
 * ({@code PublicWorkingGroup}, agreements in force), never votes, drafts or applicants; the rules of procedure are
 * shared with the network only, so the page leaves them out too.
 */
@Controller
class NetworkPages {

    private final RegionProjection regions;
    private final WorkingGroupProjection workingGroups;
    private final AgreementProjection agreements;
    private final ContactPersons contacts;
    private final PlanningDocumentProjection planning;
    private final CooperationBodyProjection cooperationBodies;
    private final Clock clock;

    NetworkPages(RegionProjection regions, WorkingGroupProjection workingGroups, AgreementProjection agreements,
                 ContactPersons contacts, PlanningDocumentProjection planning,
                 CooperationBodyProjection cooperationBodies, Clock clock) {
        this.regions = regions;
        this.workingGroups = workingGroups;
        this.agreements = agreements;
        this.contacts = contacts;
        this.planning = planning;
        this.cooperationBodies = cooperationBodies;
        this.clock = clock;
    }

    @ReadableBy(PUBLIC)
    @GetMapping("/netzwerk")
    String network(Model model) {
        model.addAttribute("regions", regions.regions().all("_id").stream()
                .sorted(Comparator.comparing(RegionView::name, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList());
        return "portal/network";
    }

    /** An unknown key, whatever its form, is a page that does not exist (404 page). */
    @ReadableBy(PUBLIC)
    @GetMapping("/netzwerk/{key}")
    String region(@PathVariable String key, Model model) {
        var region = regions.regions().find(key).orElseThrow(() -> Rejection.notFound("no region " + key));
        var group = region.workingGroupId() == null ? null
                : workingGroups.groups().find(region.workingGroupId()).map(NetworkAtAGlance::group).orElse(null);
        var bound = agreements.inForceFor(region.key(), NetworkTime.today(clock)).stream()
                .map(agreement -> new StartPage.Agreement(agreement.id(), agreement.title())).toList();
        model.addAttribute("region", new StartPage.Region(region.key(), region.name(), region.kind(), group, bound));
        model.addAttribute("contacts", ContactPersons.shownPublicly(contacts.ofRegion(new RegionKey(region.key()))));
        model.addAttribute("planningDocuments",
                planning.ofRegion(new RegionKey(region.key()), NetworkTime.today(clock)));
        model.addAttribute("cooperationBodies", cooperationBodies.bodies().where("regionKey", region.key(), "name")
                .stream().filter(body -> !body.dissolved()).toList());
        return "portal/region";
    }
}
