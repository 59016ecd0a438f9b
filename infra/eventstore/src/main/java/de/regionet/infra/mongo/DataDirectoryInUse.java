package de.regionet.infra.mongo;

import java.nio.file.Path;

/**
 * The embedded store's file is locked: another process, most likely another RegioNet instance, has the same data
 * directory open. H2 allows one process per file. {@link DataDirectoryInUseFailureAnalyzer} says so in one line.
 */
final class DataDirectoryInUse extends IllegalStateException {

    private final transient Path file;

    DataDirectoryInUse(Path file, Throwable cause) {
        super("the embedded store's file " + file + " is locked by another process", cause);
        this.file = file;
    }

    Path file() {
        return file;
    }

    Path directory() {
        return file.getParent();
    }
}
