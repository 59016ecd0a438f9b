package de.regionet.query.news;

import de.regionet.kernel.EventMetaData;
import de.regionet.kernel.news.NewsEvent;
import de.regionet.query.live.LiveTopic;
import de.regionet.query.live.LiveTopics;
import de.regionet.query.live.Subscribers;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;

/** {@code /topic/news}, for anyone: events about published news articles (metadata {@code audience: PUBLIC}). */
@Component
class NewsTopics implements LiveTopics {

    static final LiveTopic NEWS = LiveTopic.of("/topic/news", Subscribers.ANYONE);

    @Override
    public List<LiveTopic> topics() {
        return List.of(NEWS);
    }

    @Override
    public List<LiveTopic.Route> routes(Object payload, Map<String, ?> metaData) {
        return payload instanceof NewsEvent && EventMetaData.isPublic(metaData) ? List.of(NEWS.route()) : List.of();
    }
}
