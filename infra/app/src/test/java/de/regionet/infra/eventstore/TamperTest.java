package de.regionet.infra.eventstore;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static de.regionet.infra.eventstore.StoreVerifier.Kind.ALTERED;
import static de.regionet.infra.eventstore.StoreVerifier.Kind.MISSING;
import static de.regionet.infra.eventstore.StoreVerifier.Kind.OUT_OF_ORDER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever is done to the stored events behind the application's back, the verifier finds it and names the
 * position. The store: three aggregates with interleaved streams, 3 x 8 events at positions 0..23, checkpointed
 * every 8 positions.
 */
class TamperTest {

    private StoreFixture store;

    @BeforeEach
    void aCheckpointedStore() {
        store = StoreFixture.inMemory(8);
        for (int sequence = 0; sequence < 8; sequence++) {
            for (var aggregate : new String[]{"a", "b", "c"}) {
                store.append(aggregate, sequence);
            }
        }
        store.maintenance.run();
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void an_untouched_store_verifies_ok() {
        var verification = store.verifier.verify();
        assertThat(verification.result()).isEqualTo("ok");
        assertThat(verification.firstFailure()).isNull();
        assertThat(verification.eventsChecked()).isEqualTo(24);
        assertThat(verification.checkpointsChecked()).isEqualTo(3);
    }

    @Test
    void a_changed_field_is_reported_as_altered_at_its_position() {
        store.events().updateOne(Filters.eq("_id", 10L), Updates.set(EventDocuments.PAYLOAD,
                "{\"aggregateId\":\"b\",\"sequence\":99}"));
        assertFailure(10, ALTERED);
    }

    @Test
    void a_deleted_event_is_reported_as_missing_at_its_position() {
        store.events().deleteOne(Filters.eq("_id", 13L));
        assertFailure(13, MISSING);
    }

    @Test
    void a_deleted_last_event_of_a_stream_is_reported_as_missing() {
        store.events().deleteOne(Filters.eq("_id", 23L));
        assertFailure(23, MISSING);
    }

    @Test
    void a_deleted_stream_is_reported_at_its_first_position() {
        store.events().deleteMany(Filters.eq(EventDocuments.AGGREGATE_ID, "b"));
        assertFailure(1, MISSING);
    }

    @Test
    void an_event_replaced_by_a_void_is_caught_by_the_checkpoint() {
        store.events().replaceOne(Filters.eq("_id", 20L), EventDocuments.voidAt(20, "append failed",
                new java.util.Date()));
        var failure = store.verifier.verify().firstFailure();
        assertThat(failure).isNotNull();
        assertThat(failure.position()).isBetween(16L, 23L);
    }

    @Test
    void two_swapped_events_are_reported_out_of_order_at_the_first() {
        var first = store.events().find(Filters.eq("_id", 4L)).first();
        var second = store.events().find(Filters.eq("_id", 7L)).first();
        store.events().deleteMany(Filters.in("_id", 4L, 7L));
        store.events().insertOne(new Document(first).append("_id", 7L));
        store.events().insertOne(new Document(second).append("_id", 4L));
        assertFailure(4, OUT_OF_ORDER);
    }

    @Test
    void two_events_with_swapped_contents_are_reported_at_the_first() {
        var first = store.events().find(Filters.eq("_id", 4L)).first();
        var second = store.events().find(Filters.eq("_id", 7L)).first();
        store.events().deleteMany(Filters.in("_id", 4L, 7L));
        store.events().insertOne(new Document(second).append("_id", 4L).append("position", 4L));
        store.events().insertOne(new Document(first).append("_id", 7L).append("position", 7L));
        assertFailure(4, ALTERED);
    }

    @Test
    void an_inserted_event_is_reported() {
        var forged = new Document(store.events().find(Filters.eq("_id", 23L)).first())
                .append("_id", 24L).append("position", 24L).append(EventDocuments.SEQUENCE, 8L)
                .append(EventDocuments.STREAM_KEY, "c/8");
        store.events().insertOne(forged);
        assertFailure(24, ALTERED);
    }

    private void assertFailure(long position, StoreVerifier.Kind kind) {
        var verification = store.verifier.verify();
        assertThat(verification.result()).isEqualTo("failed");
        assertThat(verification.firstFailure().position()).as(verification.firstFailure().reason())
                .isEqualTo(position);
        assertThat(verification.firstFailure().kind()).as(verification.firstFailure().reason()).isEqualTo(kind);
    }
}
