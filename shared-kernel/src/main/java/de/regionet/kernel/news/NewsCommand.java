package de.regionet.kernel.news;

import de.regionet.kernel.Require;
import de.regionet.kernel.access.SentBy;
import de.regionet.kernel.network.NetworkId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

import static de.regionet.kernel.access.Role.NETWORK_OFFICE;

/**
 * Commands to a {@code NewsArticle}; only the network office writes news. Each carries the article version the
 * sender based it on ({@code null}: the sender does not care).
 */
public sealed interface NewsCommand {

    NewsArticleId articleId();

    Long expectedVersion();

    /**
     * Writes a new article of {@code network} (an office of one network may leave it out) as a draft, visible to
     * that network's office only.
     */
    @SentBy(NETWORK_OFFICE)
    record DraftNews(@TargetAggregateIdentifier NewsArticleId articleId, NewsContent content, NetworkId network)
            implements NewsCommand {
        public DraftNews {
            Require.present(articleId, "articleId");
            Require.present(content, "content");
        }

        public DraftNews(NewsArticleId articleId, NewsContent content) {
            this(articleId, content, null);
        }

        @Override
        public Long expectedVersion() {
            return null;
        }
    }

    /** Replaces what the article says, as a draft or after publication; a withdrawn article stays as it was. */
    @SentBy(NETWORK_OFFICE)
    record EditNews(@TargetAggregateIdentifier NewsArticleId articleId, NewsContent content, Long expectedVersion)
            implements NewsCommand {
        public EditNews {
            Require.present(articleId, "articleId");
            Require.present(content, "content");
        }
    }

    /**
     * Publishes the article now ({@code at} is {@code null}), schedules its publication for {@code at} in the
     * future, or records that it was published at {@code at} in the past. A new time replaces a scheduled one.
     */
    @SentBy(NETWORK_OFFICE)
    record PublishNews(@TargetAggregateIdentifier NewsArticleId articleId, Instant at, Long expectedVersion)
            implements NewsCommand {
        public PublishNews {
            Require.present(articleId, "articleId");
        }
    }

    /** Takes the article back, published or not; the history keeps it. */
    @SentBy(NETWORK_OFFICE)
    record WithdrawNews(@TargetAggregateIdentifier NewsArticleId articleId, Long expectedVersion)
            implements NewsCommand {
        public WithdrawNews {
            Require.present(articleId, "articleId");
        }
    }
}
