package de.regionet.infra.commandline;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command line's words, parsed in this process with a stand-in for Spring: what reaches Spring, and the exit
 * codes. {@code CommandLineTest} runs the offline commands as the jar does, in a process of their own.
 */
class RegioNetCommandLineTest {

    private final RecordingLaunch launch = new RecordingLaunch();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void spring_settings_reach_spring_unchanged_with_or_without_serve() {
        var settings = List.of("--spring.profiles.active=demo", "--server.port=8081",
                "--regionet.users[0].roles=NETWORK_OFFICE,AUDITOR",
                "--regionet.mongo.uri=mongodb://a,b/?replicaSet=rs0",
                "--debug", "--logging.level.root=\"WARN\"", "--regionet.data-dir=/srv/regio net");

        assertThat(run(settings.toArray(String[]::new))).as("serving: the process runs on").isEmpty();
        assertThat(launch.served).containsExactly(settings);

        var withServe = new ArrayList<>(List.of("serve"));
        withServe.addAll(settings);
        assertThat(run(withServe.toArray(String[]::new))).isEmpty();
        assertThat(launch.served).containsExactly(settings, settings);
    }

    @Test
    void no_words_serve_with_the_configured_settings() {
        assertThat(run()).isEmpty();
        assertThat(launch.served).containsExactly(List.of());
    }

    @Test
    void an_application_that_fails_to_start_exits_1() {
        launch.failToStart = true;

        assertThat(run("--server.port=8081")).hasValue(1);
        assertThat(err()).as("Spring has reported why; nothing is added").isEmpty();
    }

    @Test
    void a_mistyped_command_or_a_stray_word_is_a_usage_error_and_starts_nothing() {
        assertThat(run("verfy", "export.ndjson")).hasValue(2);
        assertThat(err()).contains("'verfy'", "Did you mean", "regionet verify");

        assertThat(run("serve", "8081")).hasValue(2);
        assertThat(run("--server.port", "8081")).as("Spring reads --name=value only").hasValue(2);
        assertThat(run("serve", "-x")).hasValue(2);
        assertThat(launch.served).isEmpty();
    }

    @Test
    void help_and_version_start_nothing() {
        assertThat(run("--help")).hasValue(0);
        assertThat(out()).contains("Usage: regionet [serve] [--<spring.setting>=<value>...]", "serve", "verify",
                "hash-password", "import", "Exit codes:", "usage error");

        assertThat(run("verify", "--help")).hasValue(0);
        assertThat(out()).contains("Usage: regionet verify", "--key", "--checkpoint");

        assertThat(run("-V")).hasValue(0);
        assertThat(out()).contains("regionet ");
        assertThat(launch.served).isEmpty();
        assertThat(launch.imported).isEmpty();
    }

    @Test
    void import_passes_its_file_dry_run_and_spring_settings_on() {
        assertThat(run("import", "history.ndjson", "--dry-run", "--regionet.data-dir=/srv/regionet")).hasValue(0);
        assertThat(launch.imported).containsExactly(List.of("history.ndjson", "true",
                "--regionet.data-dir=/srv/regionet"));

        assertThat(run("import", "--regionet.data-dir=/srv/regionet", "history.ndjson")).hasValue(0);
        assertThat(launch.imported).last().isEqualTo(List.of("history.ndjson", "false",
                "--regionet.data-dir=/srv/regionet"));
    }

    @Test
    void import_without_a_file_or_with_two_is_a_usage_error() {
        assertThat(run("import")).hasValue(2);
        assertThat(err()).contains("Missing required parameter: 'FILE'");
        assertThat(run("import", "a.ndjson", "b.ndjson")).hasValue(2);
        assertThat(launch.imported).isEmpty();
    }

    @Test
    void verify_without_a_file_or_with_an_unknown_option_is_a_usage_error() {
        assertThat(run("verify")).hasValue(2);
        assertThat(run("verify", "export.ndjson", "--spring.profiles.active=demo")).hasValue(2);
        assertThat(run("verify", "export.ndjson", "--key", "no-such-key.json")).hasValue(2);
        assertThat(err()).contains("--key no-such-key.json is no readable RSA public key");
    }

    @Test
    void verify_of_a_missing_file_exits_2() {
        assertThat(run("verify", Path.of("no-such-export.ndjson").toString())).hasValue(2);
        assertThat(err()).contains("cannot read no-such-export.ndjson");
    }

    private OptionalInt run(String... args) {
        out.reset();
        err.reset();
        return RegioNetCommandLine.run(launch, args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    /** Records what would have started Spring. */
    private static final class RecordingLaunch implements Launch {

        final List<List<String>> served = new ArrayList<>();
        final List<List<String>> imported = new ArrayList<>();
        boolean failToStart;

        @Override
        public void serve(List<String> springArgs) {
            if (failToStart) {
                throw new IllegalStateException("the application failed to start");
            }
            served.add(List.copyOf(springArgs));
        }

        @Override
        public int importHistory(Path file, boolean dryRun, List<String> springArgs, PrintStream out,
                                 PrintStream err) {
            var words = new ArrayList<>(List.of(file.toString(), Boolean.toString(dryRun)));
            words.addAll(springArgs);
            imported.add(words);
            return 0;
        }
    }
}
