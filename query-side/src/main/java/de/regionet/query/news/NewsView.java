package de.regionet.query.news;

import de.regionet.kernel.network.NetworkId;
import de.regionet.kernel.news.NewsContent;
import de.regionet.kernel.programme.FundingArea;
import de.regionet.kernel.region.RegionKey;
import de.regionet.query.markdown.Markdown;
import de.regionet.query.readmodel.VersionedCollection;
import org.bson.codecs.pojo.annotations.BsonId;

import java.time.Instant;
import java.util.List;

/**
 * A news article as readers get it: {@code GET /api/news/{id}}. The body is kept as written ({@code body},
 * Markdown) and as safe HTML ({@code bodyHtml}), rendered once when projected. {@code updatedAt} is when what
 * readers see last changed (publication or a later edit). {@code network} is the network the article was written in
 * ({@code null} on articles projected before networks: Saxony-Anhalt's).
 */
public record NewsView(@BsonId String id, String title, String teaser, String body, String bodyHtml,
                       List<String> tags, List<String> regionKeys, List<String> fundingAreas, Status status,
                       Instant scheduledFor, Instant publishedAt, Instant updatedAt, Instant withdrawnAt, long version,
                       String network) implements VersionedCollection.Versioned {

    public enum Status { DRAFT, SCHEDULED, PUBLISHED, WITHDRAWN }

    static NewsView drafted(String id, NewsContent content, String network, Instant at, long version) {
        return new NewsView(id, null, null, null, null, List.of(), List.of(), List.of(), Status.DRAFT, null, null, at,
                null, version, network).saying(content, at, version);
    }

    NewsView saying(NewsContent content, Instant at, long newVersion) {
        return new NewsView(id, content.title(), content.teaser(), content.body(), Markdown.toSafeHtml(content.body()),
                content.tags(), content.regionKeys().stream().map(RegionKey::value).toList(),
                content.fundingAreas().stream().map(FundingArea::value).toList(), status, scheduledFor, publishedAt,
                at, withdrawnAt, newVersion, network);
    }

    NewsView scheduledFor(Instant at, long newVersion) {
        return new NewsView(id, title, teaser, body, bodyHtml, tags, regionKeys, fundingAreas, Status.SCHEDULED, at,
                publishedAt, updatedAt, withdrawnAt, newVersion, network);
    }

    NewsView published(Instant at, long newVersion) {
        return new NewsView(id, title, teaser, body, bodyHtml, tags, regionKeys, fundingAreas, Status.PUBLISHED, null,
                at, at, withdrawnAt, newVersion, network);
    }

    NewsView withdrawn(Instant at, long newVersion) {
        return new NewsView(id, title, teaser, body, bodyHtml, tags, regionKeys, fundingAreas, Status.WITHDRAWN, null,
                publishedAt, updatedAt, at, newVersion, network);
    }

    public boolean visibleToThePublic() {
        return status == Status.PUBLISHED;
    }

    /** Withdrawn after it had been public: feeds tell their readers it is gone. */
    public boolean goneFromThePublic() {
        return status == Status.WITHDRAWN && publishedAt != null;
    }

    /** Whether the article concerns {@code region}: it names it, or it names no region and concerns everyone. */
    public boolean concerns(String region) {
        return regionKeys.isEmpty() || regionKeys.contains(region);
    }

    /** The article's network, Saxony-Anhalt's where the document names none. */
    public String networkOrDefault() {
        return network == null ? NetworkId.SACHSEN_ANHALT.value() : network;
    }

    public boolean taggedWith(String tag) {
        return tags.stream().anyMatch(known -> known.equalsIgnoreCase(tag));
    }
}
