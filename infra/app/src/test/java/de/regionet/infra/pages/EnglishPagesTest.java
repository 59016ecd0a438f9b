package de.regionet.infra.pages;

import de.regionet.infra.ApiClient;
import de.regionet.infra.PageClient;
import de.regionet.infra.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.util.HtmlUtils;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Switching to English changes every visible text of the journeys' pages (issue 19): every page the four journeys
 * visit, opened in English as the person who uses it, shows no text of the German bundles that has an English
 * translation, and its {@code <html lang>} is {@code en}. Runs on a database of its own, filled with names that are
 * no German words, so that only the pages' own texts can be found.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"regionet.embedded.backend=memory", "regionet.mongo.database=englishpages"})
class EnglishPagesTest {

    private static final String REGION = "99431";

    @LocalServerPort
    int port;

    private static String group;
    private static String project;

    /** Once for the class: a region with its working group, news, an event, an open call and a project. */
    @BeforeEach
    void network() {
        if (group != null) {
            return;
        }
        var office = new ApiClient(port).as(TestUsers.OFFICE);
        created(office.post("/api/regions", "{\"key\":\"" + REGION + "\",\"name\":\"Zeta\",\"kind\":\"DISTRICT\"}"));
        group = id(office.post("/api/working-groups",
                "{\"regionKey\":\"" + REGION + "\",\"name\":\"Zeta RAK\",\"establishedOn\":\"2021-01-01\"}"));
        var members = new ArrayList<String>();
        for (var category : List.of("MUNICIPALITY", "EMPLOYMENT_AGENCY", "JOB_CENTRE")) {
            members.add(id(office.post("/api/working-groups/" + group + "/members",
                    "{\"organisation\":\"Zeta " + category.length() + "\",\"category\":\"" + category
                            + "\",\"admittedOn\":\"2022-07-01\"}")));
        }
        assertThat(office.put("/api/working-groups/" + group + "/rules", """
                {"validFrom":"2022-07-01","quorum":"MORE_THAN_HALF_OF_VOTING_MEMBERS","majority":"SIMPLE",
                 "votingCategories":["MUNICIPALITY","EMPLOYMENT_AGENCY","JOB_CENTRE"]}""").status()).isEqualTo(204);
        var news = id(office.post("/api/news", """
                {"title":"Zeta Kappa","teaser":"Zeta","body":"Zeta","tags":[],"regionKeys":[],"fundingAreas":[]}"""));
        assertThat(office.post("/api/news/" + news + "/publication", "{\"at\":null}").status()).isEqualTo(204);
        var day = LocalDate.now().plusDays(30);
        var event = id(office.post("/api/network-events", """
                {"title":"Zeta Omega","description":"Zeta","start":"%sT10:00:00+01:00","end":"%sT16:00:00+01:00",
                 "location":"Zeta","onlineUrl":null,"capacity":20,"regionKeys":[]}""".formatted(day, day)));
        assertThat(office.post("/api/network-events/" + event + "/publication", "{}").status()).isLessThan(300);
        var programme = id(office.post("/api/programmes", """
                {"name":"Zeta","from":"2021-01-01","to":"2027-12-31","budgetEuro":1000000,
                 "fundingAreas":[{"code":"A","title":"Zeta A","from":"2022-06-21"}]}"""));
        created(office.post("/api/calls", """
                {"regionKey":"%s","programmeId":"%s","fundingArea":"A","title":"Zeta Call","budgetEuro":100000,
                 "deadline":"%s","criteria":[]}""".formatted(REGION, programme,
                Instant.now().plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS))));
        project = id(office.post("/api/projects", """
                {"regionKey":"%s","programmeId":"%s","fundingArea":"A","title":"Zeta Project","sponsor":"%s",
                 "summary":"Zeta","grantEuro":10000,"durationMonths":12,"selectedOn":"2023-01-10",
                 "selectedBy":"Zeta RAK"}""".formatted(REGION, programme, "Bildungswerk Salzland")));
        await().until(() -> new ApiClient(port).get("/api/network-events").body().contains("Zeta Omega"));
    }

    @Test
    void the_portal_and_the_sign_in_form_are_english_throughout() {
        var visitor = new PageClient(port);
        assertEnglish(visitor, "/", "/netzwerk", "/netzwerk/" + REGION, "/nachrichten", "/veranstaltungen",
                "/ergebnisse", "/aufrufe", "/anmelden");
    }

    @Test
    void the_network_office_console_is_english_throughout() {
        var office = new PageClient(port).signIn(TestUsers.OFFICE);
        assertEnglish(office, "/console", "/console/buero", "/console/nachrichten", "/console/nachrichten/neu",
                "/console/veranstaltungen", "/console/controlling", "/console/aktivitaet", "/console/lesemodelle",
                "/console/importe");
    }

    @Test
    void the_coordination_console_is_english_throughout() {
        var coordinator = new PageClient(port).signIn(TestUsers.COORDINATOR_HARZ);
        var region = "/console/regionen/" + REGION;
        assertEnglish(coordinator, region, region + "/sitzungen/neu", region + "/beschluesse",
                region + "/umlaufverfahren", region + "/schwerpunkte", region + "/zielvereinbarungen",
                region + "/aufrufe");
    }

    @Test
    void the_sponsor_console_is_english_throughout() {
        var sponsor = new PageClient(port).signIn(TestUsers.SPONSOR);
        assertEnglish(sponsor, "/console/aufrufe", "/console/antraege", "/console/projekte",
                "/console/projekte/" + project);
    }

    @Test
    void the_auditor_console_is_english_throughout() {
        var auditor = new PageClient(port).signIn(TestUsers.AUDITOR);
        assertEnglish(auditor, "/console/pruefung", "/console/pruefung/working-group/" + group,
                "/console/pruefung/verifikation", "/console/pruefung/projekte/" + project + "/herkunft");
    }

    private void assertEnglish(PageClient client, String... paths) {
        var german = germanOnlyTexts();
        var found = new TreeSet<String>();
        for (var path : paths) {
            var page = client.get(path + (path.contains("?") ? "&" : "?") + "lang=en");
            assertThat(page.status()).as(path).isEqualTo(200);
            assertThat(page.body()).as(path).contains("<html lang=\"en\"");
            var text = visibleText(page.body());
            german.stream().filter(text::contains).forEach(fragment -> found.add(path + ": \"" + fragment + "\""));
        }
        assertThat(found).as("German texts on English pages").isEmpty();
    }

    /** What a person reads: the page without scripts, styles and tags, entities resolved, white space collapsed. */
    static String visibleText(String html) {
        var text = html.replaceAll("(?is)<script.*?</script>|<style.*?</style>|<!--.*?-->", " ")
                .replaceAll("(?s)<[^>]*>", " ");
        return HtmlUtils.htmlUnescape(text).replaceAll("\\s+", " ");
    }

    /**
     * Every German text that has an English translation, cut at its placeholders into pieces of five letters or
     * more (what is left of "{0} Mitglieder" is "Mitglieder"), leaving out pieces that English texts use as well
     * (a word such as "Position" is both).
     */
    private static List<String> germanOnlyTexts() {
        var german = bundles("");
        var english = bundles("_en");
        var englishTexts = String.join("\n", english.values().stream().map(Object::toString).toList());
        var fragments = new TreeSet<String>();
        german.forEach((key, value) -> {
            if (key.toString().startsWith("format.") || value.equals(english.get(key))) {
                return;
            }
            for (var piece : value.toString().replace("''", "'").split("\\{[^}]*}")) {
                var words = piece.strip();
                if (words.codePoints().filter(Character::isLetter).count() >= 5 && !englishTexts.contains(words)) {
                    fragments.add(words);
                }
            }
        });
        return List.copyOf(fragments);
    }

    private static Properties bundles(String suffix) {
        var all = new Properties();
        for (var name : List.of("messages", "i18n/portal", "i18n/console", "i18n/office", "i18n/coordination",
                "i18n/sponsor", "i18n/audit")) {
            try (var in = EnglishPagesTest.class.getResourceAsStream("/" + name + suffix + ".properties")) {
                if (in != null) {
                    var one = new Properties();
                    one.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                    all.putAll(one);
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return all;
    }

    private static void created(ApiClient.Response answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
    }

    private static String id(ApiClient.Response answer) {
        created(answer);
        return answer.json().get("id").asString();
    }
}
