package de.regionet.infra.live;

import de.regionet.infra.ApiClient;
import de.regionet.infra.StompFeed;
import de.regionet.infra.TestUsers;
import de.regionet.infra.eventstore.MongoEventStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.messaging.simp.broker.SimpleBrokerMessageHandler;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A client that lost its connection subscribes again with the last position it saw ({@code x-from-position}) and
 * gets exactly what it missed on the topic, in order, then live messages: no gap and no duplicate at the seam, also
 * while events keep happening. Positions that cannot be served are refused with an ERROR frame.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"regionet.embedded.backend=memory", "regionet.mongo.database=liveresume",
                "regionet.live.replay-window=150"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LiveResumeTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @LocalServerPort
    int port;

    @Autowired
    SimpleBrokerMessageHandler broker;

    @Autowired
    MongoEventStore store;

    ApiClient office;

    @BeforeAll
    void signIn() {
        office = new ApiClient(port).as(TestUsers.OFFICE);
    }

    @Test
    void a_client_that_reconnects_with_its_last_position_gets_exactly_the_50_it_missed_in_order_then_live_ones()
            throws Exception {
        var articles = drafts(52);
        long lastSeen;
        try (var before = StompFeed.subscribe(port, "/topic/news", broker, null)) {
            publish(articles.get(0));
            var seen = before.take(1, PATIENCE);
            assertThat(seen).extracting(message -> message.get("aggregateId")).containsExactly(articles.get(0));
            lastSeen = position(seen.get(0));
        }

        var missed = articles.subList(1, 51);
        for (var article : missed) {
            publish(article);
            edit(articles.get(51));   // internal: a draft's edit is not news, so not on the topic
        }

        try (var after = StompFeed.connect(port, null)) {
            after.subscribeFrom("/topic/news", lastSeen);
            var replayed = after.take(50, PATIENCE);
            assertThat(replayed).extracting(message -> message.get("aggregateId")).containsExactlyElementsOf(missed);
            assertThat(replayed).extracting(message -> message.get("type")).containsOnly("NewsPublished");
            assertThat(replayed).allSatisfy(message -> assertThat(position(message)).isGreaterThan(lastSeen));
            assertIncreasing(replayed);

            publish(articles.get(51));
            var live = after.take(1, PATIENCE);
            assertThat(live).extracting(message -> message.get("aggregateId")).containsExactly(articles.get(51));
            assertThat(position(live.get(0))).isGreaterThan(position(replayed.get(49)));
            assertThat(after.positionHeaders()).as("every message names its position as a header too")
                    .containsExactlyElementsOf(List.of(replayed, live).stream().flatMap(List::stream)
                            .map(message -> String.valueOf(position(message))).toList());
        }
    }

    @Test
    void a_client_that_missed_a_message_sees_the_gap_at_the_next_one_and_resumes_from_its_last_position_without_loss()
            throws Exception {
        var articles = drafts(3);
        long lastSeen;
        long gapSeenAt;
        try (var feed = StompFeed.subscribe(port, "/topic/news", broker, null)) {
            articles.forEach(this::publish);
            var messages = feed.take(3, PATIENCE);
            var headers = feed.messageHeaders();
            assertThat(messages).extracting(message -> message.get("aggregateId")).containsExactlyElementsOf(articles);
            assertThat(headers.get(1).getFirst("x-previous-position")).as("each message names the one before it")
                    .isEqualTo(String.valueOf(position(messages.get(0))));
            assertThat(headers.get(2).getFirst("x-previous-position"))
                    .isEqualTo(String.valueOf(position(messages.get(1))));

            // the second message is lost on its way: the client saw the first, then the third
            lastSeen = position(messages.get(0));
            long previousOfThird = Long.parseLong(headers.get(2).getFirst("x-previous-position"));
            assertThat(previousOfThird).as("the third names a position the client never saw: a gap")
                    .isGreaterThan(lastSeen);
            gapSeenAt = position(messages.get(2));
        }

        try (var resumed = StompFeed.connect(port, null)) {
            resumed.subscribeFrom("/topic/news", lastSeen);
            var caughtUp = resumed.take(2, PATIENCE);
            assertThat(caughtUp).extracting(message -> message.get("aggregateId"))
                    .containsExactlyElementsOf(articles.subList(1, 3));
            assertThat(position(caughtUp.get(1))).isEqualTo(gapSeenAt);
            assertThat(resumed.messageHeaders().get(1).getFirst("x-previous-position"))
                    .isEqualTo(String.valueOf(position(caughtUp.get(0))));
        }
    }

    @Test
    void events_published_while_a_client_resumes_arrive_once_and_in_order() throws Exception {
        var articles = drafts(40);
        long lastSeen;
        try (var before = StompFeed.subscribe(port, "/topic/news", broker, null)) {
            publish(articles.get(0));
            lastSeen = position(before.take(1, PATIENCE).get(0));
        }
        var missed = articles.subList(1, 11);
        missed.forEach(this::publish);
        var duringResume = articles.subList(11, 40);

        try (var after = StompFeed.connect(port, null)) {
            var publishing = CompletableFuture.runAsync(() -> duringResume.forEach(this::publish));
            after.subscribeFrom("/topic/news", lastSeen);
            publishing.get();
            var received = after.take(39, PATIENCE);
            assertThat(received).extracting(message -> message.get("aggregateId"))
                    .containsExactlyElementsOf(articles.subList(1, 40));
            assertIncreasing(received);
        }
    }

    @Test
    void a_position_older_than_the_feed_keeps_is_refused_with_an_error_frame() throws Exception {
        while (store.head() <= 160) {
            drafts(10);
        }
        try (var feed = StompFeed.connect(port, null)) {
            feed.subscribeFrom("/topic/news", 2);
            assertThat(feed.awaitError()).contains("x-from-position 2 is older than this feed keeps: it replays the "
                    + "last 150 events").contains("subscribe again without x-from-position");
        }
    }

    @Test
    void a_position_beyond_the_newest_event_is_refused() throws Exception {
        try (var feed = StompFeed.connect(port, null)) {
            feed.subscribeFrom("/topic/news", store.head() + 1000);
            assertThat(feed.awaitError()).contains("is no position of this feed");
        }
    }

    @Test
    void a_header_that_is_no_position_is_refused() throws Exception {
        try (var feed = StompFeed.connect(port, null)) {
            feed.subscribeFrom("/topic/news", -5);
            assertThat(feed.awaitError()).contains("x-from-position -5 is no position of this feed");
        }
    }

    @Test
    void a_resumed_subscription_carries_only_what_the_topic_carries() throws Exception {
        var draft = drafts(1).get(0);
        long from = store.head();
        edit(draft);
        publish(draft);
        edit(draft);
        office.delete("/api/news/" + draft);
        try (var feed = StompFeed.connect(port, null)) {
            feed.subscribeFrom("/topic/news", from);
            assertThat(feed.take(3, PATIENCE)).extracting(message -> message.get("type"))
                    .containsExactly("NewsPublished", "NewsEdited", "NewsWithdrawn");
        }
    }

    private List<String> drafts(int count) {
        var ids = new ArrayList<String>();
        for (int i = 0; i < count; i++) {
            var response = office.post("/api/news", """
                    {"title":"Nachricht","teaser":"Kurz","body":"Text","tags":["Netzwerk"]}""");
            assertThat(response.status()).as(response.body()).isEqualTo(201);
            ids.add(response.json().get("id").asString());
        }
        return ids;
    }

    private void publish(String article) {
        var response = office.post("/api/news/" + article + "/publication", "{\"at\":null}");
        assertThat(response.status()).as(response.body()).isEqualTo(204);
    }

    private void edit(String article) {
        var response = office.put("/api/news/" + article, """
                {"title":"Nachricht %s","teaser":"Kurz","body":"Text"}""".formatted(System.nanoTime()), "If-Match", "*");
        assertThat(response.status()).as(response.body()).isEqualTo(204);
    }

    private static long position(Map<String, Object> message) {
        return ((Number) message.get("position")).longValue();
    }

    private static void assertIncreasing(List<Map<String, Object>> messages) {
        for (int i = 1; i < messages.size(); i++) {
            assertThat(position(messages.get(i))).as("position of message " + i)
                    .isGreaterThan(position(messages.get(i - 1)));
        }
    }
}
