package de.regionet.query.network;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import de.regionet.kernel.EventMetaData;
import de.regionet.kernel.region.RegionEvent.RegionRegistered;
import de.regionet.kernel.region.RegionKey;
import de.regionet.kernel.region.RegionKind;
import de.regionet.query.readmodel.InMemoryMongo;
import de.regionet.query.readmodel.ProcessorBatch;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GenericTrackedDomainEventMessage;
import org.axonframework.eventhandling.GenericTrackedEventMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A processor batch of dashboard events is decided in memory in event order and written in a fixed number of round
 * trips; the answers are those of the same events delivered one by one, and a batch handed again changes nothing.
 */
class NetworkActivityBatchTest {

    private static final Instant NOVEMBER_23 = Instant.parse("2026-11-23T10:00:00Z");
    private static final Instant DECEMBER_1 = Instant.parse("2026-12-01T10:00:00Z");

    private final List<String> commands = new ArrayList<>();
    private InMemoryMongo mongo;
    private NetworkActivityProjection projection;

    @BeforeEach
    void start() {
        mongo = new InMemoryMongo(new CommandListener() {
            @Override
            public void commandStarted(CommandStartedEvent event) {
                var target = event.getCommand().get(event.getCommandName());
                commands.add(event.getCommandName() + " "
                        + (target != null && target.isString() ? target.asString().getValue() : ""));
            }
        });
        projection = new NetworkActivityProjection(mongo.database("activity"));
    }

    @AfterEach
    void stop() {
        mongo.close();
    }

    /** Sixty events of three aggregates over two months, the first event re-delivered within the batch. */
    private ProcessorBatch sixtyEvents() {
        var batch = new ProcessorBatch();
        for (int position = 1; position <= 60; position++) {
            var region = List.of("15001", "15002", "15089").get(position % 3);
            add(batch, region, position / 3, position, position <= 30 ? NOVEMBER_23 : DECEMBER_1);
        }
        add(batch, "15002", 0, 3, NOVEMBER_23);
        return batch;
    }

    private void add(ProcessorBatch batch, String region, long version, long position, Instant at) {
        var payload = new RegionRegistered(new RegionKey(region), "Region", RegionKind.DISTRICT);
        var event = new GenericTrackedDomainEventMessage<>(GapAwareTrackingToken.newInstance(position, List.of()),
                new GenericDomainEventMessage<>("Region", region, version, payload,
                        Map.of(EventMetaData.REGION_KEY, region), "event-" + region + "-" + version, at));
        batch.with(event, message -> projection.on(payload, message,
                GapAwareTrackingToken.newInstance(position, List.of())));
    }

    private long regionCount(YearMonth month, String region) {
        return projection.month(month).orElseThrow().regions().stream()
                .filter(count -> count.regionKey().equals(region)).mapToLong(ActivityView.RegionCount::events)
                .sum();
    }

    @Test
    void a_batch_counts_every_event_once_in_a_fixed_number_of_round_trips() {
        assertThat(sixtyEvents().handle()).isTrue();

        assertThat(commands).containsExactly(
                "find network_activity_latest", "update network_activity_latest",
                "find network_activity_counted", "update network_activity_counted",
                "update network_activity_counts", "update network_activity_counts");
        assertThat(projection.month(YearMonth.of(2026, 11)).orElseThrow().events()).isEqualTo(30);
        assertThat(projection.month(YearMonth.of(2026, 12)).orElseThrow().events()).isEqualTo(30);
        assertThat(regionCount(YearMonth.of(2026, 11), "15002")).isEqualTo(10);
        assertThat(projection.latestEntries()).hasSize(NetworkActivityProjection.LATEST);
        assertThat(projection.latestEntries().get(0).position()).isEqualTo(60);
        assertThat(projection.latestEntries().get(NetworkActivityProjection.LATEST - 1).position()).isEqualTo(11);
    }

    @Test
    void a_batch_handed_again_changes_nothing() {
        sixtyEvents().handle();
        var november = projection.month(YearMonth.of(2026, 11));
        var latest = projection.latestEntries();
        commands.clear();

        sixtyEvents().handle();
        var batchCommands = List.copyOf(commands);

        assertThat(batchCommands).containsExactly("find network_activity_latest", "find network_activity_counted");
        assertThat(projection.month(YearMonth.of(2026, 11))).isEqualTo(november);
        assertThat(projection.latestEntries()).isEqualTo(latest);
    }

    @Test
    void a_batch_retried_in_smaller_batches_counts_each_event_once() {
        var whole = new ProcessorBatch();
        for (int position = 1; position <= 10; position++) {
            add(whole, "15001", position - 1, position, NOVEMBER_23);
        }
        whole.handle();

        // the token was not stored: the same events come again, first five, then five more with a new one
        var first = new ProcessorBatch();
        for (int position = 1; position <= 5; position++) {
            add(first, "15001", position - 1, position, NOVEMBER_23);
        }
        first.handle();
        first.handle();
        var second = new ProcessorBatch();
        for (int position = 6; position <= 11; position++) {
            add(second, "15001", position - 1, position, NOVEMBER_23);
        }
        second.handle();

        assertThat(projection.month(YearMonth.of(2026, 11)).orElseThrow().events()).isEqualTo(11);
    }

    @Test
    void events_of_no_aggregate_are_counted_once_too() {
        var batch = new ProcessorBatch();
        for (int position = 1; position <= 3; position++) {
            var payload = new RegionRegistered(new RegionKey("15001"), "Region", RegionKind.DISTRICT);
            var event = new GenericTrackedEventMessage<>(GapAwareTrackingToken.newInstance(position, List.of()),
                    new GenericEventMessage<>("news-" + position, payload, Map.of(EventMetaData.REGION_KEY, "15001"),
                            NOVEMBER_23));
            long at = position;
            batch.with(event, message -> projection.on(payload, message,
                    GapAwareTrackingToken.newInstance(at, List.of())));
        }
        batch.handle();
        batch.handle();

        assertThat(projection.month(YearMonth.of(2026, 11)).orElseThrow().events())
                .isEqualTo(3);
    }
}
