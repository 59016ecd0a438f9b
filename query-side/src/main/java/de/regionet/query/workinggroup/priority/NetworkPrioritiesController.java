package de.regionet.query.workinggroup.priority;

import de.regionet.kernel.NetworkTime;
import de.regionet.kernel.access.ReadableBy;
import de.regionet.query.workinggroup.priority.PrioritiesView.Priority;
import de.regionet.query.workinggroup.priority.SharedPriorities.RegionRef;
import de.regionet.query.region.RegionProjection;
import de.regionet.query.region.RegionView;
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

    NetworkPrioritiesController(RegionProjection regions, PriorityProjection priorities, Clock clock) {
        this.regions = regions;
        this.priorities = priorities;
        this.clock = clock;
    }

    @ReadableBy(NETWORK)
    @GetMapping("/api/network/priorities")
    SharedPriorities shared(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                            LocalDate asOf) {
        var day = asOf == null ? NetworkTime.today(clock) : asOf;
        var byRegion = new LinkedHashMap<RegionRef, List<Priority>>();
        var all = regions.regions().all("_id");
        var current = priorities.currentOfAll(all.stream().map(RegionView::workingGroupId).filter(Objects::nonNull)
                .toList(), day);
        for (var region : all) {
            byRegion.put(new RegionRef(region.key(), region.name()), region.workingGroupId() == null ? List.of()
                    : current.getOrDefault(region.workingGroupId(), List.of()));
        }
        return SharedPriorities.of(day, byRegion);
    }
}
