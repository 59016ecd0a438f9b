package de.regionet.infra.audit;

import de.regionet.infra.audit.AggregateHistory.Cutoff;
import de.regionet.kernel.Rejection;
import de.regionet.kernel.access.ReadableBy;
import de.regionet.kernel.access.Role;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * The history of every aggregate, read from the event store itself: which aggregate types there are, an
 * aggregate's events, and its state as of a time or version. Every read is recorded in the audit log
 * ({@link AuditReads}).
 */
@RestController
@ReadableBy(value = ReadableBy.Audience.ROLES, roles = {Role.AUDITOR, Role.NETWORK_OFFICE})
class StreamsController {

    private final AggregateTypes types;
    private final AggregateHistory history;

    StreamsController(AggregateTypes types, AggregateHistory history) {
        this.types = types;
        this.history = history;
    }

    record StreamType(String type, String storedName, String aggregateClass, String events, String state) {
    }

    @GetMapping("/api/audit/streams")
    List<StreamType> types() {
        return types.all().stream().map(type -> new StreamType(type.name(), type.storedName(),
                type.root().getName(), "/api/audit/streams/" + type.name() + "/{id}/events",
                "/api/audit/streams/" + type.name() + "/{id}/state?asOf=")).toList();
    }

    @GetMapping("/api/audit/streams/{type}/{id}/events")
    AggregateHistory.History events(@PathVariable String type, @PathVariable String id) {
        return history.events(type, id);
    }

    @GetMapping("/api/audit/streams/{type}/{id}/state")
    AggregateHistory.State state(@PathVariable String type, @PathVariable String id,
                                 @RequestParam(required = false) String asOf,
                                 @RequestParam(required = false) Long version) {
        if (asOf != null && version != null) {
            throw Rejection.invalid("asOf", "ask for a time (asOf) or a version, not both");
        }
        if (version != null && version < 0) {
            throw Rejection.invalid("version", "a version is 0 or more");
        }
        return history.state(type, id, new Cutoff(asOf == null ? null : AuditTime.endOf(asOf, "asOf"), version));
    }
}
