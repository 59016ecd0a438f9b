package de.regionet.infra.portal;

import de.regionet.kernel.NetworkTime;
import de.regionet.kernel.Rejection;
import de.regionet.query.call.CallProjection;
import de.regionet.query.call.CallView;
import de.regionet.query.region.RegionProjection;
import de.regionet.query.region.RegionView;

import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Open calls for the public portal, read from the calls read model directly (a few hundred calls state-wide, so a
 * scan per request is cheap). A call is public while it is open and its deadline lies ahead: that is when a sponsor
 * can still propose. Only the call's terms are copied, never its proposals.
 */
@Component
class PublicCalls {

    private final CallProjection calls;
    private final RegionProjection regions;
    private final Clock clock;

    PublicCalls(CallProjection calls, RegionProjection regions, Clock clock) {
        this.calls = calls;
        this.regions = regions;
        this.clock = clock;
    }

    /** Every open call, the nearest deadline first. */
    CallsPage open() {
        var names = regionNames();
        return new CallsPage(calls.calls().all("_id").stream().filter(this::open)
                .sorted(Comparator.comparing(CallView::deadline).thenComparing(CallView::id))
                .map(call -> call(call, names)).toList());
    }

    /** Call {@code id} while it is open; a closed or decided call is no longer on the portal. */
    CallsPage.Call one(String id) {
        return calls.calls().find(id).filter(this::open).map(call -> call(call, regionNames()))
                .orElseThrow(() -> Rejection.notFound("no open call " + id));
    }

    private boolean open(CallView call) {
        return call.status() == CallView.Status.OPEN && call.deadline().isAfter(clock.instant());
    }

    private static CallsPage.Call call(CallView call, Map<String, String> names) {
        return new CallsPage.Call(call.id(), call.title(), call.regionKey(),
                names.getOrDefault(call.regionKey(), call.regionKey()), call.fundingArea(), call.budgetEuro(),
                call.openedOn(), LocalDateTime.ofInstant(call.deadline(), NetworkTime.ZONE),
                call.criteria() == null ? List.of() : call.criteria(), call.procedure().name());
    }

    private Map<String, String> regionNames() {
        return regions.regions().all("_id").stream().filter(region -> region.name() != null)
                .collect(Collectors.toMap(RegionView::key, RegionView::name));
    }
}
