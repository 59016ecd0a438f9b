package de.regionet.query.news;

import de.regionet.kernel.Rejection;
import de.regionet.kernel.access.ReadableBy;
import de.regionet.kernel.network.NetworkId;
import de.regionet.kernel.news.NewsArticleId;
import de.regionet.kernel.region.RegionKey;
import de.regionet.query.access.Readers;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import static de.regionet.kernel.access.ReadableBy.Audience.PUBLIC;

/**
 * Reads news from its read collection. Everyone reads what is published, of every network ({@code ?network=} narrows
 * it to one); a network's office and auditors also see its drafts, scheduled and withdrawn articles, and nobody of
 * another network does. Newest first.
 */
@RestController
class NewsQueryController {

    private final NewsProjection projection;

    NewsQueryController(NewsProjection projection) {
        this.projection = projection;
    }

    @ReadableBy(PUBLIC)
    @GetMapping("/api/news")
    List<NewsView> list(@RequestParam(name = "tag", required = false) String tag,
                        @RequestParam(name = "region", required = false) RegionKey region,
                        @RequestParam(name = "network", required = false) NetworkId network,
                        HttpServletRequest request) {
        return projection.articles().all("_id").stream()
                .filter(article -> article.visibleToThePublic() || Readers.seesUnpublished(request, article.network()))
                .filter(article -> network == null || network.value().equals(article.networkOrDefault()))
                .filter(article -> tag == null || tag.isBlank() || article.taggedWith(tag.strip()))
                .filter(article -> region == null || article.concerns(region.value()))
                .sorted(Comparator.comparing(NewsQueryController::newest).reversed())
                .toList();
    }

    @ReadableBy(PUBLIC)
    @GetMapping("/api/news/{id}")
    ResponseEntity<NewsView> one(@PathVariable NewsArticleId id, HttpServletRequest request) {
        return projection.articles().find(id.value())
                .filter(article -> article.visibleToThePublic() || Readers.seesUnpublished(request, article.network()))
                .map(article -> ResponseEntity.ok().eTag("\"" + article.version() + "\"").body(article))
                .orElseThrow(() -> Rejection.notFound("no news article " + id));
    }

    private static Instant newest(NewsView article) {
        return article.publishedAt() != null ? article.publishedAt() : article.updatedAt();
    }
}
