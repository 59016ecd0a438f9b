package de.regionet.query.readmodel;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.bson.codecs.pojo.annotations.BsonId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Within a processor batch a read model sees its own writes, and the batch reaches the store at its end: one read
 * per document, one ordered bulk write per collection (bulk upserts work on the embedded server), snapshots first;
 * a batch handed again changes nothing, a rolled-back one writes nothing.
 */
class BatchWritesTest {

    public record Note(@BsonId String id, List<String> lines, long version) implements VersionedCollection.Versioned {

        Note with(String line, long newVersion) {
            var more = new ArrayList<>(lines);
            more.add(line);
            return new Note(id, List.copyOf(more), newVersion);
        }
    }

    private static final Instant FIRST = Instant.parse("2024-01-10T09:00:00Z");

    private final List<String> commands = new ArrayList<>();
    private InMemoryMongo mongo;
    private VersionedCollection<Note> notes;

    @BeforeEach
    void setUp() {
        mongo = new InMemoryMongo(new CommandListener() {
            @Override
            public void commandStarted(CommandStartedEvent event) {
                var target = event.getCommand().get(event.getCommandName());
                commands.add(event.getCommandName() + " "
                        + (target != null && target.isString() ? target.asString().getValue() : ""));
            }
        });
        notes = VersionedCollection.withRecordHistory(mongo.database("batches"), "notes", Note.class,
                new SimpleMeterRegistry());
    }

    @AfterEach
    void tearDown() {
        mongo.close();
    }

    private static EventMessage<?> event(int second) {
        return new GenericEventMessage<>("event-" + second, "note changed", Map.of(), FIRST.plusSeconds(second));
    }

    /** Creates {@code c}, then, in one batch, three changes of {@code a} (created in the batch) and one of c. */
    private ProcessorBatch batch(Consumer<EventMessage<?>> duringTheBatch) {
        return new ProcessorBatch()
                .with(event(1), e -> notes.create("a", 0, new Note("a", List.of("one"), 0)))
                .with(event(2), e -> notes.update("a", 1, note -> note.with("two", 1)))
                .with(event(3), e -> notes.update("c", 1, note -> note.with("later", 1)))
                .with(event(4), duringTheBatch.andThen(e -> notes.update("a", 2, note -> note.with("three", 2))));
    }

    @Test
    void a_batch_sees_its_own_writes_and_writes_each_document_once_at_its_end() {
        new ProcessorBatch().with(event(0), e -> notes.create("c", 0, new Note("c", List.of("first"), 0))).handle();
        commands.clear();
        var seen = new ArrayList<String>();

        assertThat(batch(e -> {
            seen.add(notes.findAsWritten("a").map(note -> String.join(",", note.lines())).orElse(null));
            seen.add(notes.find("a").map(Note::id).orElse("not yet in the store"));
        }).handle()).isTrue();
        var batchCommands = List.copyOf(commands);

        assertThat(seen).containsExactly("one,two", "not yet in the store");
        assertThat(notes.find("a").orElseThrow().lines()).containsExactly("one", "two", "three");
        assertThat(notes.find("c").orElseThrow().lines()).containsExactly("first", "later");
        assertThat(batchCommands).as("one read per document (and the test's own read of the store), one bulk write"
                + " of every version's snapshot, then one of the insert and the update (sent as two commands by the driver)")
                .containsExactly("find notes", "find notes", "find notes", "update notes_known", "update notes",
                        "update notes");
        assertThat(notes.knownAt("a", FIRST.plusSeconds(2)).orElseThrow().document().lines())
                .containsExactly("one", "two");
        assertThat(notes.knownAt("a", FIRST.plusSeconds(4)).orElseThrow().recordedAt())
                .isEqualTo(FIRST.plusSeconds(4));
        assertThat(notes.knownAt("c", FIRST.plusSeconds(1)).orElseThrow().document().lines())
                .containsExactly("first");
    }

    @Test
    void a_batch_handed_again_changes_nothing() {
        new ProcessorBatch().with(event(0), e -> notes.create("c", 0, new Note("c", List.of("first"), 0))).handle();
        batch(e -> { }).handle();
        var entries = notes.entries(null);
        commands.clear();

        batch(e -> { }).handle();

        assertThat(commands).noneMatch(command -> command.startsWith("update"));
        assertThat(notes.entries(null)).isEqualTo(entries);
    }

    @Test
    void a_rolled_back_batch_writes_nothing() {
        new ProcessorBatch().with(event(0), e -> notes.create("c", 0, new Note("c", List.of("first"), 0))).handle();

        assertThat(batch(e -> {
            throw new IllegalStateException("the store went away");
        }).handle()).isFalse();

        assertThat(notes.find("a")).isEmpty();
        assertThat(notes.find("c").orElseThrow().lines()).containsExactly("first");
    }

    @Test
    void outside_a_batch_every_change_is_written_at_once() {
        notes.create("a", 0, new Note("a", List.of("one"), 0));
        notes.update("a", 1, note -> note.with("two", 1));

        assertThat(notes.find("a").orElseThrow().lines()).containsExactly("one", "two");
    }
}
