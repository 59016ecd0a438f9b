package de.regionet.infra.history;

import de.regionet.infra.history.ImportStatus.State;
import de.regionet.kernel.access.Principals;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Locale;

/**
 * {@code java -jar regionet.jar import FILE [--dry-run] [--spring.args…]}: starts the application against the
 * configured data directory or {@code regionet.mongo.uri} without serving HTTP, imports the file in this process,
 * prints progress and a summary with every listed refused line. Exit code 0 when no line was refused, 1 when some
 * were, 2 on a usage error (no or unreadable file, no history file).
 */
public final class ImportCommandLine {

    public static final String COMMAND = "import";
    static final String PRINCIPAL = Principals.IMPORT;
    private static final String DRY_RUN = "--dry-run";
    private static final String USAGE =
            "usage: java -jar regionet.jar import FILE [--dry-run] [--spring.property=value ...]";

    private ImportCommandLine() {
    }

    public static int run(Class<?> application, String[] args, PrintStream out, PrintStream err) {
        Path file = null;
        boolean dryRun = false;
        var springArgs = new ArrayList<String>();
        for (int i = 1; i < args.length; i++) {
            if (DRY_RUN.equals(args[i])) {
                dryRun = true;
            } else if (args[i].startsWith("--")) {
                springArgs.add(args[i]);
            } else if (file == null) {
                file = Path.of(args[i]);
            } else {
                err.println(USAGE);
                return 2;
            }
        }
        if (file == null) {
            err.println(USAGE);
            return 2;
        }
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            err.println("cannot read " + file);
            return 2;
        }
        // the command's own lines are its output; the application logs only errors, unless asked otherwise
        // (--logging.level.root=INFO)
        System.setProperty("disable-axoniq-console-message", "true");
        try (var context = new SpringApplicationBuilder(application)
                .web(WebApplicationType.NONE)
                .properties("spring.main.banner-mode=off", "logging.level.root=ERROR")
                .run(springArgs.toArray(String[]::new))) {
            var every = Math.max(1, context.getBean(ImportProperties.class).progressEvery());
            var status = context.getBean(Imports.class).runHere(file, dryRun, PRINCIPAL, progress -> {
                if (progress.done() % every == 0) {
                    out.printf("%d of %d lines, %d refused%n", progress.done(), progress.total(), progress.refused());
                }
            });
            return report(status, out, err);
        }
    }

    private static int report(ImportStatus status, PrintStream out, PrintStream err) {
        if (status.state() == State.FAILED) {
            err.println("import " + status.id() + " failed: " + status.failure());
            return 2;
        }
        var seconds = Math.max(0.001, Duration.between(status.startedAt(), status.finishedAt()).toMillis() / 1000.0);
        out.printf(Locale.ROOT, "%simport %s of file sha256 %s: %d lines, %d applied, %d unchanged, %d refused "
                        + "in %.1f s (%.0f lines/s)%n", status.dryRun() ? "dry run: " : "", status.id(),
                status.fileSha256(), status.total(), status.applied(), status.unchanged(), status.refused(), seconds,
                status.done() / seconds);
        status.refusals().forEach(refusal -> out.printf("refused line %d%s: %s%n", refusal.line(),
                refusal.id() == null ? "" : " (" + refusal.id() + ")", refusal.reason()));
        if (status.refused() > status.refusals().size()) {
            out.printf("... and %d more refused lines%n", status.refused() - status.refusals().size());
        }
        return status.refused() == 0 ? 0 : 1;
    }
}
