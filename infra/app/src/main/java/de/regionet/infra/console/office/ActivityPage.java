package de.regionet.infra.console.office;

import de.regionet.infra.processing.ProjectionOperations;
import de.regionet.kernel.NetworkTime;
import de.regionet.kernel.access.ReadableBy;
import de.regionet.query.network.NetworkActivityProjection;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

import static de.regionet.kernel.access.ReadableBy.Audience.ROLES;
import static de.regionet.kernel.access.Role.AUDITOR;
import static de.regionet.kernel.access.Role.NETWORK_OFFICE;

/**
 * The live activity stream of the network for the office and auditors, as {@code GET /api/network/activity} lists
 * it: the newest events, the list replaced (live.js) whenever {@code /topic/network-activity} reports one. The topic
 * may tell of an event before the activity read model has handled it, so the list fragment waits a moment for that
 * read model to catch up with the store; otherwise the newest event would only show with the next one.
 */
@Controller
class ActivityPage {

    private static final Duration CATCH_UP = Duration.ofSeconds(2);
    private static final Duration STEP = Duration.ofMillis(50);

    private final NetworkActivityProjection activity;
    private final ProjectionOperations processors;

    ActivityPage(NetworkActivityProjection activity, ProjectionOperations processors) {
        this.activity = activity;
        this.processors = processors;
    }

    @ReadableBy(value = ROLES, roles = {NETWORK_OFFICE, AUDITOR})
    @GetMapping("/console/aktivitaet")
    String page(Model model) {
        model.addAttribute("entries", entries());
        return "console/office/activity";
    }

    /** The list alone, for live.js to swap in. */
    @ReadableBy(value = ROLES, roles = {NETWORK_OFFICE, AUDITOR})
    @GetMapping("/console/aktivitaet/liste")
    String list(Model model) {
        awaitCatchUp();
        model.addAttribute("entries", entries());
        return "console/office/activity :: list";
    }

    /** One event as the list shows it, its time in the network's zone (Europe/Berlin). */
    record Item(long position, String type, String aggregateType, String aggregateId, long version,
                LocalDateTime time, List<String> regionKeys) {
    }

    private List<Item> entries() {
        return activity.latestEntries().stream().map(entry -> new Item(entry.position(), entry.type(),
                entry.aggregateType(), entry.aggregateId(), entry.version(),
                LocalDateTime.ofInstant(entry.time(), NetworkTime.ZONE), entry.regionKeys())).toList();
    }

    private void awaitCatchUp() {
        long deadline = System.nanoTime() + CATCH_UP.toNanos();
        while (System.nanoTime() < deadline) {
            var lag = processors.status(NetworkActivityProjection.NAME).lagEvents();
            if (lag == null || lag == 0) {
                return;
            }
            LockSupport.parkNanos(STEP.toNanos());
        }
    }
}
