package de.regionet.query.workinggroup.priority;

import de.regionet.kernel.workinggroup.PriorityForAction;
import de.regionet.query.workinggroup.priority.PrioritiesView.Priority;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The state-wide view of priorities for action on a day: which priorities, and which funding areas, how many
 * regions share, so regions with the same focus find each other. Titles are compared as
 * {@link PriorityForAction#normalisedTitle} does (case, spacing and dashes do not matter); a shared priority is shown
 * with the spelling of the region with the lowest key.
 */
public record SharedPriorities(LocalDate asOf, int regionsWithPriorities, List<SharedPriority> priorities,
                               List<SharedFundingArea> fundingAreas) {

    public record RegionRef(String key, String name) {
    }

    public record SharedPriority(String title, int regionCount, List<RegionRef> regions, List<String> fundingAreas) {
    }

    public record SharedFundingArea(String fundingArea, int regionCount, List<RegionRef> regions) {
    }

    /** The current priorities of each region, keyed by region (regions without priorities may be left out). */
    static SharedPriorities of(LocalDate asOf, Map<RegionRef, List<Priority>> byRegion) {
        var regions = byRegion.entrySet().stream().filter(entry -> !entry.getValue().isEmpty())
                .sorted(Map.Entry.comparingByKey(Comparator.comparing(RegionRef::key))).toList();
        var titles = new LinkedHashMap<String, String>();
        var regionsByTitle = new LinkedHashMap<String, List<RegionRef>>();
        var areasByTitle = new LinkedHashMap<String, TreeSet<String>>();
        var regionsByArea = new TreeMap<String, List<RegionRef>>();
        for (var region : regions) {
            var areasOfRegion = new TreeSet<String>();
            for (var priority : region.getValue()) {
                var key = PriorityForAction.normalisedTitle(priority.title());
                titles.putIfAbsent(key, priority.title());
                var sharing = regionsByTitle.computeIfAbsent(key, title -> new ArrayList<>());
                if (!sharing.contains(region.getKey())) {
                    sharing.add(region.getKey());
                }
                areasByTitle.computeIfAbsent(key, title -> new TreeSet<>()).addAll(priority.fundingAreas());
                areasOfRegion.addAll(priority.fundingAreas());
            }
            areasOfRegion.forEach(area -> regionsByArea.computeIfAbsent(area, code -> new ArrayList<>())
                    .add(region.getKey()));
        }
        var priorities = regionsByTitle.entrySet().stream()
                .map(entry -> new SharedPriority(titles.get(entry.getKey()), entry.getValue().size(),
                        List.copyOf(entry.getValue()), List.copyOf(areasByTitle.get(entry.getKey()))))
                .sorted(Comparator.comparingInt(SharedPriority::regionCount).reversed()
                        .thenComparing(shared -> PriorityForAction.normalisedTitle(shared.title())))
                .toList();
        var areas = regionsByArea.entrySet().stream()
                .map(entry -> new SharedFundingArea(entry.getKey(), entry.getValue().size(),
                        List.copyOf(entry.getValue())))
                .toList();
        return new SharedPriorities(asOf, regions.size(), priorities, areas);
    }
}
