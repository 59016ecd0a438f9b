package de.regionet.query.readmodel;

import com.mongodb.client.model.Updates;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonValue;
import org.bson.conversions.Bson;

import java.util.ArrayList;
import java.util.List;

/**
 * What changed between two encodings of one read document, as update operators, so that an event costs the store
 * a small update of the fields it changed rather than a rewrite of the whole document (issue 20): an array that
 * only grew at its end gets the new elements by {@code $push}, one that only lost elements loses them by
 * {@code $pull}, any other changed field is {@code $set}, a field gone is {@code $unset}. Fields that did not
 * change are not sent. The projection's own change of the view stays the one definition of what an event does.
 */
final class FieldChanges {

    private FieldChanges() {
    }

    /** The operators turning {@code before} into {@code after}; {@code _id} never changes. */
    static List<Bson> between(BsonDocument before, BsonDocument after) {
        var updates = new ArrayList<Bson>();
        after.forEach((field, value) -> {
            if (!field.equals("_id") && !value.equals(before.get(field))) {
                updates.add(change(field, before.get(field), value));
            }
        });
        before.keySet().stream().filter(field -> !after.containsKey(field))
                .forEach(field -> updates.add(Updates.unset(field)));
        return updates;
    }

    private static Bson change(String field, BsonValue before, BsonValue after) {
        if (before != null && before.isArray() && after.isArray()) {
            var old = before.asArray();
            var now = after.asArray();
            if (isPrefix(old, now)) {
                return Updates.pushEach(field, now.getValues().subList(old.size(), now.size()));
            }
            var removed = removedOnly(old, now);
            if (removed != null) {
                return Updates.pullAll(field, removed);
            }
        }
        return Updates.set(field, after);
    }

    private static boolean isPrefix(BsonArray shorter, BsonArray longer) {
        return shorter.size() < longer.size() && longer.getValues().subList(0, shorter.size())
                .equals(shorter.getValues());
    }

    /**
     * The elements {@code before} lost to become {@code after}, if that is all that changed and none of them
     * remains in {@code after} (a {@code $pull} removes every equal element); otherwise {@code null}.
     */
    private static List<BsonValue> removedOnly(BsonArray before, BsonArray after) {
        if (after.size() >= before.size()) {
            return null;
        }
        var removed = new ArrayList<BsonValue>();
        int kept = 0;
        for (var element : before) {
            if (kept < after.size() && element.equals(after.get(kept))) {
                kept++;
            } else {
                removed.add(element);
            }
        }
        boolean onlyRemovals = kept == after.size() && removed.stream().noneMatch(after::contains);
        return onlyRemovals ? removed : null;
    }
}
