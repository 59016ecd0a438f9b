package de.regionet.infra.commandline;

import picocli.CommandLine;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.OptionalInt;

/**
 * The command line of {@code regionet.jar} (README "Command line"): {@code serve}, the default, starts the
 * application with every Spring setting passed on unchanged; {@code verify}, {@code hash-password},
 * {@code --help} and {@code --version} answer without starting Spring or a database; {@code import} starts the
 * application without serving HTTP. Exit codes: 0 done, 1 the check failed or lines were refused (or the
 * application failed to start, as its log says), 2 a usage error.
 */
public final class RegioNetCommandLine {

    private static final int USAGE_WIDTH = 110;

    private RegioNetCommandLine() {
    }

    /**
     * Runs the words the jar was started with.
     *
     * @param application the Spring Boot application class, for {@code serve} and {@code import}
     * @return the exit code, or nothing when the application was started and serves on
     */
    public static OptionalInt run(Class<?> application, String[] args) {
        return run(new SpringLaunch(application), args, System.out, System.err);
    }

    static OptionalInt run(Launch launch, String[] args, PrintStream out, PrintStream err) {
        var serve = new ServeCommand(launch);
        var line = commandLine(launch, serve, out, err);
        int exitCode = line.execute(args);
        return serve.serving() ? OptionalInt.empty() : OptionalInt.of(exitCode);
    }

    static CommandLine commandLine(Launch launch, ServeCommand serve, PrintStream out, PrintStream err) {
        var line = new CommandLine(new RegioNetCommand(serve))
                .addSubcommand(serve)
                .addSubcommand(new VerifyCommand(out, err))
                .addSubcommand(new HashPasswordCommand(out, err))
                .addSubcommand(new ImportCommand(launch, out, err));
        // Spring's words go on as they were given: no @file expansion, no quotes taken off
        line.setExpandAtFiles(false);
        line.setUsageHelpWidth(USAGE_WIDTH);
        line.setOut(new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true));
        line.setErr(new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true));
        return line;
    }
}
