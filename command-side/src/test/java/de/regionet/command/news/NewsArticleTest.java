package de.regionet.command.news;

import de.regionet.command.access.Senders;
import de.regionet.command.news.NewsArticle.ScheduledPublication;
import de.regionet.kernel.Rejection;
import de.regionet.kernel.network.NetworkId;
import de.regionet.kernel.network.Networks;
import de.regionet.kernel.news.NewsArticleId;
import de.regionet.kernel.news.NewsCommand;
import de.regionet.kernel.news.NewsCommand.DraftNews;
import de.regionet.kernel.news.NewsCommand.EditNews;
import de.regionet.kernel.news.NewsCommand.PublishNews;
import de.regionet.kernel.news.NewsCommand.WithdrawNews;
import de.regionet.kernel.news.NewsContent;
import de.regionet.kernel.news.NewsEvent.NewsDrafted;
import de.regionet.kernel.news.NewsEvent.NewsEdited;
import de.regionet.kernel.news.NewsEvent.NewsPublicationScheduled;
import de.regionet.kernel.news.NewsEvent.NewsPublished;
import de.regionet.kernel.news.NewsEvent.NewsWithdrawn;
import de.regionet.kernel.programme.FundingArea;
import de.regionet.kernel.region.RegionKey;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import static de.regionet.command.access.Rejections.aboutField;
import static de.regionet.command.access.Rejections.internally;
import static de.regionet.command.access.Rejections.publicly;
import static de.regionet.command.access.Rejections.rejectedAs;
import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.predicate;
import static org.hamcrest.Matchers.allOf;

class NewsArticleTest {

    private static final NewsArticleId ARTICLE = new NewsArticleId("news-1");
    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
    private static final Instant DECEMBER_1 = Instant.parse("2026-12-01T08:00:00Z");
    private static final NewsContent CONTENT = new NewsContent("Netzwerktreffen 2026", "Die Regionen treffen sich.",
            "## Programm", List.of("Netzwerk"), List.of(new RegionKey("15089")), List.of(new FundingArea("K")));
    private static final NewsContent REVISED = new NewsContent("Netzwerktreffen 2026 (neuer Ort)",
            "Die Regionen treffen sich in Halle.", "## Programm\n\nNeuer Ort", List.of("Netzwerk"), List.of(),
            List.of(new FundingArea("K")));

    private static final NewsDrafted DRAFTED = new NewsDrafted(ARTICLE, CONTENT);
    private static final NewsPublished PUBLISHED = new NewsPublished(ARTICLE, CONTENT, NOW.minusSeconds(3600));
    private static final NewsPublicationScheduled SCHEDULED = new NewsPublicationScheduled(ARTICLE, DECEMBER_1);
    private static final NewsWithdrawn WITHDRAWN = new NewsWithdrawn(ARTICLE, NOW.minusSeconds(60));

    private FixtureConfiguration<NewsArticle> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(NewsArticle.class);
        fixture.registerInjectableResource((Networks) Networks::known);
        fixture.registerCommandDispatchInterceptor(Senders.byDefault(Senders.OFFICE));
    }

    @Test
    void drafting_writes_an_internal_draft() {
        fixture.givenNoPriorActivity()
                .when(new DraftNews(ARTICLE, CONTENT))
                .expectSuccessfulHandlerExecution()
                .expectEvents(internally(DRAFTED));
    }

    @Test
    void editing_a_draft_is_internal_and_answers_the_new_version() {
        fixture.given(DRAFTED)
                .when(new EditNews(ARTICLE, REVISED, 0L))
                .expectResultMessagePayload(1L)
                .expectEvents(internally(new NewsEdited(ARTICLE, REVISED)));
    }

    @Test
    void editing_a_published_article_is_public() {
        fixture.given(DRAFTED, PUBLISHED)
                .when(new EditNews(ARTICLE, REVISED, 1L))
                .expectResultMessagePayload(2L)
                .expectEvents(publicly(new NewsEdited(ARTICLE, REVISED)));
    }

    @Test
    void an_edit_that_changes_nothing_records_nothing() {
        fixture.given(DRAFTED)
                .when(new EditNews(ARTICLE, CONTENT, 0L))
                .expectResultMessagePayload(0L)
                .expectNoEvents();
    }

    @Test
    void editing_a_withdrawn_article_is_rejected() {
        fixture.given(DRAFTED, PUBLISHED, WITHDRAWN)
                .when(new EditNews(ARTICLE, REVISED, null))
                .expectException(rejectedAs(Rejection.Kind.CONFLICT))
                .expectExceptionMessage("this article was withdrawn and can no longer be edited")
                .expectNoEvents();
    }

    @Test
    void publishing_now_makes_the_article_public_with_its_content() {
        fixture.given(DRAFTED, new NewsEdited(ARTICLE, REVISED))
                .andGivenCurrentTime(NOW)
                .when(new PublishNews(ARTICLE, null, 1L))
                .expectResultMessagePayload(2L)
                .expectEvents(publicly(new NewsPublished(ARTICLE, REVISED, NOW)))
                .expectNoScheduledDeadlines();
    }

    @Test
    void publishing_twice_is_rejected() {
        fixture.given(DRAFTED, PUBLISHED)
                .when(new PublishNews(ARTICLE, null, null))
                .expectException(rejectedAs(Rejection.Kind.CONFLICT))
                .expectExceptionMessage("this article is already published")
                .expectNoEvents();
    }

    @Test
    void publishing_a_withdrawn_article_is_rejected() {
        fixture.given(DRAFTED, WITHDRAWN)
                .when(new PublishNews(ARTICLE, null, null))
                .expectException(rejectedAs(Rejection.Kind.CONFLICT))
                .expectExceptionMessage("this article was withdrawn and can no longer be published")
                .expectNoEvents();
    }

    @Test
    void publishing_later_schedules_a_deadline_and_stays_internal() {
        fixture.given(DRAFTED)
                .andGivenCurrentTime(NOW)
                .when(new PublishNews(ARTICLE, DECEMBER_1, null))
                .expectResultMessagePayload(1L)
                .expectEvents(internally(SCHEDULED))
                .expectScheduledDeadline(DECEMBER_1, new ScheduledPublication(DECEMBER_1));
    }

    @Test
    void a_publication_time_in_the_past_records_the_article_as_published_then() {
        var then = Instant.parse("2023-05-04T08:00:00Z");
        fixture.given(DRAFTED)
                .andGivenCurrentTime(NOW)
                .when(new PublishNews(ARTICLE, then, null))
                .expectResultMessagePayload(1L)
                .expectEvents(publicly(new NewsPublished(ARTICLE, CONTENT, then)))
                .expectNoScheduledDeadlines();
    }

    @Test
    void a_scheduled_article_is_published_when_its_time_comes() {
        fixture.given(DRAFTED)
                .andGivenCurrentTime(NOW)
                .andGivenCommands(new PublishNews(ARTICLE, DECEMBER_1, null))
                .whenTimeAdvancesTo(DECEMBER_1)
                .expectDeadlinesMet(new ScheduledPublication(DECEMBER_1))
                .expectEventsMatching(exactSequenceOf(
                        publishedPublicly(CONTENT, DECEMBER_1),
                        andNoMore()));
    }

    @Test
    void a_scheduled_article_publishes_what_it_says_by_then() {
        fixture.given(DRAFTED)
                .andGivenCurrentTime(NOW)
                .andGivenCommands(new PublishNews(ARTICLE, DECEMBER_1, null), new EditNews(ARTICLE, REVISED, null))
                .whenTimeElapses(Duration.ofDays(9))
                .expectEventsMatching(exactSequenceOf(publishedPublicly(REVISED, DECEMBER_1), andNoMore()));
    }

    @Test
    void nothing_is_published_before_the_scheduled_time() {
        fixture.given(DRAFTED)
                .andGivenCurrentTime(NOW)
                .andGivenCommands(new PublishNews(ARTICLE, DECEMBER_1, null))
                .whenTimeAdvancesTo(DECEMBER_1.minusSeconds(1))
                .expectNoEvents()
                .expectScheduledDeadline(DECEMBER_1, new ScheduledPublication(DECEMBER_1));
    }

    @Test
    void a_new_publication_time_replaces_the_scheduled_one() {
        var later = DECEMBER_1.plus(Duration.ofDays(1));
        fixture.given(DRAFTED, SCHEDULED)
                .andGivenCurrentTime(NOW)
                .when(new PublishNews(ARTICLE, later, null))
                .expectEvents(internally(new NewsPublicationScheduled(ARTICLE, later)))
                .expectScheduledDeadline(later, new ScheduledPublication(later));
    }

    @Test
    void publishing_now_a_scheduled_article_cancels_its_schedule() {
        fixture.given(DRAFTED)
                .andGivenCurrentTime(NOW)
                .andGivenCommands(new PublishNews(ARTICLE, DECEMBER_1, null))
                .when(new PublishNews(ARTICLE, null, null))
                .expectEvents(publicly(new NewsPublished(ARTICLE, CONTENT, NOW)))
                .expectNoScheduledDeadlines();
    }

    @Test
    void an_outdated_publication_deadline_does_nothing() {
        // the deadline of an earlier schedule that was not cancelled (deadlines are handled at least once)
        fixture.given(DRAFTED)
                .andGivenCurrentTime(NOW)
                .andGivenCommands(new PublishNews(ARTICLE, DECEMBER_1, null))
                .andGiven(new NewsPublicationScheduled(ARTICLE, DECEMBER_1.plusSeconds(3600)))
                .whenTimeAdvancesTo(DECEMBER_1)
                .expectDeadlinesMet(new ScheduledPublication(DECEMBER_1))
                .expectNoEvents();
    }

    @Test
    void a_publication_deadline_after_publication_does_nothing() {
        fixture.given(DRAFTED)
                .andGivenCurrentTime(NOW)
                .andGivenCommands(new PublishNews(ARTICLE, DECEMBER_1, null))
                .andGiven(new NewsPublished(ARTICLE, CONTENT, NOW))
                .whenTimeAdvancesTo(DECEMBER_1)
                .expectDeadlinesMet(new ScheduledPublication(DECEMBER_1))
                .expectNoEvents();
    }

    @Test
    void withdrawing_a_published_article_is_public() {
        fixture.given(DRAFTED, PUBLISHED)
                .andGivenCurrentTime(NOW)
                .when(new WithdrawNews(ARTICLE, 1L))
                .expectResultMessagePayload(2L)
                .expectEvents(publicly(new NewsWithdrawn(ARTICLE, NOW)));
    }

    @Test
    void withdrawing_a_draft_is_internal() {
        fixture.given(DRAFTED)
                .andGivenCurrentTime(NOW)
                .when(new WithdrawNews(ARTICLE, null))
                .expectEvents(internally(new NewsWithdrawn(ARTICLE, NOW)));
    }

    @Test
    void withdrawing_a_scheduled_article_cancels_its_publication() {
        fixture.given(DRAFTED)
                .andGivenCurrentTime(NOW)
                .andGivenCommands(new PublishNews(ARTICLE, DECEMBER_1, null))
                .when(new WithdrawNews(ARTICLE, null))
                .expectEvents(internally(new NewsWithdrawn(ARTICLE, NOW)))
                .expectNoScheduledDeadlines();
    }

    @Test
    void withdrawing_twice_is_rejected() {
        fixture.given(DRAFTED, WITHDRAWN)
                .when(new WithdrawNews(ARTICLE, null))
                .expectException(rejectedAs(Rejection.Kind.CONFLICT))
                .expectExceptionMessage("this article is already withdrawn")
                .expectNoEvents();
    }

    private static final NetworkId NRW = new NetworkId("nordrhein-westfalen");

    @Test
    void an_office_of_one_network_drafts_in_its_network_without_naming_it() {
        fixture.givenNoPriorActivity()
                .when(new DraftNews(ARTICLE, CONTENT), Senders.sentBy(Senders.OFFICE_NRW))
                .expectEvents(internally(new NewsDrafted(ARTICLE, CONTENT, NRW)));
    }

    @Test
    void an_office_of_another_network_does_not_touch_the_article() {
        fixture.given(DRAFTED)
                .when(new EditNews(ARTICLE, REVISED, null), Senders.sentBy(Senders.OFFICE_NRW))
                .expectException(rejectedAs(Rejection.Kind.FORBIDDEN))
                .expectNoEvents();
    }

    @Test
    void news_of_another_or_of_no_network_is_refused() {
        fixture.givenNoPriorActivity()
                .when(new DraftNews(ARTICLE, CONTENT, new NetworkId("hessen")), Senders.sentBy(Senders.OFFICE_NRW))
                .expectException(rejectedAs(Rejection.Kind.FORBIDDEN))
                .expectNoEvents();
    }

    @Test
    void news_of_an_unknown_network_is_invalid() {
        fixture.givenNoPriorActivity()
                .when(new DraftNews(ARTICLE, CONTENT, new NetworkId("bayern")))
                .expectException(rejectedAs(Rejection.Kind.INVALID))
                .expectNoEvents();
    }

    @Test
    void only_the_network_office_writes_news() {
        for (var sender : new de.regionet.kernel.access.Actor[]{Senders.coordinatorOf("15089"), Senders.SPONSOR,
                Senders.AUDITOR}) {
            var withSenders = new AggregateTestFixture<>(NewsArticle.class);
            withSenders.registerInjectableResource((Networks) Networks::known);
            withSenders.registerCommandHandlerInterceptor(new de.regionet.command.access.CommandSenders());
            withSenders.given(DRAFTED)
                    .when(new PublishNews(ARTICLE, null, null), Senders.sentBy(sender))
                    .expectException(rejectedAs(Rejection.Kind.FORBIDDEN))
                    .expectNoEvents();
            withSenders.givenNoPriorActivity()
                    .when(new DraftNews(ARTICLE, CONTENT), Senders.sentBy(sender))
                    .expectException(rejectedAs(Rejection.Kind.FORBIDDEN))
                    .expectNoEvents();
        }
    }

    /** Each command on an article at version 1, based on the given version. */
    static Stream<Arguments> commands() {
        return Stream.of(
                Arguments.of("edit", (Function<Long, NewsCommand>) version -> new EditNews(ARTICLE, REVISED, version)),
                Arguments.of("publish", (Function<Long, NewsCommand>) version -> new PublishNews(ARTICLE, null, version)),
                Arguments.of("withdraw", (Function<Long, NewsCommand>) version -> new WithdrawNews(ARTICLE, version)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commands")
    void a_command_based_on_another_version_is_rejected(String name, Function<Long, NewsCommand> command) {
        fixture.given(DRAFTED, new NewsEdited(ARTICLE, REVISED))
                .when(command.apply(0L))
                .expectException(rejectedAs(Rejection.Kind.STALE_VERSION))
                .expectExceptionMessage("the request was based on version 0, but the current version is 1")
                .expectNoEvents();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commands")
    void a_command_on_an_unknown_article_fails(String name, Function<Long, NewsCommand> command) {
        fixture.givenNoPriorActivity()
                .when(command.apply(null))
                .expectException(org.axonframework.modelling.command.AggregateNotFoundException.class)
                .expectNoEvents();
    }

    private static org.hamcrest.Matcher<EventMessage<?>> publishedPublicly(NewsContent content, Instant notBefore) {
        return predicate(event -> event.getPayload() instanceof NewsPublished published
                && published.articleId().equals(ARTICLE) && published.content().equals(content)
                && !published.publishedAt().isBefore(notBefore)
                && de.regionet.kernel.EventMetaData.PUBLIC.equals(
                event.getMetaData().get(de.regionet.kernel.EventMetaData.AUDIENCE)));
    }
}
