package de.regionet.infra.audit;

import com.nimbusds.jose.jwk.RSAKey;
import tools.jackson.databind.json.JsonMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static de.regionet.infra.audit.ExportFormat.*;

/**
 * {@code java -jar regionet.jar verify export.ndjson [--key public-key.json] [--checkpoint N=HASH ...]}: re-checks an
 * export without a server or database. Every event's hash against its content and position (with the hash version
 * the line names); the chain of hashes and sequence numbers of each stream; the numbering and the hash chain of the
 * lines; the manifest's counts, positions, hash versions and line hash, and its signature (against the pinned
 * public key, if one is given); for a complete export also every checkpoint, recomputed from the lines, against the
 * manifest's and the ones given. It keeps going after a bad line ({@link ExportWalk}), so one broken line never
 * hides a later one. Exit code 0 with a summary when everything verifies; 1 naming the first bad line and how many
 * lines failed (listing the first {@value #LISTED_FAILURES}); 2 for a usage error.
 */
public final class ExportVerifier {

    public static final String COMMAND = "verify";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** How many bad lines a result lists; it counts all of them. */
    public static final int LISTED_FAILURES = 100;

    /** A line that failed, and why (the first reason found for it). */
    public record LineFailure(long line, String reason) {
    }

    /**
     * What verifying found: {@code ok} with a summary, or the first bad line (the manifest's number for it), how many
     * lines failed, and the first {@value #LISTED_FAILURES} of them in line order.
     */
    public record Result(boolean ok, long line, String reason, String summary, long failures,
                         List<LineFailure> firstFailures) {

        static Result failed(long line, String reason) {
            return new Result(false, line, reason, null, 1, List.of(new LineFailure(line, reason)));
        }

        @Override
        public String toString() {
            if (ok) {
                return "OK " + summary;
            }
            var text = new StringBuilder("FAILED at line ").append(line).append(": ").append(reason);
            text.append('\n').append(failures).append(failures == 1 ? " line" : " lines").append(" failed");
            if (failures > 1) {
                text.append(failures > firstFailures.size() ? "; the first " + firstFailures.size() : "")
                        .append(':');
                firstFailures.forEach(failure -> text.append("\n  line ").append(failure.line()).append(": ")
                        .append(failure.reason()));
            }
            return text.toString();
        }
    }

    private ExportVerifier() {
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        Path file = null;
        RSAKey pinned = null;
        var expected = new TreeMap<Long, String>();
        try {
            for (int i = 1; i < args.length; i++) {
                switch (args[i]) {
                    case "--key" -> pinned = RSAKey.parse(Files.readString(Path.of(args[++i]))).toPublicJWK();
                    case "--checkpoint" -> {
                        var pair = args[++i].split("=", 2);
                        expected.put(Long.parseLong(pair[0]), pair[1]);
                    }
                    default -> {
                        if (file != null || args[i].startsWith("--")) {
                            throw new IllegalArgumentException("unexpected argument " + args[i]);
                        }
                        file = Path.of(args[i]);
                    }
                }
            }
            if (file == null) {
                throw new IllegalArgumentException("no export file given");
            }
        } catch (IOException | ParseException | RuntimeException e) {
            err.println("usage: java -jar regionet.jar " + COMMAND + " <export.ndjson> [--key <public-key.json>] "
                    + "[--checkpoint <number>=<hash> ...]");
            err.println(e.getMessage());
            return 2;
        }
        try {
            var result = verify(file, pinned, expected);
            (result.ok() ? out : err).println(result);
            return result.ok() ? 0 : 1;
        } catch (IOException e) {
            err.println("cannot read " + file + ": " + e.getMessage());
            return 2;
        }
    }

    /**
     * Verifies an export file.
     *
     * @param pinned   the public key the manifest must be signed with; {@code null} accepts the key the manifest
     *                 names, and the summary shows its thumbprint to compare with the published one
     * @param expected checkpoint hashes kept from earlier (by checkpoint number) that the export must reproduce
     */
    public static Result verify(Path file, RSAKey pinned, Map<Long, String> expected) throws IOException {
        long lines = 0;
        String last = null;
        try (var reader = reader(file)) {
            for (var line = reader.readLine(); line != null; line = reader.readLine()) {
                lines++;
                last = line;
            }
        }
        if (last == null) {
            return Result.failed(1, "the file is empty");
        }
        var manifestLine = ExportWalk.object(last);
        boolean hasManifest = manifestLine != null && manifestLine.has(MANIFEST) && manifestLine.get(MANIFEST)
                .isObject();
        var walk = new ExportWalk(hasManifest ? manifestLine.get(MANIFEST) : JSON.createObjectNode(), expected,
                LISTED_FAILURES);
        try (var reader = reader(file)) {
            for (long number = 1; number < lines; number++) {
                walk.line(number, reader.readLine());
            }
        }
        if (!hasManifest) {
            walk.fail(lines, manifestLine == null ? "the last line is not JSON: the export is cut off"
                    : "the last line is no manifest: the export is cut off");
            return walk.result(null);
        }
        return walk.result(walk.finish(lines, manifestLine, pinned));
    }

    private static BufferedReader reader(Path file) throws IOException {
        return Files.newBufferedReader(file, StandardCharsets.UTF_8);
    }
}
