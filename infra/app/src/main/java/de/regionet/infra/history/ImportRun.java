package de.regionet.infra.history;

import de.regionet.infra.history.ImportStatus.Refusal;
import de.regionet.infra.history.ImportStatus.State;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One import as it runs: the counters the importing thread advances and readers ({@code GET}, the console)
 * look at while it does, each look a consistent {@link ImportStatus}.
 */
final class ImportRun {

    private final String id;
    private final boolean dryRun;
    private final String by;
    private final int refusalsListed;
    private final List<Refusal> refusals = new ArrayList<>();
    private State state = State.RUNNING;
    private String fileSha256;
    private long total;
    private long done;
    private long applied;
    private long unchanged;
    private long refused;
    private Instant startedAt;
    private Instant finishedAt;
    private String failure;

    ImportRun(String id, boolean dryRun, String by, Instant queuedAt, int refusalsListed) {
        this.id = id;
        this.dryRun = dryRun;
        this.by = by;
        this.startedAt = queuedAt;
        this.refusalsListed = refusalsListed;
    }

    String id() {
        return id;
    }

    boolean dryRun() {
        return dryRun;
    }

    String by() {
        return by;
    }

    synchronized void started(String sha256, long lines, Instant at) {
        fileSha256 = sha256;
        total = lines;
        startedAt = at;
    }

    synchronized void applied() {
        applied++;
        done++;
    }

    synchronized void unchanged() {
        unchanged++;
        done++;
    }

    synchronized void refused(long line, String externalId, String reason) {
        refused++;
        done++;
        if (refusals.size() < refusalsListed) {
            refusals.add(new Refusal(line, externalId, reason));
        }
    }

    synchronized void finished(Instant at) {
        state = State.DONE;
        finishedAt = at;
    }

    synchronized void failed(String why, Instant at) {
        state = State.FAILED;
        failure = why;
        finishedAt = at;
    }

    synchronized ImportStatus status() {
        return new ImportStatus(id, fileSha256, dryRun, state, total, done, applied, unchanged, refused,
                List.copyOf(refusals), startedAt, finishedAt, by, failure);
    }
}
