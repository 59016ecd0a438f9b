package de.regionet.infra.portal;

import de.regionet.kernel.NetworkTime;
import de.regionet.kernel.Rejection;
import de.regionet.kernel.access.ReadableBy;
import de.regionet.query.news.NewsProjection;
import de.regionet.query.news.NewsView;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import static de.regionet.kernel.access.ReadableBy.Audience.PUBLIC;

/**
 * The published news (issue 19): the list, newest first, and one article with the sanitised HTML the projection
 * rendered from its Markdown (the same the API and the Atom feed answer). Drafts, scheduled and withdrawn articles
 * do not exist here. The fragments let {@code live.js} fetch the list again when {@code /topic/news} announces a
 * change, on this page and on the start page.
 */
@Controller
class NewsPages {

    private final NewsProjection news;
    private final NetworkAtAGlance network;

    NewsPages(NewsProjection news, NetworkAtAGlance network) {
        this.news = news;
        this.network = network;
    }

    @ReadableBy(PUBLIC)
    @GetMapping("/nachrichten")
    String list(Model model) {
        model.addAttribute("articles", published());
        return "portal/news-list";
    }

    /** The list alone, for a live refresh of {@code /nachrichten}. */
    @ReadableBy(PUBLIC)
    @GetMapping("/nachrichten/liste")
    String listFragment(Model model) {
        model.addAttribute("articles", published());
        return "portal/news-fragments :: list(articles=${articles})";
    }

    /** The start page's teasers alone, for its live refresh. */
    @ReadableBy(PUBLIC)
    @GetMapping("/nachrichten/neueste")
    String latestFragment(Model model) {
        model.addAttribute("news", network.latestNews());
        return "portal/news-fragments :: teasers(news=${news})";
    }

    @ReadableBy(PUBLIC)
    @GetMapping("/nachrichten/{id}")
    String article(@PathVariable String id, Model model) {
        var article = news.articles().find(id).filter(NewsView::visibleToThePublic)
                .orElseThrow(() -> Rejection.notFound("no published news " + id));
        model.addAttribute("article", new Article(article.id(), article.title(), article.teaser(),
                article.bodyHtml(), NetworkTime.dayOf(article.publishedAt()), article.tags()));
        return "portal/news";
    }

    private List<StartPage.News> published() {
        return news.articles().all("_id").stream().filter(NewsView::visibleToThePublic)
                .sorted(Comparator.comparing(NewsView::publishedAt).reversed().thenComparing(NewsView::id))
                .map(article -> new StartPage.News(article.id(), article.title(), article.teaser(),
                        NetworkTime.dayOf(article.publishedAt())))
                .toList();
    }

    /** A published article; {@code bodyHtml} is already sanitised (the query side's {@code Markdown}). */
    record Article(String id, String title, String teaser, String bodyHtml, LocalDate publishedOn,
                   List<String> tags) {
    }
}
