package de.regionet.query.network;

import de.regionet.kernel.NetworkTime;
import de.regionet.kernel.region.RegionKind;
import de.regionet.kernel.workinggroup.StakeholderCategory;
import de.regionet.query.agreement.AgreementProjection;
import de.regionet.query.agreement.AgreementProjection.BindingAgreement;
import de.regionet.query.region.RegionProjection;
import de.regionet.query.region.RegionView;
import de.regionet.query.workinggroup.WorkingGroupProjection;
import de.regionet.query.workinggroup.WorkingGroupView;
import de.regionet.query.workinggroup.priority.PrioritiesView;
import de.regionet.query.workinggroup.priority.PriorityProjection;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The network office's overview: every region with its working group, member counts by stakeholder category and
 * coordination, the state-wide agreements it is bound by today and its current priorities for action. Composed from
 * the region, working-group, agreement and priorities read models, which hold one document per region, working
 * group or agreement (a few dozen state-wide), so joining them per request is cheaper than keeping another copy in
 * step. Each read model is read with one query (the priorities of all groups with one {@code $in} on {@code _id}), so
 * a request costs four round trips however many regions there are. The API ({@code GET /api/network/overview})
 * and the office's console page answer from this one composition.
 */
@Component
public class NetworkOverview {

    private final RegionProjection regions;
    private final WorkingGroupProjection workingGroups;
    private final AgreementProjection agreements;
    private final PriorityProjection priorities;
    private final Clock clock;

    NetworkOverview(RegionProjection regions, WorkingGroupProjection workingGroups, AgreementProjection agreements,
                    PriorityProjection priorities, Clock clock) {
        this.regions = regions;
        this.workingGroups = workingGroups;
        this.agreements = agreements;
        this.priorities = priorities;
        this.clock = clock;
    }

    /** {@code priorities}: the region's priorities for action today; {@code workingGroup} {@code null}: none yet. */
    public record RegionOverview(String regionKey, String name, RegionKind kind, WorkingGroupOverview workingGroup,
                                 List<BindingAgreement> stateAgreements, List<PrioritiesView.Priority> priorities) {
    }

    /** {@code coordination} is {@code null} while the working group has no coordination office. */
    public record WorkingGroupOverview(String id, String name, int members,
                                       Map<StakeholderCategory, Long> membersByCategory,
                                       WorkingGroupView.Coordination coordination) {
    }

    /** Every region, by key. */
    public List<RegionOverview> regions() {
        var groups = workingGroups.groups().all("_id").stream()
                .collect(Collectors.toMap(WorkingGroupView::id, Function.identity()));
        var today = NetworkTime.today(clock);
        var bound = agreements.stateAgreementsByRegion(today);
        var all = regions.regions().all("_id");
        var current = priorities.currentOfAll(all.stream().map(RegionView::workingGroupId).filter(Objects::nonNull)
                .toList(), today);
        return all.stream().map(region -> overview(region, groups.get(region.workingGroupId()),
                bound.getOrDefault(region.key(), List.of()),
                region.workingGroupId() == null ? List.of() : current.getOrDefault(region.workingGroupId(), List.of())))
                .toList();
    }

    private static RegionOverview overview(RegionView region, WorkingGroupView group,
                                           List<BindingAgreement> stateAgreements,
                                           List<PrioritiesView.Priority> priorities) {
        return new RegionOverview(region.key(), region.name(), region.kind(), group == null ? null
                : new WorkingGroupOverview(group.id(), group.name(), group.members().size(), byCategory(group),
                group.coordination()), stateAgreements, priorities);
    }

    private static Map<StakeholderCategory, Long> byCategory(WorkingGroupView group) {
        return group.members().stream().collect(Collectors.groupingBy(WorkingGroupView.Member::category,
                () -> new EnumMap<>(StakeholderCategory.class), Collectors.counting()));
    }
}
