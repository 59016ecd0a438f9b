package de.regionet.command.edge;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import de.regionet.kernel.Rejection;
import de.regionet.kernel.access.Principals;
import de.regionet.kernel.personal.PersonalDataVault;
import org.bson.Document;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Principal;
import java.util.HexFormat;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Creations under an {@code Idempotency-Key}: the first request with a key claims it, runs, and records its
 * answer; a retry with the same key and body gets that answer again and stores nothing new. A claim is taken
 * before the command runs (a unique {@code _id}), so two concurrent retries cannot both create. A failed
 * creation releases its claim, so the client may retry with a corrected request. Keys belong to the principal
 * who sent them: the same key from another user is another key, so nobody can replay someone else's answer. A key
 * names its user by pseudonym ({@link Principals#stored}, ADR 0022), so the collection holds no user name.
 */
@Component
public class IdempotentCreation {

    private static final String COLLECTION = "idempotency_keys";

    private final MongoCollection<Document> keys;
    private final JsonMapper json;
    private final PersonalDataVault vault;

    public IdempotentCreation(MongoDatabase database, JsonMapper json, PersonalDataVault vault) {
        this.keys = database.getCollection(COLLECTION);
        this.json = json;
        this.vault = vault;
    }

    /**
     * Runs {@code creation} once per {@code (sender, scope, key)}; without a key it simply runs.
     *
     * @param sender  who sends the request ({@code null}: nobody signed in)
     * @param scope   what is being created, e.g. {@code POST /api/regions}
     * @param request the request body, compared with the first request's
     */
    public CommandAnswer run(Principal sender, String key, String scope, Object request,
                             Supplier<CommandAnswer> creation) {
        if (key == null || key.isBlank()) {
            return creation.get();
        }
        InvalidHeader.requirePrintableAscii("Idempotency-Key", key, 200);
        var id = claimId(sender, scope, key);
        var fingerprint = fingerprint(request);
        var earlier = keys.find(Filters.eq("_id", id)).first();
        if (earlier != null) {
            return replay(earlier, fingerprint);
        }
        try {
            keys.insertOne(new Document("_id", id).append("request", fingerprint));
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return replay(keys.find(Filters.eq("_id", id)).first(), fingerprint);
            }
            throw e;
        }
        CommandAnswer answer;
        try {
            answer = creation.get();
        } catch (RuntimeException e) {
            keys.deleteOne(Filters.eq("_id", id));
            throw e;
        }
        keys.replaceOne(Filters.eq("_id", id), new Document("_id", id).append("request", fingerprint)
                .append("status", answer.status()).append("location", answer.location())
                .append("version", answer.version()).append("body", new Document(Map.copyOf(answer.body()))));
        return answer;
    }

    /** The sender's pseudonym comes first, length-prefixed, so no choice of names and keys can collide. */
    private String claimId(Principal sender, String scope, String key) {
        var name = sender == null ? "" : Principals.stored(sender.getName(), vault);
        return name.length() + ":" + name + " " + scope + " " + key;
    }

    private CommandAnswer replay(Document earlier, String fingerprint) {
        if (earlier == null || !fingerprint.equals(earlier.getString("request"))) {
            throw Rejection.invalid("Idempotency-Key",
                    "this Idempotency-Key was already used for a different request");
        }
        if (!earlier.containsKey("status")) {
            throw Rejection.conflict("a request with this Idempotency-Key is still being processed; retry shortly");
        }
        var body = earlier.get("body", Document.class);
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        body.forEach((name, value) -> fields.put(name, String.valueOf(value)));
        return new CommandAnswer(earlier.getInteger("status"), earlier.getString("location"),
                earlier.getLong("version"), fields);
    }

    private String fingerprint(Object request) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(json.writeValueAsString(request)
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
