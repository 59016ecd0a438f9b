package de.regionet.query.syndication;

import com.rometools.rome.feed.atom.Category;
import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import de.regionet.kernel.access.ReadableBy;
import de.regionet.kernel.region.RegionKey;
import de.regionet.query.news.NewsProjection;
import de.regionet.query.news.NewsView;
import org.jdom2.Element;
import org.jdom2.Namespace;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.stream.Stream;

import static de.regionet.kernel.access.ReadableBy.Audience.PUBLIC;

/**
 * Published news as an Atom 1.0 feed (RFC 4287), written by Rome: the newest {@value #ENTRIES} articles by their
 * last update, each with its teaser as summary, its sanitised HTML as content and its portal page as the
 * alternate link; an article edited after
 * publication keeps its id and gets a new {@code updated}. Articles withdrawn after publication are announced as
 * tombstones ({@code at:deleted-entry}, RFC 6721), so readers that keep old entries can drop them. {@code ?region=}
 * keeps the articles that concern the region (they name it, or name no region). Answers {@code ETag} and
 * {@code 304}.
 */
@RestController
class NewsFeedController {

    static final int ENTRIES = 50;
    /** The portal's page of an article, where a feed reader's link takes a person (issue 19). */
    static final String ARTICLE_PAGE = "/nachrichten/{id}";
    static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");
    private static final Namespace TOMBSTONES = Namespace.getNamespace("at", "http://purl.org/atompub/tombstones/1.0");

    private final NewsProjection news;

    NewsFeedController(NewsProjection news) {
        this.news = news;
    }

    @ReadableBy(PUBLIC)
    @GetMapping("/feeds/news.atom")
    ResponseEntity<byte[]> feed(@RequestParam(name = "region", required = false) RegionKey region,
                                WebRequest request) throws FeedException {
        var articles = news.articles().all("_id").stream()
                .filter(article -> region == null || article.concerns(region.value())).toList();
        var published = articles.stream().filter(NewsView::visibleToThePublic)
                .sorted(Comparator.comparing(NewsView::updatedAt).reversed().thenComparing(NewsView::id))
                .limit(ENTRIES).toList();
        var withdrawn = articles.stream().filter(NewsView::goneFromThePublic)
                .sorted(Comparator.comparing(NewsView::withdrawnAt).reversed().thenComparing(NewsView::id))
                .limit(ENTRIES).toList();

        var feed = new Feed("atom_1.0");
        feed.setId(region == null ? "urn:regionet:news" : "urn:regionet:news:region:" + region);
        feed.setTitle(region == null ? "RegioNet: Nachrichten der Netzwerkstelle"
                : "RegioNet: Nachrichten der Netzwerkstelle für Region " + region);
        feed.setAuthors(List.of(networkOffice()));
        feed.setUpdated(Date.from(Stream.concat(published.stream().map(NewsView::updatedAt),
                withdrawn.stream().map(NewsView::withdrawnAt)).max(Comparator.naturalOrder()).orElse(Instant.EPOCH)));
        feed.setOtherLinks(List.of(link("self", ServletUriComponentsBuilder.fromCurrentRequest().toUriString(),
                ATOM.toString())));
        feed.setEntries(published.stream().map(NewsFeedController::entry).toList());
        feed.setForeignMarkup(new ArrayList<>(withdrawn.stream().map(NewsFeedController::tombstone).toList()));
        return FeedAnswers.answer(new WireFeedOutput().outputString(feed), ATOM, request);
    }

    private static Entry entry(NewsView article) {
        var entry = new Entry();
        entry.setId(entryId(article));
        entry.setTitle(article.title());
        entry.setPublished(Date.from(article.publishedAt()));
        entry.setUpdated(Date.from(article.updatedAt()));
        var summary = new Content();
        summary.setType(Content.TEXT);
        summary.setValue(article.teaser());
        entry.setSummary(summary);
        var content = new Content();
        content.setType(Content.HTML);
        content.setValue(article.bodyHtml());
        entry.setContents(List.of(content));
        entry.setCategories(article.tags().stream().map(tag -> {
            var category = new Category();
            category.setTerm(tag);
            return category;
        }).toList());
        entry.setAlternateLinks(List.of(link("alternate", ServletUriComponentsBuilder.fromCurrentContextPath()
                .path(ARTICLE_PAGE).buildAndExpand(article.id()).toUriString(), "text/html")));
        return entry;
    }

    private static Element tombstone(NewsView article) {
        var deleted = new Element("deleted-entry", TOMBSTONES);
        deleted.setAttribute("ref", entryId(article));
        deleted.setAttribute("when", article.withdrawnAt().toString());
        return deleted;
    }

    private static String entryId(NewsView article) {
        return "urn:regionet:news:" + article.id();
    }

    private static Person networkOffice() {
        var office = new Person();
        office.setName("Regio-Netzwerkstelle");
        return office;
    }

    private static Link link(String rel, String href, String type) {
        var link = new Link();
        link.setRel(rel);
        link.setHref(href);
        link.setType(type);
        return link;
    }
}
