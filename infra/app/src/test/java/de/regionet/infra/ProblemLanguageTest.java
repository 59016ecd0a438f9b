package de.regionet.infra;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API's problem {@code detail} in the language the client asks for: German when {@code Accept-Language} prefers
 * German, English otherwise and without the header; {@code type}, {@code title}, {@code status} and the fields named
 * stay the same in every language.
 */
@RegioNetTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProblemLanguageTest {

    private static final String REGION = "99420";

    @LocalServerPort
    int port;

    private Rak rak;
    private String wg;

    @BeforeAll
    void constitute() {
        var office = new ApiClient(port).as(TestUsers.OFFICE);
        assertThat(office.post("/api/regions", """
                {"key":"99420","name":"Landkreis Sprachprobe","kind":"DISTRICT"}""").status()).isEqualTo(201);
        rak = Rak.constitute(office, REGION, "Landkreis Sprachprobe");
        wg = "/api/working-groups/" + rak.id();
    }

    /** The same request in German, in English and without Accept-Language. */
    private record Answers(ApiClient.Response german, ApiClient.Response english, ApiClient.Response unasked) {

        String germanDetail() {
            return german.json().get("detail").asString();
        }

        String englishDetail() {
            return english.json().get("detail").asString();
        }
    }

    private Answers asked(Function<String[], ApiClient.Response> request) {
        var answers = new Answers(request.apply(new String[]{"Accept-Language", "de-DE,de;q=0.9,en;q=0.8"}),
                request.apply(new String[]{"Accept-Language", "en"}), request.apply(new String[0]));
        for (var answer : new ApiClient.Response[]{answers.german(), answers.english(), answers.unasked()}) {
            assertThat(answer.contentType()).startsWith("application/problem+json");
        }
        for (var member : new String[]{"type", "title", "status"}) {
            assertThat(answers.german().json().get(member)).as(member).isEqualTo(answers.english().json().get(member));
        }
        assertThat(answers.unasked().body()).as("no Accept-Language: English").isEqualTo(answers.english().body());
        assertThat(answers.germanDetail()).isNotEqualTo(answers.englishDetail());
        return answers;
    }

    @Test
    void bad_input_names_the_field_in_german_or_english() {
        var office = new ApiClient(port).as(TestUsers.OFFICE);
        var answers = asked(headers -> office.post("/api/regions", """
                {"key":"99420","name":"   ","kind":"DISTRICT"}""", headers));

        assertThat(answers.german().status()).isEqualTo(400);
        assertThat(answers.german().json().get("errors").findValuesAsString("field")).containsExactly("name");
        assertThat(answers.english().json().get("errors").findValuesAsString("field")).containsExactly("name");
        assertThat(answers.germanDetail()).isEqualTo("Die Anfrage ist ungültig: name darf nicht leer sein");
        assertThat(answers.englishDetail()).isEqualTo("the request is invalid: name must not be blank");
    }

    @Test
    void an_unknown_working_group_is_not_found_in_german_or_english() {
        var office = new ApiClient(port).as(TestUsers.OFFICE);
        var answers = asked(headers -> office.post("/api/working-groups/rak-gibt-es-nicht/members", """
                {"organisation":"Jobcenter","category":"JOB_CENTRE","admittedOn":"2022-07-01"}""", headers));

        assertThat(answers.german().status()).isEqualTo(404);
        assertThat(answers.germanDetail()).isEqualTo("Die Ressource rak-gibt-es-nicht gibt es nicht.");
        assertThat(answers.englishDetail()).isEqualTo("no such resource: rak-gibt-es-nicht");
    }

    @Test
    void a_change_based_on_an_old_version_is_refused_in_german_or_english() {
        var office = new ApiClient(port).as(TestUsers.OFFICE);
        var answers = asked(headers -> office.put(wg + "/coordination", """
                {"organisation":"REKO Sprachprobe","from":"2022-07-01","to":null}""",
                concat(headers, "If-Match", "\"1\"")));

        assertThat(answers.german().status()).isEqualTo(412);
        assertThat(answers.germanDetail()).startsWith("Die Anfrage beruhte auf Version 1, die aktuelle Version ist ");
        assertThat(answers.englishDetail()).startsWith("the request was based on version 1, but the current version");
    }

    @Test
    void a_coordinator_of_another_region_is_forbidden_in_german_or_english() {
        var dessau = new ApiClient(port).as(TestUsers.COORDINATOR_DESSAU);
        var answers = asked(headers -> dessau.put(wg + "/coordination", """
                {"organisation":"REKO Sprachprobe","from":"2022-07-01","to":null}""", headers));

        assertThat(answers.german().status()).isEqualTo(403);
        assertThat(answers.germanDetail()).isEqualTo(TestUsers.COORDINATOR_DESSAU
                + " darf nicht für die Region 99420 handeln (handelt für 15001).");
        assertThat(answers.englishDetail()).isEqualTo(TestUsers.COORDINATOR_DESSAU
                + " may not act for region 99420 (it acts for 15001)");
    }

    @Test
    void a_role_that_may_never_send_a_command_and_a_caller_without_token_are_answered_in_german_or_english() {
        var sponsor = new ApiClient(port).as(TestUsers.SPONSOR);
        var forbidden = asked(headers -> sponsor.post("/api/regions", "{}", headers));
        assertThat(forbidden.german().status()).isEqualTo(403);
        assertThat(forbidden.germanDetail()).isEqualTo(TestUsers.SPONSOR + " darf POST /api/regions nicht.");
        assertThat(forbidden.englishDetail()).isEqualTo(TestUsers.SPONSOR + " may not POST /api/regions");

        var anonymous = new ApiClient(port);
        var unauthenticated = asked(headers -> anonymous.post("/api/regions", "{}", headers));
        assertThat(unauthenticated.german().status()).isEqualTo(401);
        assertThat(unauthenticated.germanDetail()).startsWith("Bitte melden Sie sich zuerst an");
        assertThat(unauthenticated.englishDetail()).isEqualTo("sign in first: send Authorization: Bearer <token>");
    }

    @Test
    void a_domain_rule_is_explained_in_german_or_english_naming_the_field() {
        var office = new ApiClient(port).as(TestUsers.OFFICE);
        var inquorate = """
                {"date":"2022-09-14","agendaItem":"TOP 1","motion":"Der RAK beschließt ...","subject":null,
                 "present":["%s","%s"],"votes":{"%s":"YES"},"recusals":[]}""".formatted(rak.member("Agentur"),
                rak.member("Jobcenter"), rak.member("Agentur"));
        var answers = asked(headers -> office.post(wg + "/resolutions", inquorate, headers));

        assertThat(answers.german().status()).isEqualTo(422);
        assertThat(answers.german().json().get("errors").findValuesAsString("field")).containsExactly("present");
        assertThat(answers.germanDetail()).isEqualTo("Der Arbeitskreis war am 2022-09-14 nicht beschlussfähig: 2 "
                + "seiner 5 stimmberechtigten Mitglieder nahmen teil (anwesend und nicht befangen), nötig sind 3.");
        assertThat(answers.german().json().get("errors").get(0).get("message").asString())
                .isEqualTo(answers.germanDetail());
        assertThat(answers.englishDetail()).isEqualTo("the working group was not quorate on 2022-09-14: 2 of its 5 "
                + "members with a vote took part (present and not recused), 3 are needed");
    }

    @Test
    void an_unknown_path_is_not_found_in_german_or_english() {
        var office = new ApiClient(port).as(TestUsers.OFFICE);
        var answers = asked(headers -> office.get("/api/gibt-es-nicht", headers));

        assertThat(answers.german().status()).isEqualTo(404);
        assertThat(answers.germanDetail()).isEqualTo("Diese Ressource gibt es nicht.");
        assertThat(answers.englishDetail()).isEqualTo("no such resource");
    }

    private static String[] concat(String[] headers, String... more) {
        var all = new String[headers.length + more.length];
        System.arraycopy(headers, 0, all, 0, headers.length);
        System.arraycopy(more, 0, all, headers.length, more.length);
        return all;
    }
}
