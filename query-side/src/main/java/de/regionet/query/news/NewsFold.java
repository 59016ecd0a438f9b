package de.regionet.query.news;

import de.regionet.kernel.news.NewsEvent.NewsDrafted;
import de.regionet.kernel.news.NewsEvent.NewsEdited;
import de.regionet.kernel.news.NewsEvent.NewsPublicationScheduled;
import de.regionet.kernel.news.NewsEvent.NewsPublished;
import de.regionet.kernel.news.NewsEvent.NewsWithdrawn;
import de.regionet.query.readmodel.EventFold;
import org.axonframework.eventhandling.DomainEventMessage;

import java.time.Instant;
import java.util.List;

/** A news article's view folded from its own events ({@link EventFold}), as {@link NewsProjection} builds it. */
public final class NewsFold implements EventFold<NewsView> {

    private static final NewsFold FOLD = new NewsFold();

    private NewsFold() {
    }

    /** The article as its events tell it, drafts and withdrawn ones included. */
    public static NewsView view(List<? extends DomainEventMessage<?>> events) {
        return FOLD.over(events);
    }

    @Override
    public NewsView next(NewsView article, Object event, long version, Instant at) {
        if (event instanceof NewsDrafted drafted) {
            return NewsView.drafted(drafted.articleId().value(), drafted.content(), drafted.network().value(), at,
                    version);
        }
        if (article == null) {
            return null;
        }
        if (event instanceof NewsEdited edited) {
            return article.saying(edited.content(), at, version);
        }
        if (event instanceof NewsPublicationScheduled scheduled) {
            return article.scheduledFor(scheduled.at(), version);
        }
        if (event instanceof NewsPublished published) {
            return article.saying(published.content(), published.publishedAt(), version)
                    .published(published.publishedAt(), version);
        }
        if (event instanceof NewsWithdrawn withdrawn) {
            return article.withdrawn(withdrawn.withdrawnAt(), version);
        }
        return article;
    }
}
