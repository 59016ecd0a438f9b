package de.regionet.infra.audit;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.RSAKey;
import de.regionet.infra.audit.ExportVerifier.LineFailure;
import de.regionet.infra.audit.ExportVerifier.Result;
import de.regionet.infra.eventstore.EventDocuments;
import de.regionet.infra.eventstore.EventDocuments.Content;
import de.regionet.infra.eventstore.HashVersion;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.text.ParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import static de.regionet.infra.audit.ExportFormat.*;

/**
 * The checks of {@link ExportVerifier} that go line by line, with what they need to remember: constant except one
 * entry per stream. A bad line is counted and the walk goes on, resynchronised so the lines after it are judged on
 * their own: the line chain continues from the hash the next line records, the numbering from the highest number
 * carried so far, a stream from the hash stored with its altered event, a checkpoint chain from the checkpoint it was
 * compared with. Each line counts once, with the first reason found for it.
 */
final class ExportWalk {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private record StreamHead(long sequence, String hash) {
    }

    private final boolean complete;
    private final JsonNode checkpoint;
    private final Map<Long, String> expected;
    private final long interval;
    private final int listed;
    private final Map<String, StreamHead> streams = new HashMap<>();
    private final List<String> range = new ArrayList<>();
    private final SortedSet<Integer> rangeVersions = new TreeSet<>();
    private final SortedSet<Integer> versions = new TreeSet<>();
    private final Map<Long, String> recomputed = new TreeMap<>();
    private final List<LineFailure> failures = new ArrayList<>();
    private long failed;
    private long lastFailedLine;
    private String chain = EventDocuments.GENESIS;
    private String checkpointHash = EventDocuments.GENESIS;
    private long previousNumber;
    private long previousPosition = -1;
    private Long firstPosition;
    private long events;
    private long voids;

    ExportWalk(JsonNode manifest, Map<Long, String> expected, int listed) {
        this.complete = manifest.path("complete").asBoolean(false);
        var latest = manifest.get("checkpoint");
        this.checkpoint = latest == null || !latest.isObject() ? null : latest;
        this.expected = expected;
        this.listed = listed;
        this.interval = checkpoint == null ? 0 : checkpoint.path("to").asLong() - checkpoint.path("from").asLong() + 1;
    }

    /** Counts a bad line, once, with the first reason found for it (failures arrive in line order). */
    void fail(long line, String reason) {
        if (line == lastFailedLine) {
            return;
        }
        lastFailedLine = line;
        failed++;
        if (failures.size() < listed) {
            failures.add(new LineFailure(line, reason));
        }
    }

    Result result(RSAKey key) {
        if (failed == 0) {
            return new Result(true, 0, null, summary(key), 0, List.of());
        }
        var first = failures.get(0);
        return new Result(false, first.line(), first.reason(), null, failed, List.copyOf(failures));
    }

    /** A JSON object, or null for text that is none. */
    static JsonNode object(String text) {
        try {
            var node = JSON.readTree(text);
            return node != null && node.isObject() ? node : null;
        } catch (JacksonException e) {
            return null;
        }
    }

    void line(long number, String text) {
        if (text == null || text.isBlank()) {
            fail(number, "an empty line");
            chain = chain(chain, text == null ? "" : text);
            previousNumber++;
            return;
        }
        var line = object(text);
        if (line == null) {
            fail(number, "not a JSON object");
            chain = chain(chain, text);
            previousNumber++;
            return;
        }
        var recordedLines = line.path(PREVIOUS_LINES).asString("");
        long numbered = line.path(LINE).asLong(-1);
        if (numbered != previousNumber + 1) {
            fail(number, "it is numbered " + line.path(LINE) + " after " + previousNumber + ": a line was removed, "
                    + "added or moved before it");
        } else if (!chain.equals(recordedLines)) {
            fail(number - 1, "the line was altered: it does not hash to what line " + number + " records");
        }
        // a line moved back (numbered below its predecessor) does not renumber the lines after it
        previousNumber = Math.max(previousNumber, numbered);
        chain = chain(recordedLines, text);
        if (line.has(MANIFEST)) {
            fail(number, "a manifest before the end of the export");
            return;
        }
        long position = position(number, line);
        String entryHash;
        if (line.has(MISSING)) {
            fail(number, "the store has no entry at position " + position + " although later entries are long "
                    + "committed: an event was deleted there");
            entryHash = "missing";
        } else if (line.has(VOID)) {
            voids++;
            entryHash = "void";
        } else {
            entryHash = event(number, position, line);
        }
        if (complete && interval > 0 && position >= 0) {
            checkpoints(number, position, entryHash);
        }
    }

    private long position(long number, JsonNode line) {
        if (!line.path(POSITION).canConvertToExactIntegral()) {
            fail(number, "no position");
            return -1;
        }
        long position = line.get(POSITION).asLong();
        if (position <= previousPosition) {
            fail(number, "position " + position + " comes after position " + previousPosition);
            return position;
        }
        if (complete && position != previousPosition + 1) {
            fail(number, "positions " + (previousPosition + 1) + ".." + (position - 1)
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
        var previousHash = text(line, PREVIOUS_HASH);
        var hash = text(line, HASH);
        if (content.payload() == null || content.metaData() == null || content.eventId() == null
                || previousHash == null || hash == null) {
            fail(number, "neither an event nor a void position");
            return String.valueOf(hash);
        }
        events++;
        // an export of format 1 names no version: all its events use version 1
        int versionNumber = !line.has(HASH_VERSION) ? HashVersion.V1.number()
                : line.get(HASH_VERSION).canConvertToExactIntegral() ? line.get(HASH_VERSION).asInt() : -1;
        var version = HashVersion.of(versionNumber);
        versions.add(versionNumber);
        rangeVersions.add(versionNumber);
        if (version.isEmpty()) {
            fail(number, "the event names hash version " + line.get(HASH_VERSION) + ", which does not exist");
        } else if (!hashes(version.get(), content, position, previousHash, hash)) {
            fail(number, "the event's content does not match its hash");
        }
        if (content.isDomainEvent()) {
            chained(number, content, previousHash, hash);
        }
        return hash;
    }

    private static boolean hashes(HashVersion version, Content content, long position, String previousHash,
                                  String hash) {
        try {
            return content.hash(version, position, previousHash).equals(hash);
        } catch (IllegalArgumentException unhashable) {
            return false;
        }
    }

    /**
     * A stream's events chain to their predecessors; a filtered export may leave some of them out. The stream's head
     * moves on to this event whatever is found (never back), so the events after it are judged on their own.
     */
    private void chained(long number, Content content, String previousHash, String hash) {
        var id = content.aggregateId();
        var head = streams.get(id);
        long sequence = content.sequence();
        if (head == null && sequence == 0 && !EventDocuments.GENESIS.equals(previousHash)) {
            fail(number, "the first event of " + id + " chains to a predecessor");
        } else if (head == null && sequence > 0 && complete) {
            fail(number, "sequence " + sequence + " of " + id + " without sequences before it");
        } else if (head != null && sequence <= head.sequence()) {
            fail(number, "sequence " + sequence + " of " + id + " after sequence " + head.sequence());
        } else if (head != null && sequence > head.sequence() + 1 && complete) {
            fail(number, id + " lacks sequence " + (head.sequence() + 1) + " before this event");
        } else if (head != null && sequence == head.sequence() + 1 && !head.hash().equals(previousHash)) {
            fail(number, "the event does not chain to its predecessor in " + id);
        }
        if (head == null || sequence > head.sequence()) {
            streams.put(id, new StreamHead(sequence, hash));
        }
    }

    private void checkpoints(long number, long position, String entryHash) {
        range.add(entryHash);
        if ((position + 1) % interval != 0) {
            return;
        }
        long checkpointNumber = position / interval;
        long from = position - interval + 1;
        var previous = checkpointHash;
        var hash = range.size() == interval
                ? EventDocuments.rangeHash(previous, from, position, at -> range.get((int) (at - from)))
                : "incomplete";
        range.clear();
        var usedVersions = List.copyOf(rangeVersions);
        rangeVersions.clear();
        recomputed.put(checkpointNumber, hash);
        checkpointHash = hash;
        var kept = expected.get(checkpointNumber);
        if (kept != null && !kept.equals(hash)) {
            fail(number, "checkpoint " + checkpointNumber + " over positions " + from + ".." + position
                    + " hashes to " + hash + ", not to the " + kept + " kept before");
            checkpointHash = kept;
        }
        if (checkpointNumber == checkpoint.path("number").asLong(-1)) {
            if (!hash.equals(checkpoint.path("hash").asString("")) || !previous.equals(checkpoint.path("previous")
                    .asString(""))) {
                fail(number, "checkpoint " + checkpointNumber + " over positions " + from + ".." + position
                        + " does not match the manifest's");
                checkpointHash = checkpoint.path("hash").asString("");
            } else if (checkpoint.has(HASH_VERSIONS) && !versions(checkpoint.get(HASH_VERSIONS)).equals(usedVersions)) {
                fail(number, "the manifest's checkpoint " + checkpointNumber + " records hash versions "
                        + checkpoint.get(HASH_VERSIONS) + ", its positions use " + usedVersions);
            }
        }
    }

    /**
     * The manifest's claims against what was counted, and its signature; answers the signing key, or null when the
     * signature does not verify.
     */
    RSAKey finish(long number, JsonNode manifestLine, RSAKey pinned) {
        var manifest = manifestLine.get(MANIFEST);
        if (!chain.equals(manifest.path("linesHash").asString(""))) {
            fail(number - 1, "the line was altered, or lines were removed at the end: the lines do not hash to the "
                    + "manifest's linesHash");
        }
        claim(number, manifest, "lines", number - 1);
        claim(number, manifest, "events", events);
        claim(number, manifest, "voids", voids);
        if (!manifest.path("firstPosition").isNull()
                && !Long.valueOf(manifest.path("firstPosition").asLong()).equals(firstPosition)
                || !manifest.path("lastPosition").isNull()
                && manifest.path("lastPosition").asLong() != previousPosition) {
            fail(number, "the manifest's first or last position is not the lines'");
        }
        if (manifest.has(HASH_VERSIONS) ? !versions(manifest.get(HASH_VERSIONS)).equals(List.copyOf(versions))
                : !versions.isEmpty() && !List.copyOf(versions).equals(List.of(HashVersion.V1.number()))) {
            fail(number, "the manifest states hash versions " + manifest.path(HASH_VERSIONS) + ", the events use "
                    + versions);
        }
        if (complete && interval > 0 && !recomputed.containsKey(checkpoint.path("number").asLong(-1))) {
            fail(number, "the manifest's checkpoint " + checkpoint.get("number") + " is not covered by the lines");
        }
        for (var kept : expected.keySet()) {
            if (!recomputed.containsKey(kept)) {
                fail(number, "checkpoint " + kept + " cannot be recomputed from this export");
            }
        }
        return signedBy(number, manifestLine, pinned);
    }

    private static List<Integer> versions(JsonNode array) {
        var numbers = new ArrayList<Integer>();
        array.forEach(version -> numbers.add(version.canConvertToExactIntegral() ? version.asInt() : -1));
        return numbers;
    }

    private void claim(long number, JsonNode manifest, String field, long counted) {
        if (manifest.path(field).asLong(-1) != counted) {
            fail(number, "the manifest claims " + manifest.path(field) + " " + field + ", the export has " + counted);
        }
    }

    private RSAKey signedBy(long number, JsonNode manifestLine, RSAKey pinned) {
        try {
            var jws = JWSObject.parse(manifestLine.path(SIGNATURE).asString(""));
            if (!JWSAlgorithm.RS256.equals(jws.getHeader().getAlgorithm())
                    || !(jws.getHeader().getJWK() instanceof RSAKey named)) {
                fail(number, "the manifest is not signed with RS256 and a named RSA key");
                return null;
            }
            var key = pinned != null ? pinned : named;
            if (pinned != null && !pinned.computeThumbprint().equals(named.computeThumbprint())) {
                fail(number, "the manifest is signed with key " + named.computeThumbprint()
                        + ", not with the pinned key " + pinned.computeThumbprint());
            } else if (!jws.verify(new RSASSAVerifier(key))) {
                fail(number, "the manifest's signature is not valid");
            } else if (!JSON.readTree(jws.getPayload().toString()).equals(manifestLine.get(MANIFEST))) {
                fail(number, "the manifest was altered: it is not what was signed");
            }
            return key;
        } catch (ParseException | JOSEException | JacksonException e) {
            fail(number, "the manifest's signature cannot be read: " + e.getMessage());
            return null;
        }
    }

    private String summary(RSAKey key) {
        var text = new StringBuilder();
        text.append(events).append(" events");
        if (voids > 0) {
            text.append(", ").append(voids).append(" void positions");
        }
        text.append(firstPosition == null ? ", no positions"
                : ", positions " + firstPosition + ".." + previousPosition);
        text.append(complete ? " (complete export)" : " (filtered export)");
        text.append("; hashes (versions ").append(versions).append(") and the chains of ").append(streams.size())
                .append(" streams verified");
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
