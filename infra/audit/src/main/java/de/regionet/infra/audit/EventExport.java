package de.regionet.infra.audit;

import de.regionet.infra.eventstore.EventDocuments;
import de.regionet.infra.eventstore.EventLog;
import de.regionet.infra.eventstore.EventLog.Entry;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.LongStream;

import static de.regionet.infra.audit.ExportFormat.*;

/**
 * Writes the event store as NDJSON while it walks it, in position order, by {@code _id $in} windows (as the
 * store's verifier does): memory stays constant however many events there are. Filters are applied while walking.
 * The walk goes up to the store's head when it starts and ends early, before the first position whose append is
 * still being written; the manifest says where. See {@link ExportFormat} for the lines.
 */
class EventExport {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int WINDOW = 1_000;

    private final EventLog log;
    private final ExportSigner signer;
    private final Duration gapTimeout;
    private final Clock clock;
    private final StreamNetworks networks;

    EventExport(EventLog log, ExportSigner signer, Duration gapTimeout, Clock clock, StreamNetworks networks) {
        this.log = log;
        this.networks = networks;
        this.signer = signer;
        this.gapTimeout = gapTimeout;
        this.clock = clock;
    }

    /** Writes the export of what {@code filter} selects to {@code out}; answers the manifest. */
    ObjectNode write(ExportFilter filter, OutputStream out) throws IOException {
        var writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        var lines = new Lines(writer);
        long head = log.head();
        var windows = new Windows(log);
        var cutoff = clock.instant().minus(gapTimeout.multipliedBy(3));
        Long endsBefore = null;
        for (long position = 0; position <= head; position++) {
            var entry = windows.at(position);
            if (entry == null) {
                if (windows.committedLongAfter(position, head, cutoff)) {
                    lines.missing(position);
                    continue;
                }
                endsBefore = position;
                break;
            }
            if (!entry.complete()) {
                endsBefore = position;
                break;
            }
            if (entry.isVoid()) {
                if (filter.isComplete()) {
                    lines.voidAt(entry);
                }
            } else if (filter.isComplete() || filter.matches(entry.content(), networks)) {
                lines.event(entry);
            }
        }
        long covered = endsBefore == null ? head : endsBefore - 1;
        var manifest = manifest(filter, lines, head, covered, endsBefore);
        var last = JSON.createObjectNode();
        last.set(MANIFEST, manifest);
        last.put(SIGNATURE, signer.sign(JSON.writeValueAsString(manifest)));
        writer.write(JSON.writeValueAsString(last));
        writer.write('\n');
        writer.flush();
        return manifest;
    }

    private ObjectNode manifest(ExportFilter filter, Lines lines, long head, long covered, Long endsBefore) {
        var manifest = JSON.createObjectNode();
        manifest.put("format", FORMAT);
        manifest.put("exportedAt", clock.instant().toString());
        manifest.put("complete", filter.isComplete());
        manifest.set("filters", JSON.valueToTree(filter.asMap()));
        manifest.put("lines", lines.count);
        manifest.put("events", lines.events);
        manifest.put("voids", lines.voids);
        manifest.put("missing", lines.missing);
        putPosition(manifest, "firstPosition", lines.first);
        putPosition(manifest, "lastPosition", lines.last);
        manifest.put("coveredUpTo", covered);
        manifest.put("storeHead", head);
        putPosition(manifest, "endsBefore", endsBefore);
        manifest.put("linesHash", lines.hash);
        var versions = manifest.putArray(HASH_VERSIONS);
        lines.versions.forEach(versions::add);
        var checkpoint = log.latestCheckpointUpTo(covered);
        if (checkpoint.isPresent()) {
            var c = checkpoint.get();
            var node = manifest.putObject("checkpoint");
            node.put("number", c.number());
            node.put("from", c.from());
            node.put("to", c.to());
            node.put("previous", c.previous());
            node.put("hash", c.hash());
            if (c.hashVersions() != null) {
                var checkpointVersions = node.putArray(HASH_VERSIONS);
                c.hashVersions().forEach(checkpointVersions::add);
            }
        } else {
            manifest.putNull("checkpoint");
        }
        manifest.put("signingKey", signer.thumbprint());
        return manifest;
    }

    private static void putPosition(ObjectNode node, String field, Long position) {
        if (position == null) {
            node.putNull(field);
        } else {
            node.put(field, position);
        }
    }

    /** Numbers the lines, writes them, and chains their hashes. */
    private static final class Lines {
        private final BufferedWriter writer;
        private long count;
        private long events;
        private long voids;
        private long missing;
        private Long first;
        private Long last;
        private String hash = EventDocuments.GENESIS;
        private final java.util.SortedSet<Integer> versions = new java.util.TreeSet<>();

        Lines(BufferedWriter writer) {
            this.writer = writer;
        }

        void event(Entry entry) {
            var content = entry.content();
            var line = start(entry.position());
            line.put(AGGREGATE_TYPE, content.aggregateType());
            line.put(AGGREGATE_ID, content.aggregateId());
            line.put(SEQUENCE, content.sequence());
            line.put(EVENT_ID, content.eventId());
            line.put(TIMESTAMP, content.timestamp());
            line.put(PAYLOAD_TYPE, content.payloadType());
            line.put(PAYLOAD_REVISION, content.payloadRevision());
            line.put(PAYLOAD, content.payload());
            line.put(META_DATA, content.metaData());
            line.put(PREVIOUS_HASH, entry.previousHash());
            line.put(HASH, entry.hash());
            line.put(HASH_VERSION, entry.hashVersion());
            versions.add(entry.hashVersion());
            events++;
            write(line);
        }

        void voidAt(Entry entry) {
            voids++;
            write(start(entry.position()).put(VOID, entry.voidReason()));
        }

        void missing(long position) {
            missing++;
            write(start(position).put(MISSING, "no entry at this position, though later ones are long committed"));
        }

        private ObjectNode start(long position) {
            count++;
            if (first == null) {
                first = position;
            }
            last = position;
            var line = JSON.createObjectNode();
            line.put(LINE, count);
            line.put(PREVIOUS_LINES, hash);
            line.put(POSITION, position);
            return line;
        }

        private void write(ObjectNode line) {
            var text = JSON.writeValueAsString(line);
            hash = chain(hash, text);
            try {
                writer.write(text);
                writer.write('\n');
            } catch (IOException e) {
                throw new UncheckedIOException("the export's reader went away", e);
            }
        }
    }

    /** The store in windows of positions; the current one and the next, never more. */
    private static final class Windows {
        private final EventLog log;
        private final Map<Long, Map<Long, Entry>> loaded = new LinkedHashMap<>();

        Windows(EventLog log) {
            this.log = log;
        }

        Entry at(long position) {
            return window(position / WINDOW).get(position);
        }

        /** Whether entries after {@code position} were stored before {@code cutoff}: then it was not in flight. */
        boolean committedLongAfter(long position, long head, Instant cutoff) {
            long number = position / WINDOW;
            for (long window = number; window <= Math.min(number + 1, head / WINDOW); window++) {
                boolean older = window(window).values().stream().anyMatch(entry -> entry.position() > position
                        && entry.storedAt() != null && entry.storedAt().isBefore(cutoff));
                if (older) {
                    return true;
                }
            }
            return false;
        }

        private Map<Long, Entry> window(long number) {
            var window = loaded.get(number);
            if (window == null) {
                loaded.keySet().removeIf(known -> known < number - 1);
                long from = number * WINDOW;
                window = log.at(LongStream.range(from, from + WINDOW).boxed().toList());
                loaded.put(number, window);
            }
            return window;
        }
    }
}
