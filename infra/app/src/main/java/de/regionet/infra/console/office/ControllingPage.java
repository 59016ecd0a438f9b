package de.regionet.infra.console.office;

import de.regionet.infra.console.NetworkChoice;
import de.regionet.kernel.Rejection;
import de.regionet.kernel.access.ReadableBy;
import de.regionet.kernel.indicator.Indicator;
import de.regionet.kernel.indicator.IndicatorCatalogue;
import de.regionet.kernel.network.Networks;
import de.regionet.query.targetagreement.NetworkControlling;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.stream.Collectors;

import static de.regionet.kernel.access.ReadableBy.Audience.ROLES;
import static de.regionet.kernel.access.Role.AUDITOR;
import static de.regionet.kernel.access.Role.NETWORK_OFFICE;

/**
 * The controlling of target agreements for the network office (and auditors, as the API lets them read it): the
 * table of {@code GET /api/network/controlling} and, drawn from the same report, a chart of targets against
 * actuals per region for each indicator ({@link ControllingChart}). A year that is not one is shown on the form. One
 * network at a time, where the reader is office or auditor in several ({@code ?network=}, {@link NetworkChoice}).
 */
@Controller
class ControllingPage {

    private final NetworkControlling controlling;
    private final IndicatorCatalogue indicators;
    private final Networks networks;

    ControllingPage(NetworkControlling controlling, IndicatorCatalogue indicators, Networks networks) {
        this.controlling = controlling;
        this.indicators = indicators;
        this.networks = networks;
    }

    @ReadableBy(value = ROLES, roles = {NETWORK_OFFICE, AUDITOR})
    @GetMapping("/console/controlling")
    String controlling(@RequestParam(name = "jahr", required = false) String year,
                       @RequestParam(name = "network", required = false) String network, HttpServletRequest request,
                       Model model) {
        var choice = NetworkChoice.of(request, networks, network, NETWORK_OFFICE, AUDITOR);
        model.addAttribute("choice", choice);
        model.addAttribute("year", year == null ? "" : year.strip());
        try {
            var report = controlling.report(year, "region", "asc", choice.shown());
            model.addAttribute("year", report.period());
            model.addAttribute("report", report);
            model.addAttribute("charts", ControllingChart.of(report, this::indicatorName));
        } catch (Rejection refused) {
            if (refused.kind() != Rejection.Kind.INVALID) {
                throw refused;
            }
            model.addAttribute("invalidYear", true);
        }
        model.addAttribute("indicatorNames", indicators.all().stream()
                .collect(Collectors.toMap(Indicator::code, Indicator::name)));
        return "console/office/controlling";
    }

    /** The indicator's name in the installation's catalogue, else its code. */
    private String indicatorName(String code) {
        return indicators.find(code).map(Indicator::name).orElse(code);
    }
}
