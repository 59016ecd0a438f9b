package de.regionet.query.networkevent;

import de.regionet.kernel.EventMetaData;
import de.regionet.kernel.networkevent.NetworkEventFact.NetworkEventCancelled;
import de.regionet.kernel.networkevent.NetworkEventId;
import de.regionet.kernel.news.NewsArticleId;
import de.regionet.kernel.news.NewsEvent.NewsWithdrawn;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Events about published network events go to {@code /topic/network-events}, which anyone may read. */
class NetworkEventTopicsTest {

    private static final Map<String, Object> PUBLIC = Map.of(EventMetaData.AUDIENCE, EventMetaData.PUBLIC);
    private static final NetworkEventCancelled CANCELLED = new NetworkEventCancelled(new NetworkEventId("e-1"),
            "Raum fehlt");

    private final NetworkEventTopics topics = new NetworkEventTopics();

    @Test
    void an_event_about_a_published_network_event_goes_to_the_network_events_topic() {
        assertThat(topics.routes(CANCELLED, PUBLIC)).extracting(route -> route.destination())
                .containsExactly("/topic/network-events");
    }

    @Test
    void an_event_about_an_unpublished_network_event_goes_nowhere() {
        assertThat(topics.routes(CANCELLED, Map.of(EventMetaData.REGION_KEY, "15089"))).isEmpty();
    }

    @Test
    void published_news_are_no_network_event() {
        assertThat(topics.routes(new NewsWithdrawn(new NewsArticleId("n-1"), Instant.EPOCH), PUBLIC)).isEmpty();
    }

    @Test
    void anyone_reads_the_network_events() {
        assertThat(NetworkEventTopics.NETWORK_EVENTS.admits(Optional.empty(), "/topic/network-events")).isTrue();
    }
}
