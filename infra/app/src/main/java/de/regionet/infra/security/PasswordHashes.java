package de.regionet.infra.security;

import org.springframework.security.crypto.factory.PasswordEncoderFactories;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * {@code java -jar regionet.jar hash-password}: reads a password (without echo on a terminal, else the first line
 * of standard input) and prints its hash for {@code regionet.users[i].password-hash}. Starts nothing else.
 */
public final class PasswordHashes {

    public static final String COMMAND = "hash-password";

    private PasswordHashes() {
    }

    /** The password's hash in {@code DelegatingPasswordEncoder} format: {@code {bcrypt}$2a$10$...}. */
    public static String hash(String password) {
        if (password == null || password.isEmpty()) {
            throw new IllegalArgumentException("the password must not be empty");
        }
        return PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(password);
    }

    public static int run(PrintStream out, PrintStream err) throws IOException {
        String password;
        var console = System.console();
        if (console != null) {
            var typed = console.readPassword("Password: ");
            password = typed == null ? null : new String(typed);
        } else {
            password = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        }
        if (password == null || password.isEmpty()) {
            err.println("No password given: type it, or pipe it in, e.g. printf '%s' \"$PASSWORD\" | java -jar "
                    + "regionet.jar " + COMMAND);
            return 1;
        }
        out.println(hash(password));
        return 0;
    }
}
