package de.regionet.infra.commandline;

import de.regionet.infra.RegioNetApplication;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code java -cp … RegioNetApplication ARGS} in a process of its own, as {@code java -jar regionet.jar ARGS} runs:
 * the application's class path without the tests' classes and their configuration (so no test users either).
 */
final class JavaProcess {

    /** What a finished process left: its exit code, what it wrote to each stream, and how long it took. */
    record Finished(int exitCode, String out, String err, Duration took) {
    }

    private JavaProcess() {
    }

    static ProcessBuilder of(String... args) {
        var command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", applicationClassPath(), RegioNetApplication.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command);
    }

    /** Runs the words with {@code input} on standard input and waits for the process to end. */
    static Finished run(String input, Duration atMost, String... args) throws IOException, InterruptedException {
        var started = System.nanoTime();
        var directory = Files.createTempDirectory("regionet-command-line");
        var out = directory.resolve("out.txt");
        var err = directory.resolve("err.txt");
        var process = of(args).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        try (var stdin = process.getOutputStream()) {
            stdin.write(input.getBytes(StandardCharsets.UTF_8));
        }
        assertThat(process.waitFor(atMost.toMillis(), TimeUnit.MILLISECONDS))
                .as("regionet %s ended within %s", String.join(" ", args), atMost).isTrue();
        var took = Duration.ofNanos(System.nanoTime() - started);
        return new Finished(process.exitValue(), Files.readString(out), Files.readString(err), took);
    }

    /** Ends a process and waits for it, so that it frees its port and data directory. */
    static void stop(Process process) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    private static String applicationClassPath() {
        var all = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return String.join(File.pathSeparator, Arrays.stream(all.split(File.pathSeparator))
                .filter(entry -> !entry.endsWith("test-classes")).toList());
    }
}
