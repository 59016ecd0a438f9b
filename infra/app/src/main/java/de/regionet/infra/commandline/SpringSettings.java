package de.regionet.infra.commandline;

import picocli.CommandLine;
import picocli.CommandLine.UnmatchedArgumentException;

import java.util.List;

/** The words a command passes on to Spring: {@code --name=value} settings (and Spring's flags such as --debug). */
final class SpringSettings {

    private SpringSettings() {
    }

    /** Refuses, as a usage error with suggestions, any word that is no option: a mistyped command or file. */
    static void check(CommandLine command, List<String> words) {
        var strays = words.stream().filter(word -> !word.startsWith("--")).toList();
        if (!strays.isEmpty()) {
            throw new UnmatchedArgumentException(command, strays);
        }
    }
}
