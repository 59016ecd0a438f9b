package de.regionet.query.readmodel;

import org.bson.BsonDocument;
import org.bson.codecs.configuration.CodecRegistry;
import org.bson.conversions.Bson;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.mongodb.MongoClientSettings.getDefaultCodecRegistry;
import static org.assertj.core.api.Assertions.assertThat;

class FieldChangesTest {

    private static final CodecRegistry CODECS = getDefaultCodecRegistry();

    @Test
    void an_element_appended_is_pushed_and_unchanged_fields_are_not_sent() {
        var changes = between("{_id: 'g', name: 'RAK', members: [{id: 'a'}], version: 1}",
                "{_id: 'g', name: 'RAK', members: [{id: 'a'}, {id: 'b'}], version: 2}");

        assertThat(changes).containsExactly(
                "{\"$push\": {\"members\": {\"$each\": [{\"id\": \"b\"}]}}}",
                "{\"$set\": {\"version\": 2}}");
    }

    @Test
    void elements_removed_are_pulled_and_a_reordered_list_is_set() {
        assertThat(between("{members: [{id: 'a'}, {id: 'b'}, {id: 'c'}]}", "{members: [{id: 'a'}, {id: 'c'}]}"))
                .containsExactly("{\"$pullAll\": {\"members\": [{\"id\": \"b\"}]}}");
        assertThat(between("{members: ['a', 'b']}", "{members: ['b', 'a']}"))
                .containsExactly("{\"$set\": {\"members\": [\"b\", \"a\"]}}");
    }

    @Test
    void a_removal_that_leaves_an_equal_element_is_set_not_pulled() {
        assertThat(between("{seats: ['a', 'b', 'a']}", "{seats: ['b', 'a']}"))
                .containsExactly("{\"$set\": {\"seats\": [\"b\", \"a\"]}}");
    }

    @Test
    void a_field_gone_is_unset_and_nothing_changed_sends_nothing() {
        assertThat(between("{coordination: {organisation: 'A'}, version: 3}", "{version: 3}"))
                .containsExactly("{\"$unset\": {\"coordination\": \"\"}}");
        assertThat(between("{version: 3, members: []}", "{version: 3, members: []}")).isEmpty();
    }

    private static List<String> between(String before, String after) {
        return FieldChanges.between(BsonDocument.parse(before), BsonDocument.parse(after)).stream()
                .map(FieldChangesTest::json).toList();
    }

    private static String json(Bson update) {
        return update.toBsonDocument(BsonDocument.class, CODECS).toJson();
    }
}
