package de.regionet.infra.history;

import de.regionet.infra.RegioNetApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code java -jar regionet.jar import FILE [--dry-run]}, run in this process as the jar's main would run it: the
 * application starts without serving HTTP, on a store of its own (the in-memory backend, a data directory of its
 * own), and the exit code says whether lines were refused (1), none were (0), or the command was misused (2).
 */
class ImportCommandLineTest {

    @TempDir
    Path directory;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void a_file_with_a_refused_line_exits_1_and_names_the_line_and_a_clean_dry_run_exits_0() throws IOException {
        var lines = new ArrayList<>(HistoryImportTest.smallNetwork("99371"));
        lines.add(HistoryImportTest.region("99371-again", "99371", "Landkreis 99371"));
        var file = Files.writeString(directory.resolve("history.ndjson"), String.join("\n", lines),
                StandardCharsets.UTF_8);

        assertThat(run("import", file.toString(), "--regionet.imports.progress-every=2")).isEqualTo(1);
        assertThat(out()).contains("2 of 7 lines, 0 refused").contains("6 of 7 lines, 0 refused")
                .contains("7 lines, 6 applied, 0 unchanged, 1 refused")
                .contains("refused line 9 (99371-again): region 99371 is already registered");

        var clean = Files.writeString(directory.resolve("clean.ndjson"),
                String.join("\n", HistoryImportTest.smallNetwork("99372")), StandardCharsets.UTF_8);
        out.reset();
        assertThat(run("import", clean.toString(), "--dry-run")).isEqualTo(0);
        assertThat(out()).contains("dry run: import").contains("6 lines, 6 applied, 0 unchanged, 0 refused");
    }

    @Test
    void misuse_exits_2_without_starting_the_application() {
        assertThat(run("import")).isEqualTo(2);
        assertThat(err()).contains("usage: java -jar regionet.jar import FILE [--dry-run]");

        assertThat(run("import", directory.resolve("missing.ndjson").toString())).isEqualTo(2);
        assertThat(err()).contains("cannot read");

        assertThat(run("import", "a.ndjson", "b.ndjson")).isEqualTo(2);
    }

    @Test
    void a_file_that_is_no_history_file_exits_2() throws IOException {
        var file = Files.writeString(directory.resolve("other.ndjson"), "{\"format\":\"something-else\"}\n");

        assertThat(run("import", file.toString())).isEqualTo(2);
        assertThat(err()).contains("failed").contains("header");
    }

    private int run(String... args) {
        var all = new ArrayList<>(List.of(args));
        if (all.size() > 1) {
            all.addAll(List.of("--regionet.embedded.backend=memory", "--regionet.data-dir=" + directory,
                    "--logging.level.root=WARN"));
        }
        return ImportCommandLine.run(RegioNetApplication.class, all.toArray(String[]::new),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
