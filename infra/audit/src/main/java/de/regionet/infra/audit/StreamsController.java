package de.regionet.infra.audit;

import de.regionet.infra.audit.AggregateHistory.Cutoff;
import de.regionet.kernel.NetworkTime;
import de.regionet.kernel.access.ReadableBy;
import de.regionet.kernel.access.Role;
import de.regionet.kernel.network.NetworkId;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.util.List;

/**
 * The history of every aggregate, read from the event store itself: which aggregate types there are, an
 * aggregate's events, and its state as a person reads it, on a day ({@code asOf}, valid time) as the record had it
 * at an instant ({@code knownAt}) or version (record time). Every read is recorded in the audit log
 * ({@link AuditReads}). Each reader reads the streams of its networks ({@link AuditReaders}); a stream of another
 * network answers 404, as one that does not exist. The operator reads every network's.
 */
@RestController
@ReadableBy(value = ReadableBy.Audience.ROLES, roles = {Role.AUDITOR, Role.NETWORK_OFFICE, Role.OPERATOR})
class StreamsController {

    private final AggregateTypes types;
    private final AggregateHistory history;
    private final StreamCatalogue catalogue;
    private final AuditReaders readers;
    private final Clock clock;

    StreamsController(AggregateTypes types, AggregateHistory history, StreamCatalogue catalogue,
                      AuditReaders readers, Clock clock) {
        this.types = types;
        this.history = history;
        this.catalogue = catalogue;
        this.readers = readers;
        this.clock = clock;
    }

    record StreamType(String type, String storedName, String aggregateClass, String events, String state) {
    }

    @GetMapping("/api/audit/streams")
    List<StreamType> types() {
        return types.all().stream().map(type -> new StreamType(type.name(), type.storedName(),
                type.root().getName(), "/api/audit/streams/" + type.name() + "/{id}/events",
                "/api/audit/streams/" + type.name() + "/{id}/state{?asOf,knownAt,version}")).toList();
    }

    /**
     * The streams of one type of the reader's networks (or of the one it names, {@code ?network=}), the latest
     * changed first, at most {@value AuditTrail#LISTED_STREAMS}; the audit log's day streams for every reader.
     */
    @GetMapping("/api/audit/streams/{type}")
    List<AuditTrail.StreamSummary> streams(@PathVariable String type,
                                           @RequestParam(required = false) NetworkId network,
                                           HttpServletRequest request) {
        return catalogue.streams(types.named(type).name(), AuditTrail.LISTED_STREAMS, readers.of(request, network));
    }

    @GetMapping("/api/audit/streams/{type}/{id}/events")
    AggregateHistory.History events(@PathVariable String type, @PathVariable String id, HttpServletRequest request) {
        return history.events(type, id, readers.of(request));
    }

    /**
     * The state on {@code asOf} (a day: each event counts from the day it took effect) as recorded by
     * {@code knownAt} (an instant, or a date: the end of that day in Berlin) or up to {@code version}; each optional,
     * {@code knownAt} and {@code version} not together.
     */
    @GetMapping("/api/audit/streams/{type}/{id}/state")
    AggregateState state(@PathVariable String type, @PathVariable String id,
                                 @RequestParam(required = false) AsOfDay asOf,
                                 @RequestParam(required = false) KnownAt knownAt,
                                 @RequestParam(required = false) Long version, HttpServletRequest request) {
        if (knownAt != null && version != null) {
            throw new IllegalArgumentException("invalid version: ask for what the record said at an instant "
                    + "(knownAt) or at a version, not both");
        }
        if (version != null && version < 0) {
            throw new IllegalArgumentException("invalid version: a version is 0 or more");
        }
        var cutoff = new Cutoff(asOf == null ? null : asOf.day(), knownAt == null ? null : knownAt.instant(),
                version);
        return history.state(type, id, cutoff, NetworkTime.today(clock), readers.of(request));
    }
}
