package de.regionet.infra.mongo;

import com.mongodb.client.MongoDatabase;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import org.bson.BsonBoolean;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The indexes RegioNet asks for are one list ({@link MongoIndexes}): the application asks for exactly those at
 * start-up (its own and axon-mongo's, watched on the wire), the store holds them (the embedded server the unique ones,
 * a MongoDB 6.0 or later every one), and docs/operations.md "Indexes" lists the same, so the guide cannot drift. Its
 * own context: it watches every command from the first.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {"regionet.embedded.backend=memory", "regionet.mongo.database=indexes"})
@Import(IndexesTest.Watch.class)
class IndexesTest {

    /** An index as the guide and the wire state it: collection, keys in order, unique. */
    record Asked(String collection, List<String> keys, boolean unique) {

        static Asked of(MongoIndexes.Index index) {
            return new Asked(index.collection(), index.keys(), index.unique());
        }
    }

    @TestConfiguration
    static class Watch {

        static final Set<Asked> ASKED = ConcurrentHashMap.newKeySet();

        @Bean
        CommandListener createIndexesWatch() {
            return new CommandListener() {
                @Override
                public void commandStarted(CommandStartedEvent event) {
                    if (event.getCommandName().equals("createIndexes")) {
                        var command = event.getCommand();
                        for (var index : command.getArray("indexes")) {
                            var keys = new ArrayList<>(index.asDocument().getDocument("key").keySet());
                            var unique = index.asDocument().getBoolean("unique",
                                    BsonBoolean.FALSE).getValue();
                            ASKED.add(new Asked(command.getString("createIndexes").getValue(), keys, unique));
                        }
                    }
                }
            };
        }
    }

    @Autowired
    MongoDatabase database;

    private static Set<Asked> listed() {
        return MongoIndexes.ALL.stream().map(Asked::of).collect(Collectors.toSet());
    }

    @Test
    void the_application_asks_for_exactly_the_listed_indexes() {
        assertThat(Watch.ASKED).as("every createIndexes the application and axon-mongo sent at start-up")
                .containsExactlyInAnyOrderElementsOf(listed());
    }

    @Test
    void the_store_holds_the_listed_unique_indexes_and_a_mongodb_of_version_6_every_one() {
        var keepsAll = majorVersion() >= 6;
        for (var index : MongoIndexes.ALL) {
            if (!index.unique() && !keepsAll) {
                continue;
            }
            var found = new ArrayList<Document>();
            database.getCollection(index.collection()).listIndexes().into(found);
            assertThat(found).as("indexes of %s", index.collection())
                    .anySatisfy(existing -> {
                        assertThat(new ArrayList<>(existing.get("key", Document.class).keySet()))
                                .isEqualTo(index.keys());
                        assertThat(existing.getBoolean("unique", false)).isEqualTo(index.unique());
                    });
        }
    }

    @Test
    void the_operations_guide_lists_exactly_the_indexes_regionet_asks_for() throws IOException {
        assertThat(documented()).containsExactlyInAnyOrderElementsOf(listed());
    }

    /** The rows of the first table under "## Indexes": collection, keys (comma-separated), unique (yes/no). */
    static Set<Asked> documented() throws IOException {
        var lines = Files.readAllLines(guide());
        var rows = new HashSet<Asked>();
        var start = lines.indexOf("## Indexes");
        assertThat(start).as("docs/operations.md has a section \"## Indexes\"").isNotNegative();
        var inTable = false;
        for (var line : lines.subList(start + 1, lines.size())) {
            if (line.startsWith("## ")) {
                break;
            }
            if (!line.startsWith("|")) {
                if (inTable) {
                    break;
                }
                continue;
            }
            inTable = true;
            var cells = Arrays.stream(line.split("\\|")).map(String::strip).skip(1).toList();
            if (cells.get(0).equals("collection") || cells.get(0).startsWith("---")) {
                continue;
            }
            var keys = Arrays.stream(cells.get(1).replace("`", "").split(",")).map(String::strip).toList();
            rows.add(new Asked(cells.get(0).replace("`", ""), keys, cells.get(2).equals("yes")));
        }
        return rows;
    }

    private static Path guide() {
        var here = Path.of("").toAbsolutePath();
        for (var directory = here; directory != null; directory = directory.getParent()) {
            if (Files.exists(directory.resolve("docs/operations.md"))) {
                return directory.resolve("docs/operations.md");
            }
        }
        throw new IllegalStateException("no docs/operations.md above " + here);
    }

    private int majorVersion() {
        var info = database.runCommand(new Document("buildInfo", 1));
        return info.getList("versionArray", Integer.class).get(0);
    }
}
