package de.regionet.query.network;

import com.mongodb.client.MongoClient;
import de.regionet.infra.mongo.TestMongo;
import de.regionet.kernel.EventMetaData;
import de.regionet.kernel.NetworkTime;
import de.regionet.query.network.ActivityView.Entry;
import de.regionet.query.network.ActivityView.RegionCount;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard's counts grown by {@code $inc} and its latest list by one sorted {@code $push}: correct for several
 * regions, and unchanged by a re-delivered or replayed event. Each test projects into a database of its own on an
 * embedded server (in memory) or the tests' MongoDB (TestMongo), handing the projection events as its processor would.
 */
class NetworkActivityCountingTest {

    private static final Instant NOW = Instant.now();

    private static TestMongo.Server server;
    private static MongoClient client;

    private NetworkActivityProjection projection;

    record Happened(String what) {
    }

    @BeforeAll
    static void startServer() {
        server = TestMongo.server("activity");
        client = server.client();
    }

    @AfterAll
    static void stopServer() {
        client.close();
        server.close();
    }

    @BeforeEach
    void freshDatabase() {
        projection = new NetworkActivityProjection(client.getDatabase(TestMongo.freshDatabase("activity")));
    }

    @Test
    void each_event_counts_once_for_every_region_it_concerns_and_events_of_no_region_count_state_wide() {
        everyEvent().forEach(this::deliver);

        var month = thisMonth();
        assertThat(month.events()).isEqualTo(5);
        assertThat(month.stateWide()).isEqualTo(1);
        assertThat(month.regions()).containsExactlyInAnyOrder(new RegionCount("99521", 3),
                new RegionCount("99522", 2));
    }

    @Test
    void a_redelivered_or_replayed_aggregate_event_changes_neither_the_counts_nor_the_latest_list() {
        var events = everyEvent();
        events.forEach(this::deliver);
        var counted = thisMonth();
        var listed = projection.latestEntries();

        events.stream().filter(event -> event instanceof GenericDomainEventMessage<?>).forEach(this::deliver);
        deliver(domain("A", 0, 1, "99521"));

        assertThat(thisMonth()).isEqualTo(counted);
        assertThat(projection.latestEntries()).isEqualTo(listed);
    }

    @Test
    void the_latest_list_keeps_the_newest_fifty_newest_first_whatever_order_they_arrive_in() {
        var positions = new ArrayList<>(LongStream.rangeClosed(1, 60).boxed().toList());
        Collections.shuffle(positions, new Random(20));
        positions.forEach(position -> deliver(domain("agg-" + position, 0, position, "99523")));
        deliver(domain("agg-55", 0, 55, "99523"));

        assertThat(projection.latestEntries()).extracting(Entry::position)
                .containsExactlyElementsOf(LongStream.iterate(60, p -> p > 10, p -> p - 1).boxed().toList());
        assertThat(thisMonth().regions()).containsExactly(new RegionCount("99523", 60));
    }

    /** Aggregate A twice, B in two regions, C concerning none, and an event of no aggregate. */
    private static List<EventMessage<?>> everyEvent() {
        return List.of(domain("A", 0, 1, "99521"), domain("A", 1, 2, "99521"),
                domain("B", 0, 3, "99521", "99522"), domain("C", 0, 4),
                new GenericEventMessage<>(new Happened("no aggregate"), regions(5, "99522")));
    }

    private static EventMessage<?> domain(String aggregate, long version, long position, String... regionKeys) {
        return new GenericDomainEventMessage<>("Thing", aggregate, version, new Happened(aggregate),
                regions(position, regionKeys), UUID.randomUUID().toString(), NOW);
    }

    private static MetaData regions(long position, String... regionKeys) {
        var meta = new HashMap<String, Object>();
        meta.put(EventMetaData.GLOBAL_POSITION, position);
        if (regionKeys.length > 0) {
            meta.put(EventMetaData.REGION_KEYS, List.of(regionKeys));
        }
        return MetaData.from(meta);
    }

    private void deliver(EventMessage<?> event) {
        projection.on(event.getPayload(), event, null);
    }

    private ActivityView.Month thisMonth() {
        return projection.month(YearMonth.from(NOW.atZone(NetworkTime.ZONE))).orElseThrow();
    }
}
