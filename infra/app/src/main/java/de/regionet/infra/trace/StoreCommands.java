package de.regionet.infra.trace;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.bson.BsonDocument;
import org.springframework.stereotype.Component;

/**
 * Counts every command the application sends to the store ({@code regionet.store.commands}), tagged with the
 * command's name, its collection, and, for an update, whether it rewrites whole documents ({@code rewrite=true}, a
 * replacement) or changes fields with operators such as {@code $inc} and {@code $push}. The counts per collection
 * are what one RegioNet command and its read models cost in round trips (docs/read-side.md), and a read model
 * that rewrites a growing document per event shows up as rewrites.
 */
@Component
class StoreCommands implements CommandListener {

    static final String METER = "regionet.store.commands";

    private final MeterRegistry meters;

    StoreCommands(MeterRegistry meters) {
        this.meters = meters;
    }

    @Override
    public void commandStarted(CommandStartedEvent event) {
        var name = event.getCommandName();
        var command = event.getCommand();
        var target = command.get(name);
        var collection = target != null && target.isString() ? target.asString().getValue()
                : command.isString("collection") ? command.getString("collection").getValue() : "";
        Counter.builder(METER).tag("command", name).tag("collection", collection)
                .tag("rewrite", String.valueOf("update".equals(name) && rewrites(command)))
                .description("commands sent to the store").register(meters).increment();
    }

    /** Whether any statement of an update command is a replacement (no update operators). */
    private static boolean rewrites(BsonDocument command) {
        if (!command.isArray("updates")) {
            return false;
        }
        return command.getArray("updates").stream().map(statement -> statement.asDocument().get("u"))
                .anyMatch(update -> update != null && update.isDocument() && !update.asDocument().isEmpty()
                        && !update.asDocument().getFirstKey().startsWith("$"));
    }
}
