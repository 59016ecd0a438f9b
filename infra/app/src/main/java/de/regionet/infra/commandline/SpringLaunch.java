package de.regionet.infra.commandline;

import de.regionet.infra.history.ImportCommandLine;
import org.springframework.boot.SpringApplication;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Starts the Spring Boot application for {@code serve} and {@code import}. */
final class SpringLaunch implements Launch {

    private final Class<?> application;

    SpringLaunch(Class<?> application) {
        this.application = application;
    }

    @Override
    public void serve(List<String> springArgs) {
        SpringApplication.run(application, springArgs.toArray(String[]::new));
    }

    @Override
    public int importHistory(Path file, boolean dryRun, List<String> springArgs, PrintStream out, PrintStream err) {
        // the words ImportCommandLine reads, as they were given to the jar before there was a command line
        var words = new ArrayList<>(List.of(ImportCommandLine.COMMAND, file.toString()));
        if (dryRun) {
            words.add("--dry-run");
        }
        words.addAll(springArgs);
        return ImportCommandLine.run(application, words.toArray(String[]::new), out, err);
    }
}
