package de.regionet.query.targetagreement;

import de.regionet.kernel.NetworkTime;
import de.regionet.query.region.RegionProjection;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.HashMap;
import java.util.function.Predicate;

/**
 * The network office's controlling of a year as {@code GET /api/network/controlling} and the office's console page
 * both show it: one place composes the report, so the page's table and chart carry the API's figures.
 */
@Component
public class NetworkControlling {

    private final ControllingProjection projection;
    private final RegionProjection regions;
    private final Clock clock;

    NetworkControlling(ControllingProjection projection, RegionProjection regions, Clock clock) {
        this.projection = projection;
        this.regions = regions;
        this.clock = clock;
    }

    /**
     * {@code period}: the year, this year when {@code null} or blank; rows in {@code sort} and {@code order}
     * ({@link ControllingReport#order}). Counted as of the year's last day, or today while the year runs. An
     * unreadable period, sort or order is refused as invalid, naming the field.
     */
    public ControllingReport report(String period, String sort, String order) {
        return report(period, sort, order, region -> true);
    }

    /** As {@link #report(String, String, String)}, over the agreements of the regions {@code shown} accepts. */
    public ControllingReport report(String period, String sort, String order, Predicate<String> shown) {
        var today = NetworkTime.today(clock);
        var year = period == null || period.isBlank() ? String.valueOf(today.getYear()) : period.strip();
        var span = PeriodFilter.year(year);
        var rowOrder = ControllingReport.order(sort, order);
        var asOf = today.isAfter(span.to()) ? span.to() : today;
        var agreements = projection.agreements().all("_id").stream().filter(span::overlaps)
                .filter(agreement -> shown.test(agreement.regionKey())).toList();
        var names = new HashMap<String, String>();
        regions.regions().all("_id").forEach(region -> names.put(region.key(), region.name()));
        return ControllingReport.of(year, asOf, projection.standingsOf(agreements), names::get, rowOrder);
    }
}
