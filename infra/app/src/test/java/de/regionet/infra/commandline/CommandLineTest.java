package de.regionet.infra.commandline;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Acceptance 3 of issue 23, first half: {@code --help}, {@code --version}, {@code verify} and
 * {@code hash-password} answer in a process of their own without starting Spring (no log line, no banner, in the
 * time a JVM takes to start rather than an application), with the documented exit codes.
 */
class CommandLineTest {

    /** Far below what starting the application takes on the same machine (tens of seconds), and above a bare JVM. */
    private static final Duration AT_ONCE = Duration.ofSeconds(30);

    @TempDir
    Path directory;

    @Test
    void help_prints_the_usage_at_once_without_starting_spring() throws Exception {
        var help = JavaProcess.run("", AT_ONCE, "--help");

        assertThat(help.exitCode()).as(help.err()).isZero();
        assertThat(help.out()).contains("Usage: regionet [serve] [--<spring.setting>=<value>...]", "Commands:",
                "serve", "verify", "hash-password", "import", "Exit codes:", "--spring.profiles.active=demo");
        assertNothingOfSpring(help);
        assertThat(help.took()).isLessThan(AT_ONCE);
    }

    @Test
    void version_names_the_build() throws Exception {
        var version = JavaProcess.run("", AT_ONCE, "--version");

        assertThat(version.exitCode()).isZero();
        assertThat(version.out()).containsPattern("regionet \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?, built \\d{4}-");
        assertNothingOfSpring(version);
    }

    @Test
    void verify_exits_0_for_a_signed_export_and_1_for_one_changed_character() throws Exception {
        var export = fixture("export.ndjson");
        var key = fixture("export-key.json");

        var good = JavaProcess.run("", AT_ONCE, "verify", export.toString(), "--key", key.toString());
        assertThat(good.exitCode()).as(good.err()).isZero();
        assertThat(good.out()).startsWith("OK 3 events").contains("(complete export)");
        assertNothingOfSpring(good);

        var lines = Files.readAllLines(export, StandardCharsets.UTF_8);
        lines.set(1, lines.get(1).replace("Dessau-Roßlau", "Dessau-Rosslau"));
        var changed = Files.write(directory.resolve("changed.ndjson"), lines, StandardCharsets.UTF_8);
        var bad = JavaProcess.run("", AT_ONCE, "verify", changed.toString());
        assertThat(bad.exitCode()).as(bad.out()).isEqualTo(1);
        assertThat(bad.err()).startsWith("FAILED at line 2: ");
        assertNothingOfSpring(bad);
    }

    @Test
    void a_usage_error_exits_2_with_the_usage_on_standard_error() throws Exception {
        var noFile = JavaProcess.run("", AT_ONCE, "verify");
        assertThat(noFile.exitCode()).isEqualTo(2);
        assertThat(noFile.err()).contains("Missing required parameter: 'FILE'", "Usage: regionet verify");

        var mistyped = JavaProcess.run("", AT_ONCE, "verfy", "export.ndjson");
        assertThat(mistyped.exitCode()).as("a mistyped command starts no server").isEqualTo(2);
        assertThat(mistyped.err()).contains("Did you mean", "regionet verify");
        assertNothingOfSpring(mistyped);
    }

    @Test
    void hash_password_hashes_the_line_on_standard_input_and_refuses_none() throws Exception {
        var hashed = JavaProcess.run("s3cret\n", AT_ONCE, "hash-password");
        assertThat(hashed.exitCode()).as(hashed.err()).isZero();
        assertThat(hashed.out().lines().reduce((first, second) -> second)).as("the hash is the last line")
                .hasValueSatisfying(hash -> assertThat(hash).startsWith("{bcrypt}$2a$10$"));
        assertThat(hashed.out()).doesNotContain("s3cret");

        var none = JavaProcess.run("", AT_ONCE, "hash-password");
        assertThat(none.exitCode()).isEqualTo(1);
        assertThat(none.err()).contains("No password given");
        assertNothingOfSpring(none);
    }

    /**
     * No line of Spring's (its start logs at once, abbreviated or not), no banner, no web server, no database. A
     * library may log a line of its own on a flat class path (the jar's launcher hides some of them).
     */
    private static void assertNothingOfSpring(JavaProcess.Finished finished) {
        var output = finished.out() + finished.err();
        assertThat(output).doesNotContain("Starting RegioNetApplication", "o.s.b.", "org.springframework", "Tomcat",
                "MongoServer", "APPLICATION FAILED TO START", ":: Spring Boot ::");
    }

    private static Path fixture(String name) throws IOException {
        var resource = Objects.requireNonNull(CommandLineTest.class.getResource("/fixtures/export/" + name), name);
        try {
            return Path.of(resource.toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IOException(e);
        }
    }
}
