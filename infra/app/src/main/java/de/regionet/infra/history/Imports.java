package de.regionet.infra.history;

import jakarta.annotation.PreDestroy;
import org.springframework.stereotype.Component;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
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
 * keeps every import that changed the record). Uploads come through the API ({@code POST /api/admin/imports}) and
 * the office's console, both by {@link #upload}, so both keep the same size limit.
 */
@Component
public class Imports {

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

    /**
     * Copies an upload to a temporary file and queues its import; the upload is refused (413) as soon as it passes
     * {@code regionet.imports.max-size}.
     */
    public ImportStatus upload(InputStream in, boolean dryRun, String by) throws IOException {
        return startAndDelete(copy(in), dryRun, by).status();
    }

    /** The most an upload may hold, in bytes. */
    public long maxSize() {
        return properties.maxSize().toBytes();
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

    public Optional<ImportStatus> status(String id) {
        synchronized (runs) {
            return Optional.ofNullable(runs.get(id)).map(ImportRun::status);
        }
    }

    /** The latest imports, newest first. */
    public List<ImportStatus> all() {
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

    /** The upload in a temporary file, refused (413) as soon as it passes the limit. */
    private Path copy(InputStream in) throws IOException {
        var file = Files.createTempFile("regionet-import-", ".ndjson");
        try (OutputStream out = Files.newOutputStream(file)) {
            var buffer = new byte[1 << 16];
            long copied = 0;
            int n;
            while ((n = in.read(buffer)) > 0) {
                copied += n;
                if (copied > maxSize()) {
                    throw tooLarge();
                }
                out.write(buffer, 0, n);
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        return file;
    }

    ResponseStatusException tooLarge() {
        return new ResponseStatusException(HttpStatus.CONTENT_TOO_LARGE,
                "the file exceeds the import limit of " + maxSize() + " bytes (regionet.imports.max-size)");
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
