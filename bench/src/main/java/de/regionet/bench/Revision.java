package de.regionet.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Which code was measured: the repository's commit, and whether the event store package differs from it. */
final class Revision {

    static final String EVENT_STORE = "infra/eventstore/src/main/java/de/regionet/infra/eventstore";

    private Revision() {
    }

    static String describe() {
        var commit = git(List.of("git", "rev-parse", "--short", "HEAD"));
        if (commit.isEmpty()) {
            return "unknown (no git repository here)";
        }
        var changes = git(List.of("git", "status", "--porcelain", "--", EVENT_STORE));
        return "commit " + commit + (changes.isEmpty() ? ", event store package as committed"
                : ", event store package with uncommitted changes");
    }

    private static String git(List<String> command) {
        try {
            var process = new ProcessBuilder(command).redirectErrorStream(true).start();
            var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return process.waitFor() == 0 ? output : "";
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }
}
