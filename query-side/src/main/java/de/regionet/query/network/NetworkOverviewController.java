package de.regionet.query.network;

import de.regionet.kernel.access.ReadableBy;
import de.regionet.kernel.region.RegionKind;
import de.regionet.kernel.workinggroup.StakeholderCategory;
import de.regionet.query.region.RegionProjection;
import de.regionet.query.region.RegionView;
import de.regionet.query.workinggroup.WorkingGroupProjection;
import de.regionet.query.workinggroup.WorkingGroupView;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static de.regionet.kernel.access.ReadableBy.Audience.NETWORK;

/**
 * The network office's overview: every region with its working group, member counts by stakeholder category and
 * coordination. Composed from the region and working-group read models, which hold one document per region
 * (a few dozen state-wide), so joining them per request is cheaper than keeping a third copy in step. Shared with
 * everyone signed in to the network.
 */
@RestController
class NetworkOverviewController {

    private final RegionProjection regions;
    private final WorkingGroupProjection workingGroups;

    NetworkOverviewController(RegionProjection regions, WorkingGroupProjection workingGroups) {
        this.regions = regions;
        this.workingGroups = workingGroups;
    }

    record RegionOverview(String regionKey, String name, RegionKind kind, WorkingGroupOverview workingGroup) {
    }

    record WorkingGroupOverview(String id, String name, int members, Map<StakeholderCategory, Long> membersByCategory,
                                WorkingGroupView.Coordination coordination) {
    }

    @ReadableBy(NETWORK)
    @GetMapping("/api/network/overview")
    List<RegionOverview> overview() {
        var groups = workingGroups.groups().all("_id").stream()
                .collect(Collectors.toMap(WorkingGroupView::id, Function.identity()));
        return regions.regions().all("_id").stream().map(region -> overview(region, groups.get(region.workingGroupId()))).toList();
    }

    private static RegionOverview overview(RegionView region, WorkingGroupView group) {
        return new RegionOverview(region.key(), region.name(), region.kind(), group == null ? null
                : new WorkingGroupOverview(group.id(), group.name(), group.members().size(), byCategory(group),
                group.coordination()));
    }

    private static Map<StakeholderCategory, Long> byCategory(WorkingGroupView group) {
        return group.members().stream().collect(Collectors.groupingBy(WorkingGroupView.Member::category,
                () -> new EnumMap<>(StakeholderCategory.class), Collectors.counting()));
    }
}
