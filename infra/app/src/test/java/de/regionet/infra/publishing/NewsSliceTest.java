package de.regionet.infra.publishing;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.io.WireFeedInput;
import de.regionet.infra.ApiClient;
import de.regionet.infra.StompFeed;
import de.regionet.infra.TestUsers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.messaging.simp.broker.SimpleBrokerMessageHandler;
import tools.jackson.databind.JsonNode;

import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * News as clients see it: the network office drafts, edits (with If-Match), publishes now or at a time, and
 * withdraws; the public reads only what is published, through the API, the Atom feed (parsed back with Rome) and the
 * {@code /topic/news} live feed; the body is rendered harmless.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"regionet.embedded.backend=memory", "regionet.mongo.database=newsslice",
                "regionet.deadlines.poll-interval=200ms"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NewsSliceTest {

    private static final Duration PATIENCE = Duration.ofSeconds(15);

    @LocalServerPort
    int port;

    @Autowired
    SimpleBrokerMessageHandler broker;

    ApiClient office;
    ApiClient anonymous;

    @BeforeAll
    void signIn() {
        office = new ApiClient(port).as(TestUsers.OFFICE);
        anonymous = new ApiClient(port);
    }

    @Test
    void an_article_goes_from_draft_to_published_to_withdrawn_and_the_public_sees_only_what_is_published()
            throws Exception {
        try (var news = StompFeed.subscribe(port, "/topic/news", broker, null)) {
            var id = draft("Regionalkonferenz Fachkräfte", "15089");
            // the read model follows the event store a moment later: the office reads its draft once it is there
            awaitStatus(id, "DRAFT");
            assertThat(anonymous.get("/api/news/" + id).status()).as("a draft is not public").isEqualTo(404);
            assertThat(ids(anonymous.get("/api/news").json())).doesNotContain(id);
            assertThat(ids(office.get("/api/news").json())).contains(id);

            var edit = office.put("/api/news/" + id, body("Regionalkonferenz Fachkräfte 2026", "15089"),
                    "If-Match", "\"0\"");
            assertThat(edit.status()).as(edit.body()).isEqualTo(204);
            assertThat(edit.header("ETag")).isEqualTo("\"1\"");

            var publication = office.post("/api/news/" + id + "/publication", "{\"at\":null}", "If-Match", "\"1\"");
            assertThat(publication.status()).as(publication.body()).isEqualTo(204);
            assertThat(publication.header("ETag")).isEqualTo("\"2\"");
            await().atMost(PATIENCE).until(() -> anonymous.get("/api/news/" + id).status() == 200);
            var article = anonymous.get("/api/news/" + id);
            assertThat(article.header("ETag")).isEqualTo("\"2\"");
            assertThat(article.json().get("title").asString()).isEqualTo("Regionalkonferenz Fachkräfte 2026");
            assertThat(article.json().get("bodyHtml").asString()).contains("<h2>Programm</h2>");
            assertThat(ids(anonymous.get("/api/news?tag=netzwerk").json())).contains(id);
            assertThat(ids(anonymous.get("/api/news?region=15089").json())).contains(id);
            assertThat(ids(anonymous.get("/api/news?region=15001").json())).doesNotContain(id);

            var revised = office.put("/api/news/" + id, body("Regionalkonferenz: neuer Ort", "15089"),
                    "If-Match", "\"2\"");
            assertThat(revised.status()).isEqualTo(204);
            var withdrawal = office.delete("/api/news/" + id);
            assertThat(withdrawal.status()).isEqualTo(204);
            await().atMost(PATIENCE).until(() -> anonymous.get("/api/news/" + id).status() == 404);
            awaitStatus(id, "WITHDRAWN");

            var messages = news.take(3, PATIENCE);
            assertThat(messages).extracting(message -> message.get("type"))
                    .as("drafts and edits of drafts are not news").containsExactly("NewsPublished", "NewsEdited",
                            "NewsWithdrawn");
            assertThat(messages).allSatisfy(message -> assertThat(message.get("aggregateId")).isEqualTo(id));
            var payload = (Map<?, ?>) messages.get(0).get("payload");
            assertThat(((Map<?, ?>) payload.get("content")).get("title")).isEqualTo("Regionalkonferenz Fachkräfte 2026");
        }
    }

    @Test
    void editing_needs_the_version_it_is_based_on() {
        var id = draft("Ohne Version", null);
        var missing = office.put("/api/news/" + id, body("Neu", null));
        assertThat(missing.status()).isEqualTo(428);
        assertThat(missing.contentType()).startsWith("application/problem+json");
        assertThat(missing.json().get("errors").findValuesAsString("field")).contains("If-Match");
        assertThat(office.put("/api/news/" + id, body("Neu", null), "If-Match", "\"7\"").status()).isEqualTo(412);
    }

    @Test
    void an_edit_of_a_withdrawn_article_is_refused() {
        var id = draft("Bald zurückgezogen", null);
        assertThat(office.delete("/api/news/" + id).status()).isEqualTo(204);
        var edit = office.put("/api/news/" + id, body("Zu spät", null), "If-Match", "*");
        assertThat(edit.status()).isEqualTo(409);
        assertThat(edit.json().get("detail").asString()).isEqualTo("this article was withdrawn and can no longer be edited");
        assertThat(office.post("/api/news/" + id + "/publication", "{\"at\":null}").status()).isEqualTo(409);
        assertThat(office.delete("/api/news/" + id).status()).isEqualTo(409);
    }

    @Test
    void publishing_twice_is_refused() {
        var id = draft("Einmal reicht", null);
        assertThat(office.post("/api/news/" + id + "/publication", "{\"at\":null}").status()).isEqualTo(204);
        var again = office.post("/api/news/" + id + "/publication", "{\"at\":null}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("detail").asString()).isEqualTo("this article is already published");
    }

    @Test
    void a_scheduled_article_is_published_at_its_time() {
        var id = draft("Termin", null);
        var at = Instant.now().plusSeconds(2);
        var schedule = office.post("/api/news/" + id + "/publication", "{\"at\":\"" + at + "\"}");
        assertThat(schedule.status()).as(schedule.body()).isEqualTo(204);
        awaitStatus(id, "SCHEDULED");
        assertThat(anonymous.get("/api/news/" + id).status()).isEqualTo(404);
        await().atMost(PATIENCE).until(() -> anonymous.get("/api/news/" + id).status() == 200);
        var published = Instant.parse(anonymous.get("/api/news/" + id).json().get("publishedAt").asString());
        assertThat(published).isAfterOrEqualTo(at);
    }

    @Test
    void a_body_with_scripts_and_javascript_links_is_rendered_harmless() throws Exception {
        var response = office.post("/api/news", """
                {"title":"XSS","teaser":"<script>alert('teaser')</script>",
                 "body":"Hallo <script>alert('xss')</script>\\n\\n[Klick](javascript:alert(1)) <a href=\\"javascript:alert(2)\\" onclick=\\"alert(3)\\">Link</a> <img src=x onerror=alert(4)>\\n\\n[Gut](https://www.regio-aktiv.de)"}""");
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        var id = response.json().get("id").asString();
        assertThat(office.post("/api/news/" + id + "/publication", "{\"at\":null}").status()).isEqualTo(204);
        await().atMost(PATIENCE).until(() -> anonymous.get("/api/news/" + id).status() == 200);
        var html = anonymous.get("/api/news/" + id).json().get("bodyHtml").asString();
        assertThat(html.toLowerCase()).doesNotContain("<script", "javascript:", "onclick", "onerror", "alert(1)");
        assertThat(html).contains("Hallo", "<a href=\"https://www.regio-aktiv.de\"", "noopener");
        var atom = anonymous.get("/feeds/news.atom");
        var entry = entry(parse(atom.body()), id);
        assertThat(entry.getContents().get(0).getType()).isEqualTo("html");
        assertThat(entry.getContents().get(0).getValue().toLowerCase()).doesNotContain("<script", "javascript:",
                "onerror");
        assertThat(entry.getSummary().getType()).as("the teaser is plain text, shown as such").isEqualTo("text");
    }

    @Test
    void the_atom_feed_is_valid_atom_with_updated_and_withdrawn_entries_and_a_region_filter() throws Exception {
        var salzland = draft("Salzlandkreis sucht Fachkräfte", "15089");
        var everyone = draft("Für alle Regionen", null);
        var dessau = draft("Dessau-Roßlau lädt ein", "15001");
        var gone = draft("Wird zurückgezogen", null);
        for (var id : List.of(salzland, everyone, dessau, gone)) {
            assertThat(office.post("/api/news/" + id + "/publication", "{\"at\":null}").status()).isEqualTo(204);
        }
        assertThat(office.put("/api/news/" + everyone, body("Für alle Regionen (aktualisiert)", null),
                "If-Match", "\"1\"").status()).isEqualTo(204);
        assertThat(office.delete("/api/news/" + gone).status()).isEqualTo(204);
        var unpublished = draft("Nur ein Entwurf", null);

        await().atMost(PATIENCE).untilAsserted(() -> {
            var feed = parse(anonymous.get("/feeds/news.atom").body());
            assertThat(feed.getEntries()).extracting(Entry::getId)
                    .contains(urn(salzland), urn(everyone), urn(dessau))
                    .doesNotContain(urn(gone), urn(unpublished));
            assertThat(entry(feed, everyone).getTitle()).isEqualTo("Für alle Regionen (aktualisiert)");
            assertThat(tombstones(feed)).contains(urn(gone));
        });

        var response = anonymous.get("/feeds/news.atom");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/atom+xml");
        var feed = parse(response.body());
        assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
        assertThat(feed.getId()).isEqualTo("urn:regionet:news");
        assertThat(feed.getUpdated()).isNotNull();
        assertThat(feed.getAuthors()).isNotEmpty();
        assertThat(feed.getOtherLinks()).anySatisfy(link -> assertThat(link.getRel()).isEqualTo("self"));
        for (var entry : feed.getEntries()) {
            assertThat(entry.getId()).startsWith("urn:regionet:news:");
            assertThat(entry.getTitle()).isNotBlank();
            assertThat(entry.getUpdated()).isNotNull();
            assertThat(entry.getPublished()).isNotNull();
            assertThat(entry.getUpdated()).isAfterOrEqualTo(entry.getPublished());
        }
        var updated = entry(feed, everyone);
        assertThat(updated.getUpdated()).isAfterOrEqualTo(updated.getPublished());
        var view = anonymous.get("/api/news/" + everyone).json();
        assertThat(Instant.parse(view.get("updatedAt").asString())).as("an edit after publication moves updated, "
                + "not published").isAfter(Instant.parse(view.get("publishedAt").asString()));

        var forSalzland = parse(anonymous.get("/feeds/news.atom?region=15089").body());
        assertThat(forSalzland.getId()).isEqualTo("urn:regionet:news:region:15089");
        assertThat(forSalzland.getEntries()).extracting(Entry::getId).contains(urn(salzland), urn(everyone))
                .doesNotContain(urn(dessau));
        assertThat(anonymous.get("/feeds/news.atom?region=1508").status()).isEqualTo(400);
    }

    @Test
    void an_unchanged_feed_answers_304_and_a_changed_one_a_new_etag() {
        var first = anonymous.get("/feeds/news.atom");
        var etag = first.header("ETag");
        assertThat(etag).matches("\"[0-9a-f]{64}\"");
        var again = anonymous.raw("GET", "/feeds/news.atom", null, new byte[0], "If-None-Match", etag);
        assertThat(again.status()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(again.header("ETag")).isEqualTo(etag);

        var id = draft("Neu im Feed", null);
        assertThat(office.post("/api/news/" + id + "/publication", "{\"at\":null}").status()).isEqualTo(204);
        await().atMost(PATIENCE).until(() ->
                anonymous.raw("GET", "/feeds/news.atom", null, new byte[0], "If-None-Match", etag).status() == 200);
        assertThat(anonymous.get("/feeds/news.atom").header("ETag")).isNotEqualTo(etag);
    }

    private String draft(String title, String region) {
        var response = office.post("/api/news", body(title, region));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        assertThat(response.header("ETag")).isEqualTo("\"0\"");
        return response.json().get("id").asString();
    }

    private static String body(String title, String region) {
        return """
                {"title":"%s","teaser":"Was die Netzwerkstelle mitteilt.","body":"## Programm\\n\\n*Begrüßung*",
                 "tags":["Netzwerk","Fachkräfte"],"regionKeys":[%s],"fundingAreas":["K"]}"""
                .formatted(title, region == null ? "" : "\"" + region + "\"");
    }

    private void awaitStatus(String id, String status) {
        await().atMost(PATIENCE).until(() -> {
            var article = office.get("/api/news/" + id);
            return article.status() == 200 && status.equals(article.json().get("status").asString());
        });
    }

    private static List<String> ids(JsonNode list) {
        return list.findValuesAsString("id");
    }

    private static Feed parse(String xml) throws Exception {
        return (Feed) new WireFeedInput().build(new StringReader(xml));
    }

    private static Entry entry(Feed feed, String id) {
        return feed.getEntries().stream().filter(entry -> entry.getId().equals(urn(id))).findFirst().orElseThrow();
    }

    private static List<String> tombstones(Feed feed) {
        return feed.getForeignMarkup().stream()
                .filter(element -> element.getName().equals("deleted-entry")
                        && element.getNamespaceURI().equals("http://purl.org/atompub/tombstones/1.0"))
                .map(element -> element.getAttributeValue("ref")).toList();
    }

    private static String urn(String id) {
        return "urn:regionet:news:" + id;
    }
}
