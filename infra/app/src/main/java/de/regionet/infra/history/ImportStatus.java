package de.regionet.infra.history;

import java.time.Instant;
import java.util.List;

/**
 * What {@code GET /api/admin/imports/{id}} answers: the import's progress (lines done of the file's total) and
 * outcome, with the first refused lines ({@code regionet.imports.refusals-listed}) and why each was refused.
 */
public record ImportStatus(String id, String fileSha256, boolean dryRun, State state, long total, long done,
                           long applied, long unchanged, long refused, List<Refusal> refusals, Instant startedAt,
                           Instant finishedAt, String by, String failure) {

    public enum State { RUNNING, DONE, FAILED }

    /** A refused line: its line number in the file (1 is the header), its external id where it has one, why. */
    public record Refusal(long line, String id, String reason) {
    }
}
