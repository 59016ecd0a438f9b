package de.regionet.infra.console.coordination;

import de.regionet.kernel.access.ReadableBy;
import de.regionet.query.targetagreement.ControllingProjection;
import de.regionet.query.targetagreement.TargetAgreementView;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.util.Comparator;

import static de.regionet.kernel.access.ReadableBy.Audience.NETWORK;

/**
 * A region's target agreements with their parties, signatures, entry into force and controlling reviews, as
 * {@code GET /api/target-agreements?region=} reads them for those who may read the region. Read only here.
 */
@Controller
class TargetAgreementsPage {

    private final RegionDesks desks;
    private final ControllingProjection controlling;

    TargetAgreementsPage(RegionDesks desks, ControllingProjection controlling) {
        this.desks = desks;
        this.controlling = controlling;
    }

    @ReadableBy(NETWORK)
    @GetMapping("/console/regionen/{key}/zielvereinbarungen")
    String show(@PathVariable String key, HttpServletRequest request, Model model) {
        var desk = desks.toRead(key, request);
        model.addAttribute("desk", desk);
        model.addAttribute("group", desk.group());
        model.addAttribute("agreements", controlling.agreements().where("regionKey", desk.region().value(), "_id")
                .stream().sorted(Comparator.comparing(TargetAgreementView::from).reversed()).toList());
        return "console/coordination/targets";
    }
}
