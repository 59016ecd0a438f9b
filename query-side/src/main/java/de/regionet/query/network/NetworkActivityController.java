package de.regionet.query.network;

import de.regionet.kernel.NetworkTime;
import de.regionet.kernel.access.ReadableBy;
import de.regionet.query.network.ActivityView.Entry;
import de.regionet.query.region.RegionProjection;
import de.regionet.query.region.RegionView;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static de.regionet.kernel.access.ReadableBy.Audience.ROLES;
import static de.regionet.kernel.access.Role.AUDITOR;
import static de.regionet.kernel.access.Role.NETWORK_OFFICE;

/**
 * The network office dashboard: the latest events across the network, and how many events each region had this
 * month (Europe/Berlin), every registered region listed, also with none. {@code /topic/network-activity} pushes every
 * new event as it happens. For the network office and auditors.
 */
@RestController
class NetworkActivityController {

    private final NetworkActivityProjection activity;
    private final RegionProjection regions;
    private final Clock clock;

    NetworkActivityController(NetworkActivityProjection activity, RegionProjection regions, Clock clock) {
        this.activity = activity;
        this.regions = regions;
        this.clock = clock;
    }

    record RegionActivity(String regionKey, String name, long events) {
    }

    record NetworkActivity(String month, String timeZone, List<Entry> latest, List<RegionActivity> regions,
                           long stateWide, long total) {
    }

    @ReadableBy(value = ROLES, roles = {NETWORK_OFFICE, AUDITOR})
    @GetMapping("/api/network/activity")
    NetworkActivity activity() {
        var month = NetworkTime.thisMonth(clock);
        var counts = activity.month(month);
        var byRegion = new TreeMap<String, Long>();
        var names = regions.regions().all("_id").stream()
                .collect(Collectors.toMap(RegionView::key, RegionView::name));
        names.keySet().forEach(key -> byRegion.put(key, 0L));
        counts.ifPresent(found -> found.regions().forEach(count -> byRegion.put(count.regionKey(), count.events())));
        long stateWide = counts.map(ActivityView.Month::stateWide).orElse(0L);
        var perRegion = byRegion.entrySet().stream()
                .map(entry -> new RegionActivity(entry.getKey(), names.get(entry.getKey()), entry.getValue()))
                .toList();
        long total = counts.map(ActivityView.Month::events).orElse(0L);
        return new NetworkActivity(month.toString(), NetworkTime.ZONE.getId(), activity.latestEntries(), perRegion,
                stateWide, total);
    }

}
