package de.regionet.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The Markdown the benchmark prints and writes into docs/BENCHMARKS.md. It replaces only its own block there
 * (between {@code <!-- BEGIN GENERATED name -->} and {@code <!-- END GENERATED name -->}), so what people wrote
 * around them, such as the analysis of what limits the store, stays.
 */
final class Report {

    static final String RESULTS = "results";
    static final String PROFILE = "profile";

    private final String command;
    private final ZonedDateTime date;
    private final Machine machine;
    private final List<Results> results;
    private final Profiler profiler;
    private final Duration total;
    private final String revision;

    Report(String command, ZonedDateTime date, String revision, Machine machine, List<Results> results,
           Profiler profiler, Duration total) {
        this.revision = revision;
        this.command = command;
        this.date = date;
        this.machine = machine;
        this.results = results;
        this.profiler = profiler;
        this.total = total;
    }

    String results() {
        var text = new StringBuilder();
        text.append(header());
        for (var run : results) {
            text.append(table(run));
        }
        return text.toString();
    }

    private String header() {
        return String.format(Locale.ROOT, """
                - command: `%s`
                - date: %s; code: %s
                - machine: %d processors (`nproc`), %s, %s RAM, %s; max heap %.1f GiB
                - `java -version`: %s
                - run time: %d min %d s%s

                """, command, date.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z")), revision,
                machine.processors(), machine.cpu(), machine.memory(), machine.os(),
                machine.maxHeapBytes() / 1024.0 / 1024 / 1024, machine.javaVersion(), total.toMinutes(),
                total.toSecondsPart(), profiler.enabled() ? " (with Java Flight Recorder on; see the profile)" : "");
    }

    /** The contenders RegioNet is compared with, and the heading of that comparison's column. */
    private static final Map<String, String> COMPARISONS = Map.of(
            AxonContender.STOCK, "RegioNet vs stock",
            RawDriverContender.FLOOR, "RegioNet vs floor",
            RawDriverContender.DURABLE_FLOOR, "RegioNet vs durable floor");

    private static String table(Results run) {
        var text = new StringBuilder();
        text.append(run.backend == EmbeddedServer.Backend.H2
                ? "### Embedded server, H2 file backend (the application's default), one temporary file per contender\n\n"
                : "### Embedded server, memory backend (what the tests use)\n\n");
        var compared = run.contenders.stream().filter(COMPARISONS::containsKey).toList();
        text.append("| measurement | unit | target | ").append(String.join(" | ", run.contenders)).append(" | ")
                .append(compared.stream().map(COMPARISONS::get).collect(Collectors.joining(" | "))).append(" |\n");
        text.append("| --- | --- | --- |").append(" ---: |".repeat(run.contenders.size() + compared.size()))
                .append('\n');
        for (var metric : Metric.values()) {
            if (!run.cells.containsKey(metric)) {
                continue;
            }
            text.append("| ").append(String.format(metric.label, String.format(Locale.ROOT, "%,d",
                            metric == Metric.LOAD_SMALL ? run.smallStore : run.largeStore)))
                    .append(" | ").append(metric.unit).append(" | ").append(metric.target).append(" |");
            for (var contender : run.contenders) {
                var cell = run.get(metric, contender);
                text.append(' ').append(cell == null ? "—" : number(cell.value(), metric)
                        + (cell.footnote() == null ? "" : " ⁽" + cell.footnote() + "⁾")).append(" |");
            }
            for (var other : compared) {
                text.append(' ').append(ratio(run, metric, other)).append(" |");
            }
            text.append('\n');
        }
        text.append('\n');
        for (int i = 0; i < run.footnotes.size(); i++) {
            text.append("⁽").append(i + 1).append("⁾ ").append(run.footnotes.get(i)).append(".  \n");
        }
        if (!run.footnotes.isEmpty()) {
            text.append('\n');
        }
        text.append(String.format(Locale.ROOT, """
                RegioNet vs X: how many times better RegioNet does than X (its rate ÷ X's rate, or X's time ÷ its \
                time): above 1× RegioNet is better, 1× against a floor is as fast as the server takes plain \
                documents. This backend's part of the run took %d s; the machine's 1-minute load average was %s \
                when it started and %s when it ended (%d processors).

                """, Duration.ofNanos(run.wallNanos).toSeconds(), run.loadBefore, run.loadAfter,
                Runtime.getRuntime().availableProcessors()));
        return text.toString();
    }

    private static String ratio(Results run, Metric metric, String other) {
        var ours = run.get(metric, AxonContender.REGIONET);
        var theirs = run.get(metric, other);
        if (ours == null || theirs == null || ours.value() <= 0 || theirs.value() <= 0) {
            return "—";
        }
        double ratio = metric.higherIsBetter ? ours.value() / theirs.value() : theirs.value() / ours.value();
        return String.format(Locale.ROOT, ratio >= 10 ? "%,.0f×" : "%.2f×", ratio);
    }

    private static String number(double value, Metric metric) {
        if (Double.isNaN(value)) {
            return "n/a";
        }
        if ("ms".equals(metric.unit)) {
            return String.format(Locale.ROOT, value < 10 ? "%.2f" : value < 100 ? "%.1f" : "%,.0f", value);
        }
        return String.format(Locale.ROOT, "%,.0f", value);
    }

    String profile() {
        var text = new StringBuilder();
        text.append(String.format(Locale.ROOT, """
                - command: `%s`
                - date: %s; code: %s; Java Flight Recorder, `profile` settings, one recording per phase and contender \
                (files under `bench/target/jfr/`, read them with `jfr print --events jdk.ExecutionSample FILE`)
                - CPU busy: process CPU time ÷ (wall time × %d processors). Shares: execution samples charged to the \
                innermost frame outside the JDK; "in server" counts samples whose stack is inside the embedded \
                server (mongo-java-server, its H2 backend or netty)

                """, command, date.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z")), revision,
                machine.processors()));
        text.append("| backend | phase | contender | wall s | CPU busy | samples | in server | ")
                .append(String.join(" | ", Profiler.COMPONENTS)).append(" |\n");
        text.append("| --- | --- | --- |").append(" ---: |".repeat(4 + Profiler.COMPONENTS.size())).append('\n');
        for (var profile : profiler.profiles) {
            if (profile.samples() == 0) {
                continue;
            }
            text.append(String.format(Locale.ROOT, "| %s | %s | %s | %.1f | %.0f%% | %d | %.0f%% |",
                    profile.backend(), profile.phase(), profile.contender(), profile.wallSeconds(),
                    profile.cpuBusy(), profile.samples(), profile.serverSide()));
            for (var component : Profiler.COMPONENTS) {
                text.append(String.format(Locale.ROOT, " %.0f%% |", profile.shares().get(component)));
            }
            text.append('\n');
        }
        text.append("\nBy request (the embedded server's command handler a sample runs under, its wire protocol, "
                + "H2 commits and file writes, or client-side work) and hottest frames (innermost frame outside the "
                + "JDK), as shares of the phase's samples:\n\n");
        for (var profile : profiler.profiles) {
            if (profile.samples() == 0) {
                continue;
            }
            text.append("- ").append(profile.backend()).append(", ").append(profile.contender()).append(", ")
                    .append(profile.phase()).append(": ")
                    .append(String.join(", ", profile.operations())).append("; hottest: ")
                    .append(profile.topFrames().stream().limit(5).collect(Collectors.joining(", "))).append('\n');
        }
        return text.append('\n').toString();
    }

    /**
     * Writes the results, or with the profiler on only the profile: numbers measured under the profiler are not
     * the ones to report.
     */
    void writeTo(Path file) throws IOException {
        var text = Files.exists(file) ? Files.readString(file) : skeleton();
        text = profiler.enabled() ? replace(text, PROFILE, profile()) : replace(text, RESULTS, results());
        Files.writeString(file, text);
    }

    static String replace(String text, String block, String content) {
        var begin = "<!-- BEGIN GENERATED " + block + " -->";
        var end = "<!-- END GENERATED " + block + " -->";
        int from = text.indexOf(begin);
        int to = text.indexOf(end);
        if (from < 0 || to < from) {
            return text + "\n" + begin + "\n" + content + end + "\n";
        }
        return text.substring(0, from + begin.length()) + "\n" + content + text.substring(to);
    }

    private static String skeleton() {
        return """
                # Benchmarks

                ## Results

                <!-- BEGIN GENERATED results -->
                <!-- END GENERATED results -->

                ## Profile

                <!-- BEGIN GENERATED profile -->
                <!-- END GENERATED profile -->
                """;
    }
}
