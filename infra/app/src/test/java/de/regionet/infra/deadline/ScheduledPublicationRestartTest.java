package de.regionet.infra.deadline;

import com.mongodb.client.MongoDatabase;
import de.regionet.command.news.NewsArticle;
import de.regionet.infra.mongo.TestMongo;
import de.regionet.kernel.access.Actor;
import de.regionet.kernel.access.Role;
import de.regionet.kernel.news.NewsArticleId;
import de.regionet.kernel.news.NewsCommand.DraftNews;
import de.regionet.kernel.news.NewsCommand.PublishNews;
import de.regionet.kernel.news.NewsContent;
import de.regionet.kernel.news.NewsEvent.NewsPublished;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.config.Configuration;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A news article scheduled for publication is published at its time even though the application that scheduled it
 * stopped before, and another one started on the same database.
 */
class ScheduledPublicationRestartTest {

    private static final NewsArticleId ARTICLE = new NewsArticleId("scheduled-across-restart");

    @Test
    void a_scheduled_publication_survives_a_restart() {
        try (var mongo = TestMongo.server("scheduledpublication"); var client = mongo.client()) {
            var database = client.getDatabase(mongo.database());
            var first = application(database);
            first.commandGateway().sendAndWait(byTheOffice(new DraftNews(ARTICLE, new NewsContent("Termin", "Bald",
                    "Text", List.of(), List.of(), List.of()))));
            var at = Instant.now().plusMillis(1500);
            first.commandGateway().sendAndWait(byTheOffice(new PublishNews(ARTICLE, at, null)));
            first.shutdown();
            assertThat(database.getCollection("deadlines").countDocuments()).as("kept while nobody runs").isEqualTo(1);

            var second = application(database);
            await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(
                    second.eventStore().readEvents(ARTICLE.value()).asStream().map(event -> event.getPayload()))
                    .anySatisfy(payload -> assertThat(payload).isInstanceOfSatisfying(NewsPublished.class,
                            published -> assertThat(published.publishedAt()).isAfterOrEqualTo(at))));
            second.shutdown();
        }
    }

    /** As the network office sends it: news belongs to the office's network. */
    private static CommandMessage<?> byTheOffice(Object command) {
        return GenericCommandMessage.asCommandMessage(command).andMetaData(
                new Actor("office", Set.of(Role.NETWORK_OFFICE), Set.of(), null).toMetaData());
    }

    private static Configuration application(MongoDatabase database) {
        return DeadlineApplication.start(database, NewsArticle.class);
    }
}
