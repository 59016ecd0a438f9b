package de.regionet.infra.commandline;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/** What the commands that need the application start: Spring itself, or a stand-in in tests. */
interface Launch {

    /**
     * Starts the application serving HTTP with {@code springArgs} as Spring's command-line arguments, unchanged.
     * Throws when it fails to start; Spring has then logged why (a start-up failure analysis or the stack trace).
     */
    void serve(List<String> springArgs);

    /** Imports a history file in this process ({@code ImportCommandLine}); answers its exit code. */
    int importHistory(Path file, boolean dryRun, List<String> springArgs, PrintStream out, PrintStream err);
}
