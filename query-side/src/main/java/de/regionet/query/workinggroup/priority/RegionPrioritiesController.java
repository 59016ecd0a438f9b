package de.regionet.query.workinggroup.priority;

import de.regionet.kernel.NetworkTime;
import de.regionet.kernel.Rejection;
import de.regionet.kernel.access.ReadableBy;
import de.regionet.kernel.region.RegionKey;
import de.regionet.query.access.Readers;
import de.regionet.query.workinggroup.priority.PrioritiesView.Priority;
import de.regionet.query.region.RegionProjection;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import static de.regionet.kernel.access.ReadableBy.Audience.NETWORK;

/**
 * A region's priorities for action on a day (today unless {@code asOf} says otherwise), with the resolution that
 * adopted them and the history of every adoption; shared with everyone signed in to the network.
 */
@RestController
class RegionPrioritiesController {

    private final RegionProjection regions;
    private final PriorityProjection priorities;
    private final Clock clock;

    RegionPrioritiesController(RegionProjection regions, PriorityProjection priorities, Clock clock) {
        this.regions = regions;
        this.priorities = priorities;
        this.clock = clock;
    }

    /** {@code resolutionId}, {@code from} and {@code validUntil} are {@code null} when no priorities hold. */
    record RegionPriorities(String regionKey, LocalDate asOf, String resolutionId, LocalDate from,
                            LocalDate validUntil, List<Priority> priorities, List<PrioritySchedule.Entry> history) {
    }

    @ReadableBy(NETWORK)
    @GetMapping("/api/regions/{key}/priorities")
    RegionPriorities priorities(@PathVariable RegionKey key,
                                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                                LocalDate asOf, HttpServletRequest request) {
        var region = regions.regions().find(key.value())
                .orElseThrow(() -> Rejection.notFound("no region " + key + " is registered"));
        if (!Readers.sharesInNetworkOf(request, key.value())) {
            throw Rejection.forbidden("the priorities of region " + key + " are shared within its network only");
        }
        var day = asOf == null ? NetworkTime.today(clock) : asOf;
        var schedule = priorities.scheduleOf(region.workingGroupId());
        return schedule.on(day)
                .map(entry -> new RegionPriorities(key.value(), day, entry.resolutionId(), entry.from(),
                        entry.validUntil(), entry.priorities(), schedule.entries()))
                .orElse(new RegionPriorities(key.value(), day, null, null, null, List.of(), schedule.entries()));
    }
}
