package de.regionet.infra.eventstore;

import com.mongodb.client.model.Filters;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static de.regionet.infra.eventstore.EventDocuments.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Acceptance 2 of issue 16: a store written with hash version 1 (a fixture made by the code before version 2)
 * still verifies; events appended afterwards use version 2, also where they continue a version-1 stream; altering
 * any character of either kind is found at its position; after one altered event a later one is reported too.
 */
class HashVersionTest {

    /** A version-1 event whose stream is continued with version-2 events. */
    private static final int V1_POSITION = 5;
    /** A version-1 event that only a checkpoint written after version 2 covers. */
    private static final int V1_LATE = 20;

    private StoreFixture store;

    @BeforeEach
    void theStoreWrittenWithVersion1() {
        store = StoreFixture.inMemory(HashV1Store.CHECKPOINT_INTERVAL);
        HashV1Store.loadInto(store.database);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void a_store_written_with_hash_version_1_verifies_ok() {
        assertThat(store.events().countDocuments(Filters.exists(HASH_VERSION))).isZero();
        var verification = store.verifier.verify();
        assertThat(verification.result()).as(String.valueOf(verification.firstFailure())).isEqualTo("ok");
        assertThat(verification.eventsChecked()).isEqualTo(HashV1Store.EVENTS);
        assertThat(verification.checkpointsChecked()).isEqualTo(HashV1Store.CHECKPOINTS);
        assertThat(verification.hashVersions()).isEqualTo(Map.of("1", (long) HashV1Store.EVENTS));
        assertThat(verification.failures()).isZero();
        assertThat(verification.firstFailures()).isEmpty();
    }

    @Test
    void events_appended_afterwards_use_version_2_and_continue_version_1_streams() {
        var continued = appendVersion2Events();
        var first = document(HashV1Store.EVENTS);
        assertThat(first.get(HASH_VERSION)).isEqualTo(2);
        assertThat(first.getString(PREVIOUS_HASH)).as("chained to the stream's version-1 head")
                .isEqualTo(continued.getString(HASH));
        assertThat(first.getString(HASH)).isEqualTo(HashVersion.V2.hash(Content.of(first), HashV1Store.EVENTS,
                continued.getString(HASH)));

        store.maintenance.run();
        var verification = store.verifier.verify();
        assertThat(verification.result()).as(String.valueOf(verification.firstFailure())).isEqualTo("ok");
        assertThat(verification.hashVersions()).isEqualTo(Map.of("1", (long) HashV1Store.EVENTS, "2", 10L));
        assertThat(verification.checkpointsChecked()).isEqualTo(4);
        var checkpoints = store.database.getCollection(StoreMaintenance.CHECKPOINTS);
        assertThat(checkpoints.find(Filters.eq("_id", 1L)).first()).as("written before versions were recorded")
                .doesNotContainKey(StoreMaintenance.HASH_VERSIONS);
        assertThat(checkpoints.find(Filters.eq("_id", 2L)).first().getList(StoreMaintenance.HASH_VERSIONS,
                Integer.class)).containsExactly(1, 2);
        assertThat(checkpoints.find(Filters.eq("_id", 3L)).first().getList(StoreMaintenance.HASH_VERSIONS,
                Integer.class)).containsExactly(2);
    }

    @Test
    void altering_any_character_of_a_version_1_or_a_version_2_event_is_found_at_its_position() {
        appendVersion2Events();
        store.maintenance.run();
        for (int position : new int[]{V1_POSITION, V1_LATE, HashV1Store.EVENTS, HashV1Store.EVENTS + 6}) {
            var original = document(position);
            for (var field : List.of(AGGREGATE_TYPE, AGGREGATE_ID, EVENT_ID, TIMESTAMP, PAYLOAD_TYPE, PAYLOAD,
                    META_DATA, PREVIOUS_HASH, HASH)) {
                var value = original.getString(field);
                for (int at = 0; at < value.length(); at++) {
                    if (Character.isSurrogate(value.charAt(at))) {
                        continue; // half an emoji: a lone surrogate is refused before it could be stored
                    }
                    assertFoundAt(position, original.append(field, changedAt(value, at)), field + "[" + at + "]");
                }
                original.append(field, value);
            }
            assertFoundAt(position, new Document(original).append(PAYLOAD_REVISION, "1"), "payloadRevision");
            assertFoundAt(position, new Document(original).append(SEQUENCE, original.getLong(SEQUENCE) + 1),
                    "sequence");
            assertFoundAt(position, new Document(original).append(RECORDED_POSITION, position + 1L), "position");
            var version = original.get(HASH_VERSION) == null ? 1 : 2;
            assertFoundAt(position, new Document(original).append(HASH_VERSION, 3 - version), "hashVersion");
            assertFoundAt(position, new Document(original).append(HASH_VERSION, 7), "an unknown hashVersion");
            replace(position, original);
        }
        assertThat(store.verifier.verify().result()).isEqualTo("ok");
    }

    @Test
    void after_one_altered_event_a_later_altered_event_is_reported_too() {
        appendVersion2Events();
        store.maintenance.run();
        int later = HashV1Store.EVENTS + 6;
        replace(V1_POSITION, document(V1_POSITION).append(PAYLOAD, "{}"));
        replace(later, document(later).append(PAYLOAD, document(later).getString(PAYLOAD).replace("v2-", "v3-")));

        var verification = store.verifier.verify();
        assertThat(verification.result()).isEqualTo("failed");
        assertThat(verification.failures()).isEqualTo(2);
        assertThat(verification.firstFailure().position()).isEqualTo(V1_POSITION);
        assertThat(verification.firstFailures()).extracting(StoreVerifier.Failure::position)
                .containsExactly((long) V1_POSITION, (long) later);
        assertThat(verification.firstFailures()).extracting(StoreVerifier.Failure::kind)
                .containsOnly(StoreVerifier.Kind.ALTERED);
        assertThat(verification.eventsChecked()).as("the walk went on to the end").isEqualTo(HashV1Store.EVENTS + 10);
    }

    @Test
    void an_event_rewritten_with_a_recomputed_hash_does_not_hide_a_later_altered_event() {
        appendVersion2Events();
        store.maintenance.run();
        int later = HashV1Store.EVENTS + 8;
        var forged = document(V1_POSITION).append(PAYLOAD, "{}");
        var content = Content.of(forged);
        replace(V1_POSITION, forged.append(HASH, content.hash(HashVersion.V1, V1_POSITION,
                forged.getString(PREVIOUS_HASH))));
        replace(later, document(later).append(TIMESTAMP, "2020-01-01T00:00:00Z"));

        var verification = store.verifier.verify();
        assertThat(verification.result()).isEqualTo("failed");
        assertThat(verification.firstFailures()).extracting(StoreVerifier.Failure::kind)
                .contains(StoreVerifier.Kind.CHECKPOINT_MISMATCH);
        assertThat(verification.firstFailures()).extracting(StoreVerifier.Failure::position).contains((long) later);
    }

    @Test
    void the_verifier_lists_the_first_failures_up_to_its_limit_and_counts_them_all() {
        appendVersion2Events();
        var verifier = new StoreVerifier(store.engine, store.database.getCollection(StoreMaintenance.CHECKPOINTS),
                java.time.Duration.ofSeconds(10), java.time.Clock.systemUTC(), 3);
        for (int position = 0; position < HashV1Store.EVENTS + 10; position += 2) {
            replace(position, document(position).append(EVENT_ID, "forged-" + position));
        }
        var verification = verifier.verify();
        assertThat(verification.failures()).isEqualTo(17);
        assertThat(verification.firstFailures()).extracting(StoreVerifier.Failure::position)
                .containsExactly(0L, 2L, 4L);
    }

    @Test
    void text_without_a_utf8_form_is_refused_when_appended_not_hashed_with_a_substitute() {
        var lone = new Content("Test", "x", 0, "e", "2026-01-01T00:00:00Z", "Test", null, "{\"t\":\"\ud800\"}",
                "{}");
        assertThatThrownBy(() -> HashVersion.V2.hash(lone, 0, GENESIS)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("payload").hasMessageContaining("lone surrogate");
        assertThat(HashVersion.V1.hash(lone, 0, GENESIS)).as("version 1 wrote '?' for it, and stays as it was")
                .isEqualTo(HashVersion.V1.hash(new Content("Test", "x", 0, "e", "2026-01-01T00:00:00Z", "Test", null,
                        "{\"t\":\"?\"}", "{}"), 0, GENESIS));

        var headBefore = store.engine.head();
        assertThatThrownBy(() -> store.engine.appendEvents(List.of(new GenericDomainEventMessage<>("Test", "lone", 0,
                new StoreFixture.Noted("Projekt \ud800", 0))))).isInstanceOf(EventStoreException.class)
                .hasMessageContaining("lone surrogate");
        assertThat(store.events().countDocuments(Filters.eq(AGGREGATE_ID, "lone"))).isZero();
        assertThat(document(headBefore + 1)).as("the reserved position is void").containsKey(VOID);
        assertThat(store.verifier.verify().result()).isEqualTo("ok");
    }

    /** The worked examples of {@code docs/audit.md}, read from the page, so that it stays true. */
    @Test
    void the_worked_examples_of_the_audit_page_hash_as_printed() throws java.io.IOException {
        var examples = new ArrayList<String[]>();
        var page = Files.readAllLines(docs().resolve("audit.md"));
        for (int i = 0; i < page.size() - 1; i++) {
            var line = page.get(i);
            if (line.startsWith("printf '%s' '") && line.endsWith("' | sha256sum")) {
                examples.add(new String[]{line.substring("printf '%s' '".length(), line.length()
                        - "' | sha256sum".length()), page.get(i + 1).substring(2, 66)});
            }
        }
        assertThat(examples).hasSize(2);

        var v2 = new Content("Region", "15087", 0, "2bf95f83-87ea-464d-b08e-96aaa13d5772",
                "2026-12-02T17:20:52.587836343Z", "de.regionet.kernel.region.RegionEvent$RegionRegistered", null,
                "{\"key\":\"15087\",\"name\":\"Mansfeld-Südharz\",\"kind\":\"DISTRICT\"}",
                "{\"traceId\":\"f7429650-f91f-473a-90b3-f584fffecd3d\",\"principal\":\"office\","
                        + "\"principalRoles\":[\"NETWORK_OFFICE\"],\"regionKey\":\"15087\",\"causationId\":"
                        + "\"f7429650-f91f-473a-90b3-f584fffecd3d\",\"correlationId\":"
                        + "\"113f25f5-c6d4-4589-89cf-52f4dff14c53\"}");
        assertThat(CanonicalForm.v2(v2, 24, GENESIS)).isEqualTo(examples.get(0)[0]);
        assertThat(HashVersion.V2.hash(v2, 24, GENESIS)).isEqualTo(examples.get(0)[1])
                .isEqualTo(EventDocuments.sha256(examples.get(0)[0]));

        var v1 = document(1);
        assertThat(CanonicalForm.v1(Content.of(v1), 1, GENESIS)).isEqualTo(examples.get(1)[0]);
        assertThat(v1.getString(HASH)).isEqualTo(examples.get(1)[1])
                .isEqualTo(HashVersion.V1.hash(Content.of(v1), 1, GENESIS));
    }

    private static Path docs() {
        for (var dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("docs/audit.md"))) {
                return dir.resolve("docs");
            }
        }
        throw new IllegalStateException("docs/audit.md not found above " + Path.of("").toAbsolutePath());
    }

    /**
     * Ten version-2 events at positions 23..32: four continue the fixture's first working group (the stream of
     * position 5), six start new streams. Answers the version-1 event they continue.
     */
    private Document appendVersion2Events() {
        var stream = document(V1_POSITION).getString(AGGREGATE_ID);
        var head = store.events().find(Filters.eq(AGGREGATE_ID, stream)).sort(new Document(SEQUENCE, -1)).first();
        long next = head.getLong(SEQUENCE) + 1;
        for (int i = 0; i < 4; i++) {
            store.engine.appendEvents(List.of(new GenericDomainEventMessage<>("WorkingGroup", stream, next + i,
                    new StoreFixture.Noted("Größe 🙂 \"zitiert\" \\ " + i, next + i),
                    org.axonframework.messaging.MetaData.with("principal", "office"))));
        }
        for (var aggregate : new String[]{"v2-a", "v2-b", "v2-c"}) {
            store.append(aggregate, 0);
            store.append(aggregate, 1);
        }
        return head;
    }

    private void assertFoundAt(long position, Document altered, String what) {
        replace(position, altered);
        var verification = store.verifier.verify();
        assertThat(verification.result()).as("altered " + what + " at " + position).isEqualTo("failed");
        assertThat(verification.firstFailure().position()).as(what + ": " + verification.firstFailure().reason())
                .isEqualTo(position);
    }

    private static String changedAt(String value, int at) {
        var chars = value.toCharArray();
        chars[at] = chars[at] == 'a' ? 'b' : 'a';
        return new String(chars);
    }

    private Document document(long position) {
        return store.events().find(Filters.eq("_id", position)).first();
    }

    private void replace(long position, Document document) {
        store.events().replaceOne(Filters.eq("_id", position), new Document(document));
    }
}
