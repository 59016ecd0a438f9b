package de.regionet.infra.audit;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.RSAKey;
import de.regionet.infra.eventstore.EventDocuments;
import de.regionet.infra.eventstore.EventDocuments.Content;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static de.regionet.infra.audit.ExportFormat.*;

/**
 * {@code java -jar regionet.jar verify export.ndjson [--key public-key.json] [--checkpoint N=HASH ...]}: re-checks an
 * export without a server or database. Every event's hash against its content and position; the chain of hashes
 * and sequence numbers of each stream; the numbering and the hash chain of the lines; the manifest's counts,
 * positions and line hash, and its signature (against the pinned public key, if one is given); for a complete
 * export also every checkpoint, recomputed from the lines, against the manifest's and the ones given. Exit code 0
 * with a summary when everything verifies; 1 naming the first bad line otherwise; 2 for a usage error.
 */
public final class ExportVerifier {

    public static final String COMMAND = "verify";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** What verifying found: {@code ok} with a summary, or the first bad line (the manifest's number for it). */
    public record Result(boolean ok, long line, String reason, String summary) {

        static Result failed(long line, String reason) {
            return new Result(false, line, reason, null);
        }

        @Override
        public String toString() {
            return ok ? "OK " + summary : "FAILED at line " + line + ": " + reason;
        }
    }

    private static final class Failed extends RuntimeException {
        final long line;

        Failed(long line, String reason) {
            super(reason, null, false, false);
            this.line = line;
        }
    }

    private record StreamHead(long sequence, String hash) {
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
        try {
            var manifestLine = parse(lines, last);
            if (!manifestLine.has(MANIFEST)) {
                throw new Failed(lines, "the last line is no manifest: the export is cut off");
            }
            var manifest = manifestLine.get(MANIFEST);
            var walk = new Walk(manifest, expected);
            try (var reader = reader(file)) {
                for (long number = 1; number < lines; number++) {
                    walk.line(number, reader.readLine());
                }
            }
            var key = walk.finish(lines, manifestLine, pinned);
            return new Result(true, 0, null, walk.summary(key));
        } catch (Failed failed) {
            return Result.failed(failed.line, failed.getMessage());
        }
    }

    private static BufferedReader reader(Path file) throws IOException {
        return Files.newBufferedReader(file, StandardCharsets.UTF_8);
    }

    private static JsonNode parse(long number, String text) {
        try {
            var node = JSON.readTree(text);
            if (node == null || !node.isObject()) {
                throw new Failed(number, "not a JSON object");
            }
            return node;
        } catch (JacksonException e) {
            throw new Failed(number, "not JSON: " + e.getOriginalMessage());
        }
    }

    /** The checks that go line by line, with what they need to remember: constant except one entry per stream. */
    private static final class Walk {
        private final boolean complete;
        private final JsonNode checkpoint;
        private final Map<Long, String> expected;
        private final long interval;
        private final Map<String, StreamHead> streams = new HashMap<>();
        private final List<String> range = new ArrayList<>();
        private final Map<Long, String> recomputed = new TreeMap<>();
        private String chain = EventDocuments.GENESIS;
        private String checkpointHash = EventDocuments.GENESIS;
        private long previousPosition = -1;
        private Long firstPosition;
        private long events;
        private long voids;

        Walk(JsonNode manifest, Map<Long, String> expected) {
            this.complete = manifest.path("complete").asBoolean(false);
            this.checkpoint = manifest.get("checkpoint");
            this.expected = expected;
            this.interval = checkpoint == null || checkpoint.isNull() ? 0
                    : checkpoint.get("to").asLong() - checkpoint.get("from").asLong() + 1;
        }

        void line(long number, String text) {
            if (text == null || text.isBlank()) {
                throw new Failed(number, "an empty line");
            }
            var line = parse(number, text);
            if (line.has(MANIFEST)) {
                throw new Failed(number, "a manifest before the end of the export");
            }
            if (line.path(LINE).asLong(-1) != number) {
                throw new Failed(number, "it is numbered " + line.path(LINE) + ": a line was removed, added or "
                        + "moved before it");
            }
            if (!chain.equals(line.path(PREVIOUS_LINES).asString(""))) {
                throw new Failed(number - 1, "the line was altered: it does not hash to what line " + number
                        + " records");
            }
            long position = position(number, line);
            if (line.has(MISSING)) {
                throw new Failed(number, "the store has no entry at position " + position + " although later "
                        + "entries are long committed: an event was deleted there");
            }
            var entryHash = line.has(VOID) ? "void" : event(number, position, line);
            if (line.has(VOID)) {
                voids++;
            }
            if (complete && interval > 0) {
                checkpoints(number, position, entryHash);
            }
            chain = chain(chain, text);
        }

        private long position(long number, JsonNode line) {
            if (!line.path(POSITION).canConvertToExactIntegral()) {
                throw new Failed(number, "no position");
            }
            long position = line.get(POSITION).asLong();
            if (position <= previousPosition) {
                throw new Failed(number, "position " + position + " comes after position " + previousPosition);
            }
            if (complete && position != previousPosition + 1) {
                throw new Failed(number, "positions " + (previousPosition + 1) + ".." + (position - 1)
                        + " are left out of a complete export");
            }
            if (firstPosition == null) {
                firstPosition = position;
            }
            previousPosition = position;
            return position;
        }

        private String event(long number, long position, JsonNode line) {
            var content = new Content(text(line, AGGREGATE_TYPE), text(line, AGGREGATE_ID),
                    line.path(SEQUENCE).asLong(0), text(line, EVENT_ID), text(line, TIMESTAMP),
                    text(line, PAYLOAD_TYPE), text(line, PAYLOAD_REVISION), text(line, PAYLOAD),
                    text(line, META_DATA));
            if (content.payload() == null || content.metaData() == null || content.eventId() == null) {
                throw new Failed(number, "neither an event nor a void position");
            }
            var previousHash = text(line, PREVIOUS_HASH);
            var hash = text(line, HASH);
            if (previousHash == null || !content.hash(position, previousHash).equals(hash)) {
                throw new Failed(number, "the event's content does not match its hash");
            }
            events++;
            if (content.isDomainEvent()) {
                chained(number, content, previousHash, hash);
            }
            return hash;
        }

        /** A stream's events chain to their predecessors; a filtered export may leave some of them out. */
        private void chained(long number, Content content, String previousHash, String hash) {
            var id = content.aggregateId();
            var head = streams.get(id);
            long sequence = content.sequence();
            if (head == null && sequence == 0 && !EventDocuments.GENESIS.equals(previousHash)) {
                throw new Failed(number, "the first event of " + id + " chains to a predecessor");
            }
            if (head == null && sequence > 0 && complete) {
                throw new Failed(number, "sequence " + sequence + " of " + id + " without sequences before it");
            }
            if (head != null && sequence <= head.sequence()) {
                throw new Failed(number, "sequence " + sequence + " of " + id + " after sequence " + head.sequence());
            }
            if (head != null && sequence > head.sequence() + 1 && complete) {
                throw new Failed(number, id + " lacks sequence " + (head.sequence() + 1) + " before this event");
            }
            if (head != null && sequence == head.sequence() + 1 && !head.hash().equals(previousHash)) {
                throw new Failed(number, "the event does not chain to its predecessor in " + id);
            }
            streams.put(id, new StreamHead(sequence, hash));
        }

        private void checkpoints(long number, long position, String entryHash) {
            range.add(entryHash);
            if ((position + 1) % interval != 0) {
                return;
            }
            long checkpointNumber = position / interval;
            long from = position - interval + 1;
            var previous = checkpointHash;
            checkpointHash = EventDocuments.rangeHash(previous, from, position, at -> range.get((int) (at - from)));
            range.clear();
            recomputed.put(checkpointNumber, checkpointHash);
            var kept = expected.get(checkpointNumber);
            if (kept != null && !kept.equals(checkpointHash)) {
                throw new Failed(number, "checkpoint " + checkpointNumber + " over positions " + from + ".."
                        + position + " hashes to " + checkpointHash + ", not to the " + kept + " kept before");
            }
            if (checkpointNumber == checkpoint.get("number").asLong()
                    && (!checkpointHash.equals(checkpoint.get("hash").asString())
                    || !previous.equals(checkpoint.get("previous").asString()))) {
                throw new Failed(number, "checkpoint " + checkpointNumber + " over positions " + from + ".."
                        + position + " does not match the manifest's");
            }
        }

        /** The manifest's claims against what was counted, and its signature; answers the signing key. */
        RSAKey finish(long number, JsonNode manifestLine, RSAKey pinned) {
            var manifest = manifestLine.get(MANIFEST);
            if (!chain.equals(manifest.path("linesHash").asString(""))) {
                throw new Failed(number - 1, "the line was altered, or lines were removed at the end: the lines do "
                        + "not hash to the manifest's linesHash");
            }
            claim(number, manifest, "lines", number - 1);
            claim(number, manifest, "events", events);
            claim(number, manifest, "voids", voids);
            if (!manifest.path("firstPosition").isNull() && manifest.path("firstPosition").asLong() != firstPosition
                    || !manifest.path("lastPosition").isNull()
                    && manifest.path("lastPosition").asLong() != previousPosition) {
                throw new Failed(number, "the manifest's first or last position is not the lines'");
            }
            if (complete && interval > 0 && !recomputed.containsKey(checkpoint.get("number").asLong())) {
                throw new Failed(number, "the manifest's checkpoint " + checkpoint.get("number")
                        + " is not covered by the lines");
            }
            for (var kept : expected.keySet()) {
                if (!recomputed.containsKey(kept)) {
                    throw new Failed(number, "checkpoint " + kept + " cannot be recomputed from this export");
                }
            }
            return signedBy(number, manifestLine, pinned);
        }

        private static void claim(long number, JsonNode manifest, String field, long counted) {
            if (manifest.path(field).asLong(-1) != counted) {
                throw new Failed(number, "the manifest claims " + manifest.path(field) + " " + field + ", the export "
                        + "has " + counted);
            }
        }

        private static RSAKey signedBy(long number, JsonNode manifestLine, RSAKey pinned) {
            try {
                var jws = JWSObject.parse(manifestLine.path(SIGNATURE).asString(""));
                if (!JWSAlgorithm.RS256.equals(jws.getHeader().getAlgorithm())
                        || !(jws.getHeader().getJWK() instanceof RSAKey named)) {
                    throw new Failed(number, "the manifest is not signed with RS256 and a named RSA key");
                }
                var key = pinned != null ? pinned : named;
                if (pinned != null && !pinned.computeThumbprint().equals(named.computeThumbprint())) {
                    throw new Failed(number, "the manifest is signed with key " + named.computeThumbprint()
                            + ", not with the pinned key " + pinned.computeThumbprint());
                }
                if (!jws.verify(new RSASSAVerifier(key))) {
                    throw new Failed(number, "the manifest's signature is not valid");
                }
                if (!JSON.readTree(jws.getPayload().toString()).equals(manifestLine.get(MANIFEST))) {
                    throw new Failed(number, "the manifest was altered: it is not what was signed");
                }
                return key;
            } catch (ParseException | JOSEException | JacksonException e) {
                throw new Failed(number, "the manifest's signature cannot be read: " + e.getMessage());
            }
        }

        String summary(RSAKey key) {
            var text = new StringBuilder();
            text.append(events).append(" events");
            if (voids > 0) {
                text.append(", ").append(voids).append(" void positions");
            }
            text.append(firstPosition == null ? ", no positions"
                    : ", positions " + firstPosition + ".." + previousPosition);
            text.append(complete ? " (complete export)" : " (filtered export)");
            text.append("; hashes and the chains of ").append(streams.size()).append(" streams verified");
            if (!recomputed.isEmpty()) {
                var lastCheckpoint = ((TreeMap<Long, String>) recomputed).lastEntry();
                text.append("; checkpoints 0..").append(lastCheckpoint.getKey()).append(" recomputed, checkpoint ")
                        .append(lastCheckpoint.getKey()).append(" = ").append(lastCheckpoint.getValue());
            }
            try {
                text.append("; manifest signed by key ").append(key.computeThumbprint());
            } catch (JOSEException e) {
                throw new IllegalStateException(e);
            }
            return text.toString();
        }

        private static String text(JsonNode line, String field) {
            var value = line.get(field);
            return value == null || value.isNull() ? null : value.asString();
        }
    }
}
