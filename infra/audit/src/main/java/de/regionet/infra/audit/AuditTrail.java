package de.regionet.infra.audit;

import de.regionet.infra.eventstore.EventLog;
import de.regionet.infra.eventstore.StoreVerifier;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What the auditors' console pages read of the audit trail, the same reads the audit API answers: the streams and
 * their histories, a state in both times, a lineage, the verification of the store and the export. The pages know
 * the audit module only through this, never the event store. Each read answers what the signed-in reader of the page
 * sees ({@link AuditReaders}): the streams of its networks, a stream of another network being none.
 */
public class AuditTrail {

    /** How many streams a listing shows at most; the latest changed first. */
    public static final int LISTED_STREAMS = 500;

    private final AggregateTypes types;
    private final StreamCatalogue catalogue;
    private final AggregateHistory history;
    private final LineageWalk lineage;
    private final StoreVerifier verifier;
    private final EventLog log;
    private final EventExport export;
    private final Clock clock;
    private final AuditReaders readers;

    AuditTrail(AggregateTypes types, StreamCatalogue catalogue, AggregateHistory history, LineageWalk lineage,
               StoreVerifier verifier, EventLog log, EventExport export, Clock clock, AuditReaders readers) {
        this.readers = readers;
        this.types = types;
        this.catalogue = catalogue;
        this.history = history;
        this.lineage = lineage;
        this.verifier = verifier;
        this.log = log;
        this.export = export;
        this.clock = clock;
    }

    /** One stream: its type (kebab case), id, name where its events state one, event count and last change. */
    public record StreamSummary(String type, String id, String name, long events, Instant lastChange) {
    }

    /** The store's verification as a person reads it, with the latest checkpoint and when its last event was stored. */
    public record VerificationStatus(boolean ok, long head, long eventsChecked, long failures,
                                     List<Failure> firstFailures, Long checkpoint, Long checkpointTo,
                                     Instant checkpointAt, Instant verifiedAt) {
    }

    /** A failure of the verification: where, what kind ({@code ALTERED}, {@code MISSING}, ...) and why. */
    public record Failure(long position, String kind, String reason) {
    }

    /** Every aggregate type the application runs, in kebab case. */
    public List<String> types() {
        return types.all().stream().map(AggregateTypes.AggregateType::name).toList();
    }

    /** Whether the application runs an aggregate type of this name. */
    public boolean knows(String type) {
        return types.find(type).isPresent();
    }

    /** The streams of a type ({@code null}: of every type), the latest changed first, at most {@link #LISTED_STREAMS}. */
    public List<StreamSummary> streams(String type) {
        return catalogue.streams(type, LISTED_STREAMS, readers.current());
    }

    /** As {@code GET /api/audit/streams/{type}/{id}/events}. */
    public List<RecordedEvent> events(String type, String id) {
        return history.events(type, id, readers.current()).events();
    }

    /** As {@code GET /api/audit/streams/{type}/{id}/state?asOf=&knownAt=}; each time optional. */
    public AggregateState state(String type, String id, LocalDate asOf, Instant knownAt, LocalDate today) {
        return history.state(type, id, new AggregateHistory.Cutoff(asOf, knownAt, null), today,
                readers.current());
    }

    /** As {@code GET /api/audit/lineage/{type}/{id}}. */
    public Lineage lineage(String type, String id) {
        return lineage.walk(type, id, readers.current());
    }

    /** As {@code GET /api/audit/verification}, with the latest checkpoint up to the store's head. */
    public VerificationStatus verify() {
        var verification = verifier.verify();
        var checkpoint = log.latestCheckpointUpTo(verification.head());
        var checkpointAt = checkpoint.map(c -> log.at(List.of(c.to())).get(c.to()))
                .map(EventLog.Entry::storedAt).orElse(null);
        return new VerificationStatus("ok".equals(verification.result()), verification.head(),
                verification.eventsChecked(), verification.failures(),
                verification.firstFailures().stream().limit(10)
                        .map(f -> new Failure(f.position(), f.kind().name(), f.reason())).toList(),
                checkpoint.map(EventLog.Checkpoint::number).orElse(null),
                checkpoint.map(EventLog.Checkpoint::to).orElse(null), checkpointAt, clock.instant());
    }

    /**
     * The export of the reader's networks, as {@code GET /api/audit/events} without parameters, written to
     * {@code out}: complete for a reader of everything.
     */
    public void export(OutputStream out) throws IOException {
        export.write(ExportFilter.readBy(readers.current()), out);
    }
}
