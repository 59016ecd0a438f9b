package de.regionet.infra.commandline;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code regionet}: without a command it serves, passing every Spring setting on as {@code serve} does. */
@Command(name = "regionet", mixinStandardHelpOptions = true, versionProvider = BuildVersion.class,
        customSynopsis = {"regionet [serve] [--<spring.setting>=<value>...]",
                "       regionet [-hV] COMMAND [OPTIONS]"},
        header = "RegioNet, the event-sourced backend of regional labour-market networks (java -jar regionet.jar).",
        description = {"Without a command it serves (see serve). verify, hash-password, --help and --version "
                + "answer without starting the application or a database."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:the check failed, lines were refused, or the application failed to start "
                + "(its log says why)", "2:usage error"},
        footerHeading = "%n",
        footer = {"Spring settings reach Spring unchanged, with or without the word serve, for example:",
                "  --spring.profiles.active=demo  --server.port=8081",
                "  --regionet.data-dir=/var/lib/regionet",
                "Run regionet COMMAND --help for a command's options. README \"Command line\" has examples."})
final class RegioNetCommand implements Callable<Integer> {

    private final ServeCommand serve;

    @Spec
    private CommandSpec spec;

    @Unmatched
    private List<String> springArgs = new ArrayList<>();

    RegioNetCommand(ServeCommand serve) {
        this.serve = serve;
    }

    @Override
    public Integer call() {
        return serve.serve(spec.commandLine(), springArgs);
    }
}
