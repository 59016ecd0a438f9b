package de.regionet.query.news;

import de.regionet.kernel.news.NewsArticleId;
import de.regionet.kernel.news.NewsContent;
import de.regionet.kernel.news.NewsEvent.NewsDrafted;
import de.regionet.kernel.news.NewsEvent.NewsEdited;
import de.regionet.kernel.news.NewsEvent.NewsPublicationScheduled;
import de.regionet.kernel.news.NewsEvent.NewsPublished;
import de.regionet.kernel.news.NewsEvent.NewsWithdrawn;
import de.regionet.kernel.programme.FundingArea;
import de.regionet.kernel.region.RegionKey;
import de.regionet.query.readmodel.InMemoryMongo;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An article goes from draft through its scheduled publication to withdrawal, its body rendered harmless once; a
 * re-delivered or replayed event changes nothing.
 */
class NewsProjectionTest {

    private static final NewsArticleId ARTICLE = new NewsArticleId("news-1");
    private static final Instant DRAFTED = Instant.parse("2026-03-02T09:00:00Z");
    private static final Instant SCHEDULED = Instant.parse("2026-03-05T07:00:00Z");
    private static final Instant EDITED = Instant.parse("2026-03-06T12:00:00Z");
    private static final Instant WITHDRAWN = Instant.parse("2026-04-01T08:00:00Z");
    private static final NewsContent FIRST = content("Aufruf gestartet", "Der **Aufruf** läuft.<script>x()</script>");
    private static final NewsContent PUBLISHED = content("Aufruf gestartet", "Der Aufruf läuft bis Ende März.");
    private static final NewsContent CORRECTED = content("Aufruf verlängert", "Der Aufruf läuft bis Ende April.");

    private InMemoryMongo mongo;
    private NewsProjection projection;

    @BeforeEach
    void setUp() {
        mongo = new InMemoryMongo();
        projection = new NewsProjection(mongo.database("news"), new SimpleMeterRegistry());
    }

    @AfterEach
    void tearDown() {
        mongo.close();
    }

    private static NewsContent content(String title, String body) {
        return new NewsContent(title, "Kurz gesagt", body, List.of("Aufruf", "aufruf", "Salzland"),
                List.of(new RegionKey("15089"), new RegionKey("15001")), List.of(new FundingArea("A")));
    }

    /** An article's history up to its correction after publication, each event with its aggregate version. */
    private void deliverHistory() {
        projection.on(new NewsDrafted(ARTICLE, FIRST), 0, DRAFTED);
        projection.on(new NewsPublicationScheduled(ARTICLE, SCHEDULED), 1);
        projection.on(new NewsPublished(ARTICLE, PUBLISHED, SCHEDULED), 2);
        projection.on(new NewsEdited(ARTICLE, CORRECTED), 3, EDITED);
    }

    private NewsView article() {
        return projection.articles().find(ARTICLE.value()).orElseThrow();
    }

    @Test
    void a_draft_is_seen_by_nobody_outside_and_its_body_is_rendered_without_scripts() {
        projection.on(new NewsDrafted(ARTICLE, FIRST), 0, DRAFTED);
        assertThat(article().status()).isEqualTo(NewsView.Status.DRAFT);
        assertThat(article().visibleToThePublic()).isFalse();
        assertThat(article().body()).as("kept as written").contains("<script>");
        assertThat(article().bodyHtml()).contains("<strong>Aufruf</strong>").doesNotContain("<script");
        assertThat(article().tags()).containsExactly("Aufruf", "Salzland");
        assertThat(article().regionKeys()).containsExactly("15001", "15089");
        assertThat(article().updatedAt()).isEqualTo(DRAFTED);
    }

    @Test
    void a_scheduled_article_becomes_public_when_it_is_published_and_says_what_was_published() {
        projection.on(new NewsDrafted(ARTICLE, FIRST), 0, DRAFTED);
        projection.on(new NewsPublicationScheduled(ARTICLE, SCHEDULED), 1);
        assertThat(article().status()).isEqualTo(NewsView.Status.SCHEDULED);
        assertThat(article().scheduledFor()).isEqualTo(SCHEDULED);
        projection.on(new NewsPublished(ARTICLE, PUBLISHED, SCHEDULED), 2);
        assertThat(article().status()).isEqualTo(NewsView.Status.PUBLISHED);
        assertThat(article().scheduledFor()).isNull();
        assertThat(article().publishedAt()).isEqualTo(SCHEDULED);
        assertThat(article().body()).isEqualTo(PUBLISHED.body());
    }

    @Test
    void an_edit_after_publication_changes_what_readers_see_and_when_it_last_changed() {
        deliverHistory();
        assertThat(article().title()).isEqualTo("Aufruf verlängert");
        assertThat(article().publishedAt()).isEqualTo(SCHEDULED);
        assertThat(article().updatedAt()).isEqualTo(EDITED);
        assertThat(article().visibleToThePublic()).isTrue();
    }

    @Test
    void a_withdrawn_article_is_gone_from_the_public_and_keeps_when_it_was_published() {
        deliverHistory();
        projection.on(new NewsWithdrawn(ARTICLE, WITHDRAWN), 4);
        assertThat(article().status()).isEqualTo(NewsView.Status.WITHDRAWN);
        assertThat(article().withdrawnAt()).isEqualTo(WITHDRAWN);
        assertThat(article().visibleToThePublic()).isFalse();
        assertThat(article().goneFromThePublic()).isTrue();
    }

    @Test
    void delivering_the_history_again_changes_nothing() {
        deliverHistory();
        var once = article();
        deliverHistory();
        assertThat(article()).isEqualTo(once);
        assertThat(once.version()).isEqualTo(3);
        assertThat(once.title()).isEqualTo("Aufruf verlängert");
    }

    @Test
    void a_redelivered_publication_does_not_bring_back_a_withdrawn_article() {
        deliverHistory();
        projection.on(new NewsWithdrawn(ARTICLE, WITHDRAWN), 4);
        var withdrawn = article();
        projection.on(new NewsPublished(ARTICLE, PUBLISHED, SCHEDULED), 2);
        projection.on(new NewsDrafted(ARTICLE, FIRST), 0, DRAFTED);
        assertThat(article()).isEqualTo(withdrawn);
    }

    @Test
    void a_replay_after_a_reset_rebuilds_the_same_document() {
        deliverHistory();
        var before = article();
        projection.reset();
        assertThat(projection.articles().find(ARTICLE.value())).isEmpty();
        deliverHistory();
        assertThat(article()).isEqualTo(before);
    }
}
