package de.regionet.infra.history;

import jakarta.annotation.PreDestroy;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * The imports of this node: started in the background, one at a time in the order they were asked for (lines of
 * two files must not interleave), and their status kept in memory for the latest {@value #KEPT} (the audit trail
 * keeps every import that changed the record).
 */
@Component
class Imports {

    static final int KEPT = 100;

    private final HistoryImport history;
    private final ImportProperties properties;
    private final Clock clock;
    private final Map<String, ImportRun> runs = new LinkedHashMap<>();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        var thread = new Thread(runnable, "history-import");
        thread.setDaemon(true);
        return thread;
    });

    Imports(HistoryImport history, ImportProperties properties, Clock clock) {
        this.history = history;
        this.properties = properties;
        this.clock = clock;
    }

    /** Queues the import of {@code file}, which it deletes when done; answers the run to poll. */
    ImportRun startAndDelete(Path file, boolean dryRun, String by) {
        var run = remember(dryRun, by);
        worker.execute(() -> {
            try {
                history.run(file, run, status -> {
                });
            } finally {
                delete(file);
            }
        });
        return run;
    }

    /** Runs an import in the caller's thread, telling {@code progress} after each line. */
    ImportStatus runHere(Path file, boolean dryRun, String by, Consumer<ImportStatus> progress) {
        var run = remember(dryRun, by);
        history.run(file, run, progress);
        return run.status();
    }

    Optional<ImportStatus> status(String id) {
        synchronized (runs) {
            return Optional.ofNullable(runs.get(id)).map(ImportRun::status);
        }
    }

    /** The latest imports, newest first. */
    List<ImportStatus> all() {
        synchronized (runs) {
            var all = new ArrayList<>(runs.values().stream().map(ImportRun::status).toList());
            java.util.Collections.reverse(all);
            return all;
        }
    }

    private ImportRun remember(boolean dryRun, String by) {
        var run = new ImportRun(UUID.randomUUID().toString(), dryRun, by, clock.instant(),
                properties.refusalsListed());
        synchronized (runs) {
            runs.put(run.id(), run);
            if (runs.size() > KEPT) {
                runs.remove(runs.keySet().iterator().next());
            }
        }
        return run;
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a temporary file; the system's clean-up removes it
        }
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
