package de.regionet.infra.mongo;

import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The H2 file (MVStore) behind the embedded server, opened with the options of {@link EmbeddedH2Properties}, and its
 * compaction.
 *
 * <p>Why compaction of our own: every commit (each durable append, each token and read-model write that H2's
 * background writer picks up) writes a new chunk holding the changed pages, and the pages they replace stay in older
 * chunks as dead space. H2 rewrites sparse chunks only in its own housekeeping, which does not keep up with a steady
 * stream of commits: measured, 87 % of the file was dead, chunks 13 % live. The compactor asks H2 every few seconds
 * to rewrite the live pages of its sparsest chunks ({@link MVStore#compact}); the emptied chunks are freed once H2's
 * retention time (45 s, left as it is: it protects against write buffers a crash loses) has passed, and new chunks
 * reuse their space, so the file stops growing with every version ever written. Compaction writes through the same
 * chunk-and-header path as any commit, so a {@code kill -9} during it leaves the last committed version, as before.
 */
final class EmbeddedH2Store implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedH2Store.class);

    private final MVStore store;
    private final ScheduledExecutorService compactor;
    private final int targetFillRate;
    private final int compactBytes;
    private long rewrites;

    private EmbeddedH2Store(MVStore store, EmbeddedH2Properties properties) {
        this.store = store;
        this.targetFillRate = properties.targetFillRate();
        this.compactBytes = properties.compactMegabytes() * 1024 * 1024;
        if (properties.compactEvery().isZero() || properties.compactEvery().isNegative()) {
            this.compactor = null;
            return;
        }
        this.compactor = Executors.newSingleThreadScheduledExecutor(task -> {
            var thread = new Thread(task, "h2-compaction");
            thread.setDaemon(true);
            return thread;
        });
        long every = properties.compactEvery().toMillis();
        compactor.scheduleWithFixedDelay(this::compact, every, every, TimeUnit.MILLISECONDS);
    }

    /**
     * Opens (or creates) the file; a file written with other options opens all the same. A file another process
     * holds open (another instance on the same data directory) is {@link DataDirectoryInUse}.
     */
    static EmbeddedH2Store open(Path file, EmbeddedH2Properties properties) {
        var builder = new MVStore.Builder().fileName(file.toString());
        if (properties.compress()) {
            builder.compress();
        }
        try {
            return new EmbeddedH2Store(builder.open(), properties);
        } catch (MVStoreException e) {
            if (e.getErrorCode() == DataUtils.ERROR_FILE_LOCKED) {
                throw new DataDirectoryInUse(file, e);
            }
            throw e;
        }
    }

    MVStore mvStore() {
        return store;
    }

    /**
     * One round: rewrites at most {@code compact-megabytes} of live pages from the sparsest chunks. H2 gives up a
     * round when it cannot take the store lock at once (appends hold it briefly and often), so a round tries again a
     * few times before it waits for the next.
     */
    void compact() {
        if (store.isClosed()) {
            return;
        }
        try {
            var files = store.getFileStore();
            for (int attempt = 0; attempt < 20 && files.getChunksFillRate() < targetFillRate; attempt++) {
                if (store.compact(targetFillRate, compactBytes)) {
                    rewrites++;
                    break;
                }
            }
            if (log.isDebugEnabled()) {
                log.debug("Embedded store: chunks {} % live, {} rounds rewrote pages so far, file {} bytes",
                        files.getChunksFillRate(), rewrites, files.size());
            }
        } catch (RuntimeException e) {
            if (!store.isClosed()) {
                log.warn("Compacting the embedded store's file failed; the next round tries again", e);
            }
        }
    }

    /** Stops compacting; the store itself is closed by the server's backend. */
    @Override
    public void close() {
        if (compactor != null) {
            compactor.shutdownNow();
            try {
                compactor.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
