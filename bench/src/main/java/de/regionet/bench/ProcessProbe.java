package de.regionet.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A server process's CPU time ({@code /proc/<pid>/stat}, user + system ticks) and resident memory
 * ({@code /proc/<pid>/status} VmRSS, sampled every 200 ms for the peak), read from outside as {@code top} would.
 */
final class ProcessProbe implements AutoCloseable {

    /** {@code getconf CLK_TCK} on Linux. */
    private static final double TICKS_PER_SECOND = 100;

    private final long pid;
    private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(runnable -> {
        var thread = new Thread(runnable, "rss-sampler");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicLong peakKilobytes = new AtomicLong();
    private ScheduledFuture<?> sampling;

    ProcessProbe(long pid) {
        this.pid = pid;
    }

    /** Starts a new peak. */
    void startPeak() {
        peakKilobytes.set(rssKilobytes());
        if (sampling == null) {
            sampling = sampler.scheduleAtFixedRate(() -> peakKilobytes.accumulateAndGet(rssKilobytes(), Math::max),
                    200, 200, TimeUnit.MILLISECONDS);
        }
    }

    /** The highest resident set size since {@link #startPeak()}, in MiB. */
    double peakMegabytes() {
        return peakKilobytes.get() / 1024.0;
    }

    /** User and system CPU seconds the process has used so far. */
    double cpuSeconds() {
        try {
            var stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
            var fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // after the command: state is field 3, utime 14 and stime 15 of the whole line
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException gone) {
            return Double.NaN;
        }
    }

    private long rssKilobytes() {
        try {
            for (var line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException | RuntimeException gone) {
            // the process ended
        }
        return 0;
    }

    @Override
    public void close() {
        sampler.shutdownNow();
    }
}
