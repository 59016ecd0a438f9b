package de.regionet.infra.console.office;

import de.regionet.infra.console.NetworkChoice;
import de.regionet.kernel.NetworkTime;
import de.regionet.kernel.access.ReadableBy;
import de.regionet.query.call.CallProjection;
import de.regionet.query.call.CallView;
import de.regionet.query.network.NetworkOverview;
import de.regionet.kernel.network.Networks;
import de.regionet.query.network.NetworkOverview.RegionOverview;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static de.regionet.kernel.access.ReadableBy.Audience.ROLES;
import static de.regionet.kernel.access.Role.NETWORK_OFFICE;

/**
 * {@code GET /console/buero}: every region at a glance, from the network overview the API answers
 * ({@code GET /api/network/overview}), with what needs the office's attention first, and calls whose deadline has
 * passed without a selection (the calls read model). Only the network office: the overview itself is shared with
 * the whole network, this working view of gaps is the office's. An office of several networks sees one at a time,
 * the first unless it names another ({@code ?network=}, {@link NetworkChoice}), as the API confines the overview.
 */
@Controller
class OfficeDashboard {

    /** What the office follows up, in the order the page lists it. */
    enum Attention { NO_WORKING_GROUP, NO_MEMBERS, NO_COORDINATION, COORDINATION_ENDED, NO_PRIORITIES,
        CALL_WITHOUT_SELECTION }

    record RegionLine(RegionOverview region, List<Attention> attention) {
    }

    private final NetworkOverview overview;
    private final CallProjection calls;
    private final Networks networks;
    private final Clock clock;

    OfficeDashboard(NetworkOverview overview, CallProjection calls, Networks networks, Clock clock) {
        this.overview = overview;
        this.calls = calls;
        this.networks = networks;
        this.clock = clock;
    }

    @ReadableBy(value = ROLES, roles = NETWORK_OFFICE)
    @GetMapping("/console/buero")
    String dashboard(@RequestParam(name = "network", required = false) String network, HttpServletRequest request,
                     Model model) {
        var choice = NetworkChoice.of(request, networks, network, NETWORK_OFFICE);
        var today = NetworkTime.today(clock);
        var undecided = regionsWithUndecidedCalls();
        var lines = overview.regions().stream().filter(region -> choice.shown().test(region.regionKey()))
                .map(region -> new RegionLine(region, attention(region, today,
                        undecided.contains(region.regionKey()))))
                .sorted(Comparator.comparing((RegionLine line) -> line.attention().isEmpty())
                        .thenComparing(line -> line.region().name(), Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        model.addAttribute("choice", choice);
        model.addAttribute("lines", lines);
        model.addAttribute("needingAttention", lines.stream().filter(line -> !line.attention().isEmpty()).count());
        return "console/office/dashboard";
    }

    /** Regions with a call whose deadline has passed and that no resolution has decided yet. */
    private Set<String> regionsWithUndecidedCalls() {
        var now = clock.instant();
        return calls.calls().all("_id").stream()
                .filter(call -> call.status() != CallView.Status.DECIDED && call.deadline() != null
                        && call.deadline().isBefore(now))
                .map(CallView::regionKey).collect(Collectors.toSet());
    }

    static List<Attention> attention(RegionOverview region, LocalDate today, boolean undecidedCall) {
        var found = new ArrayList<Attention>();
        var group = region.workingGroup();
        if (group == null) {
            found.add(Attention.NO_WORKING_GROUP);
        } else {
            if (group.members() == 0) {
                found.add(Attention.NO_MEMBERS);
            }
            if (group.coordination() == null) {
                found.add(Attention.NO_COORDINATION);
            } else if (group.coordination().to() != null && group.coordination().to().isBefore(today)) {
                found.add(Attention.COORDINATION_ENDED);
            }
        }
        if (region.priorities().isEmpty()) {
            found.add(Attention.NO_PRIORITIES);
        }
        if (undecidedCall) {
            found.add(Attention.CALL_WITHOUT_SELECTION);
        }
        return List.copyOf(found);
    }
}
