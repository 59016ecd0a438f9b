package de.regionet.infra.commandline;

import de.regionet.infra.security.PasswordHashes;
import picocli.CommandLine.Command;

import java.io.IOException;
import java.io.PrintStream;
import java.util.concurrent.Callable;

/** {@code regionet hash-password}: a password's hash for an embedded user ({@link PasswordHashes}). */
@Command(name = "hash-password", mixinStandardHelpOptions = true, versionProvider = BuildVersion.class,
        header = "Prints the hash of a password for regionet.users[i].password-hash.",
        description = {"Reads the password without echo on a terminal, else the first line of standard input, e.g.",
                "  printf '%%s' \"$PASSWORD\" | java -jar regionet.jar hash-password",
                "and prints {bcrypt}$2a$10$... (README \"Users and sign-in\")."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the hash is on standard output", "1:no password was given", "2:usage error"})
final class HashPasswordCommand implements Callable<Integer> {

    private final PrintStream out;
    private final PrintStream err;

    HashPasswordCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() throws IOException {
        return PasswordHashes.run(out, err);
    }
}
