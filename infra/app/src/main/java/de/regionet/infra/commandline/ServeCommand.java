package de.regionet.infra.commandline;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code regionet serve [--<spring.setting>=<value>...]}: starts the application with the settings as Spring's
 * command-line arguments, unchanged. A word that is no {@code --setting} is refused as a usage error, so that a
 * mistyped command ({@code regionet verfy …}) does not start a server.
 */
@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = BuildVersion.class,
        customSynopsis = "regionet [serve] [--<spring.setting>=<value>...]",
        header = "Starts RegioNet: the HTTP API, the pages and the live feeds (the default command).",
        description = {"Every --<spring.setting>=<value> is passed to Spring unchanged, e.g.",
                "  --spring.profiles.active=demo     the demo network and its users (known passwords: trying only)",
                "  --server.port=8081                another port",
                "  --regionet.data-dir=DIR           the embedded store's directory (default ./data)",
                "  --regionet.mongo.uri=mongodb://...  a real MongoDB instead of the embedded server",
                "README \"Configuration\" lists the settings. It runs until stopped (SIGTERM or Ctrl-C)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"1:the application failed to start; the log's APPLICATION FAILED TO START says why",
                "2:usage error"})
final class ServeCommand implements Callable<Integer> {

    private final Launch launch;
    private boolean serving;

    @Spec
    private CommandSpec spec;

    @Unmatched
    private List<String> springArgs = new ArrayList<>();

    ServeCommand(Launch launch) {
        this.launch = launch;
    }

    @Override
    public Integer call() {
        return serve(spec.commandLine(), springArgs);
    }

    /** Starts the application; 1 when it failed to start (Spring has reported why), else it serves on. */
    int serve(CommandLine command, List<String> settings) {
        SpringSettings.check(command, settings);
        try {
            launch.serve(settings);
        } catch (RuntimeException failedToStart) {
            return 1;
        }
        serving = true;
        return 0;
    }

    boolean serving() {
        return serving;
    }
}
