package de.regionet.kernel.news;

import de.regionet.kernel.network.NetworkId;

import java.time.Instant;

/**
 * Facts in a news article's stream. Events about a published article carry the metadata
 * {@code audience: PUBLIC} ({@link de.regionet.kernel.EventMetaData#AUDIENCE}), so public feeds can carry them.
 */
public sealed interface NewsEvent {

    NewsArticleId articleId();

    /**
     * A draft was written in {@code network}; only that network's office sees it. Drafts recorded before networks
     * name none: they are Saxony-Anhalt's.
     */
    record NewsDrafted(NewsArticleId articleId, NewsContent content, NetworkId network) implements NewsEvent {

        public NewsDrafted {
            network = network == null ? NetworkId.SACHSEN_ANHALT : network;
        }

        public NewsDrafted(NewsArticleId articleId, NewsContent content) {
            this(articleId, content, null);
        }
    }

    /** The article now says {@code content}; public if the article is published. */
    record NewsEdited(NewsArticleId articleId, NewsContent content) implements NewsEvent {
    }

    /** The article is to be published at {@code at}; replaces an earlier schedule. */
    record NewsPublicationScheduled(NewsArticleId articleId, Instant at) implements NewsEvent {
    }

    /** The article went public at {@code publishedAt}, saying {@code content}. */
    record NewsPublished(NewsArticleId articleId, NewsContent content, Instant publishedAt) implements NewsEvent {
    }

    /** The article was taken back at {@code withdrawnAt}; it is no longer shown, and the history keeps it. */
    record NewsWithdrawn(NewsArticleId articleId, Instant withdrawnAt) implements NewsEvent {
    }
}
