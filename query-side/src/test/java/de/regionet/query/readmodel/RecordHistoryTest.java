package de.regionet.query.readmodel;

import de.regionet.kernel.programme.ProgrammeEvent.ProgrammeAmended;
import de.regionet.kernel.programme.ProgrammeId;
import de.regionet.query.readmodel.VersionedCollection.Entry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.bson.codecs.pojo.annotations.BsonId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A collection with record history answers what the record said at an instant from the timestamps of the events
 * it handled, and a replay or a rebuild writes the same history.
 */
class RecordHistoryTest {

    public record Note(@BsonId String id, String text, long version) implements VersionedCollection.Versioned {
    }

    private static final Instant FIRST = Instant.parse("2024-01-10T09:00:00.123456Z");
    private static final Instant SECOND = Instant.parse("2024-03-05T14:30:00Z");
    private static final Instant THIRD = Instant.parse("2024-06-01T08:00:00Z");

    private InMemoryMongo mongo;
    private VersionedCollection<Note> notes;

    @BeforeEach
    void setUp() {
        mongo = new InMemoryMongo();
        notes = VersionedCollection.withRecordHistory(mongo.database("history"), "notes", Note.class,
                new SimpleMeterRegistry());
    }

    @AfterEach
    void tearDown() {
        mongo.close();
    }

    private void deliverHistory() {
        handling("created", FIRST, () -> notes.create("a", 0, new Note("a", "first", 0)));
        handling("changed", SECOND, () -> notes.update("a", 1, note -> new Note("a", "second", 1)));
        handling("other", SECOND, () -> notes.create("b", 0, new Note("b", "other", 0)));
        handling("changed again", THIRD, () -> notes.update("a", 2, note -> new Note("a", "third", 2)));
    }

    /** Runs {@code handler} as a projection runs it: inside the unit of work of an event with that timestamp. */
    private static void handling(Object payload, Instant recordedAt, Runnable handler) {
        var unitOfWork = DefaultUnitOfWork.startAndGet(
                new GenericEventMessage<>("event-" + payload + recordedAt, payload, Map.of(), recordedAt));
        unitOfWork.execute(handler);
    }

    private String textKnownAt(Instant instant) {
        return notes.knownAt("a", instant).map(Entry::document).map(Note::text).orElse(null);
    }

    @Test
    void the_document_known_at_an_instant_is_the_last_version_recorded_by_then() {
        deliverHistory();

        assertThat(textKnownAt(FIRST.minusNanos(1))).isNull();
        assertThat(textKnownAt(FIRST)).isEqualTo("first");
        assertThat(textKnownAt(SECOND.minusSeconds(1))).isEqualTo("first");
        assertThat(textKnownAt(SECOND)).isEqualTo("second");
        assertThat(textKnownAt(THIRD.plusSeconds(3600))).isEqualTo("third");
        assertThat(notes.knownAt("a", SECOND).orElseThrow().recordedAt()).isEqualTo(SECOND);
        assertThat(notes.find("a").orElseThrow().text()).isEqualTo("third");
    }

    @Test
    void a_list_known_at_an_instant_leaves_out_what_was_recorded_later() {
        deliverHistory();

        assertThat(notes.entries(FIRST).stream().map(entry -> entry.document().text())).containsExactly("first");
        assertThat(notes.entries(SECOND).stream().map(entry -> entry.document().text()))
                .containsExactlyInAnyOrder("second", "other");
        assertThat(notes.entries(null).stream().map(entry -> entry.document().text()))
                .containsExactlyInAnyOrder("third", "other");
    }

    @Test
    void a_redelivered_event_changes_no_history() {
        deliverHistory();
        handling("changed", THIRD.plusSeconds(60), () -> notes.update("a", 1, note -> new Note("a", "again", 1)));

        assertThat(textKnownAt(SECOND)).isEqualTo("second");
        assertThat(textKnownAt(THIRD.plusSeconds(120))).isEqualTo("third");
    }

    @Test
    void a_rebuild_writes_the_same_history_into_the_next_generation() {
        deliverHistory();
        ReadModelGenerations.rebuildingFor("notes-processor", notes::clear);
        deliverHistory();
        new ReadModelGenerations(mongo.database("history")).complete("notes-processor");

        var rebuilt = VersionedCollection.withRecordHistory(mongo.database("history"), "notes", Note.class,
                new SimpleMeterRegistry());
        assertThat(rebuilt.knownAt("a", SECOND).orElseThrow().document().text()).isEqualTo("second");
        assertThat(rebuilt.knownAt("a", FIRST.minusNanos(1))).isEmpty();
        assertThat(mongo.database("history").listCollectionNames().into(new java.util.ArrayList<>()))
                .contains("notes__g1", "notes__g1_known");
    }

    @Test
    void the_view_exists_from_the_day_its_first_fact_names() {
        var amended = new ProgrammeAmended(new ProgrammeId("regio-aktiv"), 1, LocalDate.of(2025, 1, 1), List.of(),
                List.of(), List.of());
        handling(amended, FIRST, () -> notes.create("a", 0, new Note("a", "first", 0)));
        handling("no day of its own", SECOND, () -> notes.create("b", 0, new Note("b", "other", 0)));

        var programme = notes.entry("a").orElseThrow();
        assertThat(programme.validFrom()).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(programme.existedOn(LocalDate.of(2024, 12, 31))).isFalse();
        assertThat(notes.entry("b").orElseThrow().existedOn(LocalDate.of(1990, 1, 1))).isTrue();
    }
}
