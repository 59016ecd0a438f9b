package de.regionet.infra.mongo;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * A second instance started on a data directory that an instance already uses: one line naming the directory and
 * what to do, instead of 169 lines with H2's "The file is locked" at the bottom. Registered in
 * {@code META-INF/spring.factories}.
 */
class DataDirectoryInUseFailureAnalyzer extends AbstractFailureAnalyzer<DataDirectoryInUse> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DataDirectoryInUse cause) {
        return new FailureAnalysis("The data directory " + cause.directory() + " is in use by another RegioNet "
                + "instance (its file " + cause.file().getFileName() + " is locked): stop that instance, or start "
                + "this one with a data directory of its own (--regionet.data-dir=DIR).",
                "Only one process can use an embedded store. To run several nodes, give them one MongoDB "
                        + "(regionet.mongo.uri); see docs/operations.md \"Start-up failures\".", cause);
    }
}
