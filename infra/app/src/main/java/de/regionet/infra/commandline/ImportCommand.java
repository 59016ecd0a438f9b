package de.regionet.infra.commandline;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code regionet import FILE [--dry-run]}: a history file into the configured store ({@code ImportCommandLine}). */
@Command(name = "import", mixinStandardHelpOptions = true, versionProvider = BuildVersion.class,
        customSynopsis = "regionet import [-hV] [--dry-run] FILE [--<spring.setting>=<value>...]",
        header = "Imports a history file into the configured store, without serving HTTP (docs/import.md).",
        description = {"Starts the application on the data directory or MongoDB its settings name (which no "
                + "other instance may be using), prints progress and a summary with every refused line, and exits. "
                + "Spring settings (--<spring.setting>=<value>) are passed on as for serve."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every line was applied or unchanged", "1:lines were refused (each is listed), or the "
                + "application failed to start (its log says why)",
                "2:usage error, an unreadable file, or a file that is no history file"})
final class ImportCommand implements Callable<Integer> {

    private final Launch launch;
    private final PrintStream out;
    private final PrintStream err;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "the history file (NDJSON, docs/import.md)")
    private Path file;

    @Option(names = "--dry-run", description = "check every line against the store, store nothing")
    private boolean dryRun;

    @Unmatched
    private List<String> springArgs = new ArrayList<>();

    ImportCommand(Launch launch, PrintStream out, PrintStream err) {
        this.launch = launch;
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() {
        SpringSettings.check(spec.commandLine(), springArgs);
        try {
            return launch.importHistory(file, dryRun, springArgs, out, err);
        } catch (RuntimeException failedToStart) {
            err.println("import did not run: the application failed to start (see above)");
            return 1;
        }
    }
}
