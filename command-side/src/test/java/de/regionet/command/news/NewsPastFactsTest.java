package de.regionet.command.news;

import de.regionet.command.access.Senders;
import de.regionet.kernel.Rejection;
import de.regionet.kernel.news.NewsArticleId;
import de.regionet.kernel.news.NewsCommand.PublishNews;
import de.regionet.kernel.news.NewsContent;
import de.regionet.kernel.news.NewsEvent.NewsDrafted;
import de.regionet.kernel.news.NewsEvent.NewsPublished;
import de.regionet.kernel.news.NewsEvent.NewsWithdrawn;
import de.regionet.kernel.programme.FundingArea;
import de.regionet.kernel.region.RegionKey;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static de.regionet.command.access.Rejections.publicly;
import static de.regionet.command.access.Rejections.rejectedAs;

/**
 * An article the network office published in May 2023, recorded in 2026: it is published at its own moment, and an
 * article withdrawn since cannot be published again, whatever the day.
 */
class NewsPastFactsTest {

    private static final NewsArticleId ARTICLE = new NewsArticleId("news-2023");
    private static final Instant RECORDED = Instant.parse("2026-02-01T09:00:00Z");
    private static final Instant MAY_2023 = Instant.parse("2023-05-04T08:00:00Z");
    private static final NewsContent CONTENT = new NewsContent("Auftakt REGIO AKTIV", "Die Regionen starten.",
            "## Rückblick", List.of("Netzwerk"), List.of(new RegionKey("15089")), List.of(new FundingArea("K")));

    private FixtureConfiguration<NewsArticle> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(NewsArticle.class);
        fixture.registerInjectableResource((de.regionet.kernel.network.Networks) de.regionet.kernel.network.Networks::known);
        fixture.registerCommandDispatchInterceptor(Senders.byDefault(Senders.OFFICE));
    }

    @Test
    void an_article_published_in_2023_is_recorded_as_published_then() {
        fixture.given(new NewsDrafted(ARTICLE, CONTENT))
                .andGivenCurrentTime(RECORDED)
                .when(new PublishNews(ARTICLE, MAY_2023, null))
                .expectSuccessfulHandlerExecution()
                .expectEvents(publicly(new NewsPublished(ARTICLE, CONTENT, MAY_2023)))
                .expectNoScheduledDeadlines();
    }

    @Test
    void a_withdrawn_article_is_not_published_in_the_past_either() {
        fixture.given(new NewsDrafted(ARTICLE, CONTENT), new NewsWithdrawn(ARTICLE, RECORDED.minusSeconds(60)))
                .andGivenCurrentTime(RECORDED)
                .when(new PublishNews(ARTICLE, MAY_2023, null))
                .expectException(rejectedAs(Rejection.Kind.CONFLICT))
                .expectNoEvents();
    }
}
