package de.regionet.bench;

import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Optional (--profile): records each measured phase with Java Flight Recorder and sums up where the CPU went.
 * Every execution sample is charged to the component of its innermost frame that is not the JDK itself (a SHA-256
 * compression called by our hash counts as ours, a HashMap lookup inside H2 as H2). Samples are taken only while
 * a thread runs Java code, so time spent waiting (for a socket, a commit, a lock) shows up as idle CPU instead.
 */
final class Profiler {

    static final List<String> COMPONENTS = List.of("H2 MVStore", "mongo-java-server", "netty (server I/O)",
            "driver + BSON", "Axon", "Jackson", "RegioNet event store", "harness", "JDK / other");

    private static final String H2_WRITES = "H2 commits and file writes";

    record Profile(String backend, String contender, String phase, double wallSeconds, double cpuBusy,
                   long samples, double serverSide, Map<String, Double> shares, List<String> topFrames,
                   List<String> operations) {
    }

    private final Path directory;
    final List<Profile> profiles = new ArrayList<>();

    private Profiler(Path directory) {
        this.directory = directory;
    }

    static Profiler off() {
        return new Profiler(null);
    }

    static Profiler into(Path directory) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Profiler(directory);
    }

    boolean enabled() {
        return directory != null;
    }

    <T> T during(String backend, String contender, String phase, Supplier<T> work) {
        if (directory == null) {
            return work.get();
        }
        try (var recording = new Recording(Configuration.getConfiguration("profile"))) {
            recording.enable("jdk.ExecutionSample").withPeriod(java.time.Duration.ofMillis(2));
            var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            recording.start();
            long cpuBefore = os.getProcessCpuTime();
            long begin = System.nanoTime();
            T result = work.get();
            long wall = System.nanoTime() - begin;
            long cpu = os.getProcessCpuTime() - cpuBefore;
            recording.stop();
            var file = directory.resolve((backend + "-" + contender + "-" + phase).replaceAll("[^A-Za-z0-9]+", "-")
                    .toLowerCase() + ".jfr");
            recording.dump(file);
            profiles.add(summarise(backend, contender, phase, wall, cpu, file));
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParseException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Profile summarise(String backend, String contender, String phase, long wallNanos, long cpuNanos,
                                     Path file) throws IOException {
        var counts = new LinkedHashMap<String, Long>();
        COMPONENTS.forEach(component -> counts.put(component, 0L));
        var frames = new TreeMap<String, Long>();
        var operations = new TreeMap<String, Long>();
        long samples = 0;
        long serverSide = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(file)) {
            if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null) {
                continue;
            }
            samples++;
            var stack = event.getStackTrace().getFrames();
            String component = "JDK / other";
            String frame = stack.isEmpty() ? "?" : name(stack.get(0));
            for (RecordedFrame recorded : stack) {
                var found = component(recorded.getMethod().getType().getName());
                if (found != null) {
                    component = found;
                    frame = name(recorded);
                    break;
                }
            }
            counts.merge(component, 1L, Long::sum);
            frames.merge(frame, 1L, Long::sum);
            var thread = event.getThread("sampledThread");
            operations.merge(operation(stack, event.getStackTrace().isTruncated(),
                    thread == null ? "" : thread.getJavaName()), 1L, Long::sum);
            if (stack.stream().map(f -> component(f.getMethod().getType().getName()))
                    .anyMatch(c -> "H2 MVStore".equals(c) || "mongo-java-server".equals(c)
                            || "netty (server I/O)".equals(c))) {
                serverSide++;
            }
        }
        final long total = Math.max(1, samples);
        var shares = new LinkedHashMap<String, Double>();
        counts.forEach((component, count) -> shares.put(component, 100.0 * count / total));
        int cores = Runtime.getRuntime().availableProcessors();
        return new Profile(backend, contender, phase, wallNanos / 1e9, 100.0 * cpuNanos / wallNanos / cores,
                samples, 100.0 * serverSide / total, shares, top(frames, total), top(operations, total));
    }

    private static List<String> top(Map<String, Long> counts, long total) {
        return counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(8)
                .map(entry -> String.format("%.0f%% %s", 100.0 * entry.getValue() / total, entry.getKey())).toList();
    }

    /**
     * What a sample was doing, by request: the embedded server's command handler it runs under (its outermost
     * database or collection method: commandFind, commandInsert, findAndModify, ...), the server's wire protocol
     * (decoding requests, encoding replies), H2 writing pages to its file (an explicit commit, which is how client
     * threads reach H2, or H2's own background writer and serialization threads), or client-side work
     * (serializing, hashing, Axon, the driver).
     */
    private static String operation(List<RecordedFrame> stack, boolean truncated, String thread) {
        for (int i = stack.size() - 1; i >= 0; i--) {
            var type = stack.get(i).getMethod().getType().getName();
            var method = stack.get(i).getMethod().getName();
            if (type.endsWith(".H2Backend") && method.equals("commit")) {
                return H2_WRITES;
            }
            if (type.endsWith(".AbstractMongoDatabase") && !method.equals("handleCommand")
                    || type.startsWith("de.bwaldvogel.") && type.endsWith("MongoCollection")) {
                return "server " + method;
            }
        }
        if (thread.startsWith("MVStore") || thread.startsWith("H2-")) {
            return H2_WRITES;
        }
        if (thread.startsWith("mongo-server")) {
            if (truncated) {
                return "server, stack too deep to tell";
            }
            return stack.stream().anyMatch(frame -> frame.getMethod().getType().getName()
                    .startsWith("de.bwaldvogel.mongo.wire.")) ? "server wire protocol" : "server, other";
        }
        boolean inH2 = stack.stream().anyMatch(frame -> "H2 MVStore".equals(
                component(frame.getMethod().getType().getName())));
        return inH2 ? H2_WRITES : "client";
    }

    private static String name(RecordedFrame frame) {
        var type = frame.getMethod().getType().getName();
        return type.substring(type.lastIndexOf('.') + 1) + "." + frame.getMethod().getName();
    }

    /** The component a class belongs to, or null for the JDK (charged to its caller). */
    static String component(String type) {
        if (type.startsWith("org.h2.") || type.startsWith("de.bwaldvogel.mongo.backend.h2.")) {
            return "H2 MVStore";
        }
        if (type.startsWith("de.bwaldvogel.")) {
            return "mongo-java-server";
        }
        if (type.startsWith("io.netty.")) {
            return "netty (server I/O)";
        }
        if (type.startsWith("com.mongodb.") || type.startsWith("org.bson.")) {
            return "driver + BSON";
        }
        if (type.startsWith("org.axonframework.")) {
            return "Axon";
        }
        if (type.startsWith("tools.jackson.") || type.startsWith("com.fasterxml.")) {
            return "Jackson";
        }
        if (type.startsWith("de.regionet.infra.")) {
            return "RegioNet event store";
        }
        if (type.startsWith("de.regionet.bench.")) {
            return "harness";
        }
        if (type.startsWith("java.") || type.startsWith("javax.") || type.startsWith("jdk.")
                || type.startsWith("sun.") || type.startsWith("com.sun.")) {
            return null;
        }
        return "JDK / other";
    }
}
