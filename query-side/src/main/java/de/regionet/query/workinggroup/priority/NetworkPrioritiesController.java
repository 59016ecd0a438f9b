package de.regionet.query.workinggroup.priority;

import de.regionet.kernel.NetworkTime;
import de.regionet.kernel.access.ReadableBy;
import de.regionet.kernel.network.NetworkId;
import de.regionet.kernel.network.Networks;
import de.regionet.query.access.Readers;
import de.regionet.query.region.RegionProjection;
import de.regionet.query.region.RegionView;
import de.regionet.query.workinggroup.priority.PrioritiesView.Priority;
import de.regionet.query.workinggroup.priority.SharedPriorities.RegionRef;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;

import static de.regionet.kernel.access.ReadableBy.Audience.NETWORK;

/**
 * The state-wide view of priorities for action (today unless {@code asOf} says otherwise). Composed per request
 * from the region and priorities read models, which hold one document per region or working group (a few dozen
 * state-wide); shared with everyone signed in to the network.
 */
@RestController
class NetworkPrioritiesController {

    private final RegionProjection regions;
    private final PriorityProjection priorities;
    private final Clock clock;

    private final Networks networks;

    NetworkPrioritiesController(RegionProjection regions, PriorityProjection priorities, Clock clock,
                                Networks networks) {
        this.regions = regions;
        this.priorities = priorities;
        this.clock = clock;
        this.networks = networks;
    }

    @ReadableBy(NETWORK)
    @GetMapping("/api/network/priorities")
    SharedPriorities shared(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                            LocalDate asOf, @RequestParam(name = "network", required = false) NetworkId network,
                            HttpServletRequest request) {
        var day = asOf == null ? NetworkTime.today(clock) : asOf;
        var byRegion = new LinkedHashMap<RegionRef, List<Priority>>();
        var shown = Readers.regionsShownTo(request, networks, network);
        var all = regions.regions().all("_id").stream().filter(region -> shown.test(region.key())).toList();
        var current = priorities.currentOfAll(all.stream().map(RegionView::workingGroupId).filter(Objects::nonNull)
                .toList(), day);
        for (var region : all) {
            byRegion.put(new RegionRef(region.key(), region.name()), region.workingGroupId() == null ? List.of()
                    : current.getOrDefault(region.workingGroupId(), List.of()));
        }
        return SharedPriorities.of(day, byRegion);
    }
}
