package de.regionet.query.news;

import com.mongodb.client.MongoDatabase;
import de.regionet.kernel.news.NewsEvent.NewsDrafted;
import de.regionet.kernel.news.NewsEvent.NewsEdited;
import de.regionet.kernel.news.NewsEvent.NewsPublicationScheduled;
import de.regionet.kernel.news.NewsEvent.NewsPublished;
import de.regionet.kernel.news.NewsEvent.NewsWithdrawn;
import de.regionet.query.readmodel.VersionedCollection;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

import java.time.Instant;

/** Projects news article streams into the {@code news} read collection, rendering each body once. */
@Component
@ProcessingGroup(NewsProjection.NAME)
public class NewsProjection {

    public static final String NAME = "news";

    private final VersionedCollection<NewsView> articles;

    NewsProjection(MongoDatabase database, MeterRegistry meters) {
        this.articles = new VersionedCollection<>(database, NAME, NewsView.class, meters);
    }

    @EventHandler
    void on(NewsDrafted event, @SequenceNumber long version, @Timestamp Instant at) {
        var id = event.articleId().value();
        articles.create(id, version, NewsView.drafted(id, event.content(), event.network().value(), at, version));
    }

    @EventHandler
    void on(NewsEdited event, @SequenceNumber long version, @Timestamp Instant at) {
        articles.update(event.articleId().value(), version, article -> article.saying(event.content(), at, version));
    }

    @EventHandler
    void on(NewsPublicationScheduled event, @SequenceNumber long version) {
        articles.update(event.articleId().value(), version, article -> article.scheduledFor(event.at(), version));
    }

    @EventHandler
    void on(NewsPublished event, @SequenceNumber long version) {
        articles.update(event.articleId().value(), version, article -> article.saying(event.content(),
                event.publishedAt(), version).published(event.publishedAt(), version));
    }

    @EventHandler
    void on(NewsWithdrawn event, @SequenceNumber long version) {
        articles.update(event.articleId().value(), version, article -> article.withdrawn(event.withdrawnAt(), version));
    }

    @ResetHandler
    void reset() {
        articles.clear();
    }

    public VersionedCollection<NewsView> articles() {
        return articles;
    }
}
