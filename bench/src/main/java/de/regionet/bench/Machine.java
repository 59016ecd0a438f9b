package de.regionet.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** Where the benchmark ran, as the report states it. */
record Machine(int processors, String javaVersion, String cpu, String memory, String os, long maxHeapBytes) {

    static Machine current() {
        return new Machine(Runtime.getRuntime().availableProcessors(), readJavaVersion(),
                firstValue(Path.of("/proc/cpuinfo"), "model name"), readMemory(),
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                        + System.getProperty("os.arch"), Runtime.getRuntime().maxMemory());
    }

    /** What {@code java -version} prints for the Java that runs the benchmark. */
    private static String readJavaVersion() {
        try {
            var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            var process = new ProcessBuilder(java, "-version").redirectErrorStream(true).start();
            var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            process.waitFor();
            return output.lines().map(String::strip).collect(Collectors.joining("; "));
        } catch (IOException e) {
            return System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return System.getProperty("java.runtime.version");
        }
    }

    /** The 1-minute load average, which says how busy the machine was besides the benchmark. */
    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static String readMemory() {
        var total = firstValue(Path.of("/proc/meminfo"), "MemTotal");
        try {
            long kilobytes = Long.parseLong(total.replace("kB", "").strip());
            return String.format("%.1f GiB", kilobytes / 1024.0 / 1024.0);
        } catch (NumberFormatException e) {
            return total;
        }
    }

    private static String firstValue(Path file, String key) {
        try {
            List<String> lines = Files.readAllLines(file);
            return lines.stream().filter(line -> line.startsWith(key)).findFirst()
                    .map(line -> line.substring(line.indexOf(':') + 1).strip()).orElse("unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
