package de.regionet.infra.history;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Date;
import java.util.Optional;

/**
 * Which lines of history files have been applied, by external id ({@code import_lines}, {@code _id} = the line's
 * id): the SHA-256 of the line's canonical content, the import that applied it, and whether a later correction
 * line replaced it. Makes an import idempotent: a known id with the same content is skipped, with other content
 * refused. Addressed by {@code _id} only, the one key the embedded server looks up fast.
 */
@Component
class ImportLedger {

    static final String COLLECTION = "import_lines";
    static final String APPLIED = "applied";
    static final String REPLACED = "replaced";

    private final MongoCollection<Document> lines;

    ImportLedger(MongoDatabase database) {
        this.lines = database.getCollection(COLLECTION);
    }

    /** A line applied earlier: its content hash and what became of it. */
    record Entry(String id, String contentSha256, String outcome) {
    }

    Optional<Entry> find(String id) {
        var found = lines.find(Filters.eq("_id", id)).first();
        return Optional.ofNullable(found).map(document -> new Entry(id, document.getString("sha256"),
                document.getString("outcome")));
    }

    void applied(ImportLine line, String importId, Instant at) {
        lines.insertOne(new Document("_id", line.id()).append("sha256", line.contentSha256())
                .append("importId", importId).append("line", line.number()).append("command", line.command())
                .append("effectiveOn", line.effectiveOn().toString()).append("outcome", APPLIED)
                .append("appliedAt", Date.from(at)));
        if (line.replaces() != null) {
            lines.updateOne(Filters.eq("_id", line.replaces()),
                    Updates.combine(Updates.set("outcome", REPLACED), Updates.set("replacedBy", line.id())));
        }
    }
}
