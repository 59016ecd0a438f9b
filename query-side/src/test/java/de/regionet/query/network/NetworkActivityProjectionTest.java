package de.regionet.query.network;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.regionet.kernel.EventMetaData;
import de.regionet.kernel.region.RegionEvent.RegionRegistered;
import de.regionet.kernel.region.RegionKey;
import de.regionet.kernel.region.RegionKind;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The dashboard's read model counts every event once and keeps the newest ones in position order. */
class NetworkActivityProjectionTest {

    private static final Instant NOVEMBER_23 = Instant.parse("2026-11-23T10:00:00Z");

    private MongoServer server;
    private MongoClient client;
    private NetworkActivityProjection projection;

    @BeforeEach
    void start() {
        server = new MongoServer(new MemoryBackend());
        var address = server.bind();
        client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort());
        projection = new NetworkActivityProjection(client.getDatabase("activity"));
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdown();
    }

    @Test
    void a_redelivered_event_is_counted_and_listed_once() {
        deliver("15089", 0, 7, NOVEMBER_23);
        deliver("15089", 0, 7, NOVEMBER_23);
        deliver("15089", 1, 9, NOVEMBER_23);
        deliver("15089", 1, 9, NOVEMBER_23);

        var month = projection.month(YearMonth.of(2026, 11)).orElseThrow();
        assertThat(month.regions()).containsExactly(new ActivityView.RegionCount("15089", 2));
        assertThat(projection.latestEntries()).extracting(ActivityView.Entry::position).containsExactly(9L, 7L);
    }

    @Test
    void events_count_in_their_berlin_month_and_without_region_as_state_wide() {
        deliver("15001", 0, 1, Instant.parse("2026-10-31T23:30:00Z"));   // already November in Berlin
        deliver(null, 0, 2, NOVEMBER_23);
        assertThat(projection.month(YearMonth.of(2026, 11)).orElseThrow().regions())
                .containsExactly(new ActivityView.RegionCount("15001", 1));
        assertThat(projection.month(YearMonth.of(2026, 11)).orElseThrow().stateWide()).isEqualTo(1);
        assertThat(projection.month(YearMonth.of(2026, 10))).isEmpty();
    }

    @Test
    void a_late_event_takes_its_place_among_the_latest() {
        deliver("15089", 0, 12, NOVEMBER_23);
        deliver("15001", 0, 10, NOVEMBER_23);
        deliver("15002", 0, 11, NOVEMBER_23);
        assertThat(projection.latestEntries()).extracting(ActivityView.Entry::position).containsExactly(12L, 11L, 10L);
    }

    @Test
    void only_the_newest_events_are_kept() {
        for (int position = 0; position < NetworkActivityProjection.LATEST + 5; position++) {
            deliver(null, position, position, NOVEMBER_23);
        }
        deliver(null, 0, -1, NOVEMBER_23);
        assertThat(projection.latestEntries()).hasSize(NetworkActivityProjection.LATEST);
        assertThat(projection.latestEntries().get(0).position()).isEqualTo(NetworkActivityProjection.LATEST + 4);
    }

    private void deliver(String region, long version, long position, Instant at) {
        var aggregate = region == null ? "news-" + position : region;
        var payload = new RegionRegistered(new RegionKey(region == null ? "99999" : region), "Region", RegionKind.DISTRICT);
        var event = new GenericDomainEventMessage<>("Region", aggregate, version, payload,
                region == null ? Map.of() : Map.of(EventMetaData.REGION_KEY, region), "event-" + aggregate + "-" + version,
                at);
        projection.on(payload, event, position < 0 ? null : GapAwareTrackingToken.newInstance(position, List.of()));
    }
}
