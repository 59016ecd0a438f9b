package de.regionet.query.news;

import de.regionet.kernel.EventMetaData;
import de.regionet.kernel.news.NewsArticleId;
import de.regionet.kernel.news.NewsEvent.NewsWithdrawn;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Events about published news go to {@code /topic/news}, which anyone may read; drafts go nowhere. */
class NewsTopicsTest {

    private static final NewsWithdrawn WITHDRAWN = new NewsWithdrawn(new NewsArticleId("n-1"),
            Instant.parse("2025-03-01T10:00:00Z"));

    private final NewsTopics topics = new NewsTopics();

    @Test
    void an_event_about_published_news_goes_to_the_news_topic() {
        assertThat(topics.routes(WITHDRAWN, Map.of(EventMetaData.AUDIENCE, EventMetaData.PUBLIC)))
                .extracting(route -> route.destination()).containsExactly("/topic/news");
    }

    @Test
    void an_event_about_unpublished_news_goes_nowhere() {
        assertThat(topics.routes(WITHDRAWN, Map.of())).isEmpty();
    }

    @Test
    void a_public_event_of_another_feature_is_no_news() {
        assertThat(topics.routes("something else", Map.of(EventMetaData.AUDIENCE, EventMetaData.PUBLIC))).isEmpty();
    }

    @Test
    void anyone_reads_the_news() {
        assertThat(NewsTopics.NEWS.admits(Optional.empty(), "/topic/news")).isTrue();
    }
}
