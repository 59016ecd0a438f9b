package de.regionet.infra;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A history recorded in another order than it happened, read at both times. Each story records a fact valid after
 * the day asked about first and, after the instant noted in between, a fact valid before that day; so the reads
 * with neither time, {@code asOf} only, {@code knownAt} only and both give four different answers: today as the
 * record says now, that day as the record says now, today as the record said then, and that day as the record
 * said then.
 */
@RegioNetTest
class BitemporalReadsTest {

    private static final String REGION = "99321";
    private static final String MINISTRY = "Ministerium für Arbeit, Soziales, Gesundheit und Gleichstellung";
    private static final String NETWORK_OFFICE = "Regio-Netzwerkstelle";
    private static final String EARLY_PARTY = "Landkreis Test-Nord";
    private static final String LATE_PARTY = "Landkreis Test-Süd";

    @LocalServerPort
    int port;

    private ApiClient api;

    @Test
    void reads_answer_the_state_on_a_day_and_what_the_record_said_at_an_instant_separately_and_together() {
        api = new ApiClient(port).as(TestUsers.OFFICE);
        var beforeAnything = Instant.now();
        assertThat(api.post("/api/regions", """
                {"key":"99321","name":"Landkreis Zweizeit","kind":"DISTRICT"}""").status()).isEqualTo(201);

        var programme = "/api/programmes/" + created(api.post("/api/programmes", """
                {"name":"REGIO AKTIV (zwei Zeiten)","from":"2021-01-01","to":"2027-12-31","budgetEuro":1000000,
                 "fundingAreas":[{"code":"A","title":"Übergang Schule–Beruf","from":"2021-01-01"},
                                 {"code":"B","title":"Fachkräfte","from":"2026-01-01"}]}"""));
        var agreement = "/api/agreements/" + created(api.post("/api/agreements", """
                {"title":"Kooperationsvereinbarung (zwei Zeiten)","scope":"STATE",
                 "parties":[{"party":"%s","regionKey":null},{"party":"%s"}],
                 "documentSha256":"%s","validFrom":"2022-01-01","validUntil":null}"""
                .formatted(MINISTRY, NETWORK_OFFICE, "a".repeat(64))));
        accepted(api.post(agreement + "/signatures", """
                {"party":"%s","signedOn":"2021-12-09","signatory":"Ministerin"}""".formatted(MINISTRY)));
        accepted(api.post(agreement + "/signatures", """
                {"party":"%s","signedOn":"2021-12-16","signatory":"Leitung"}""".formatted(NETWORK_OFFICE)));
        accepted(api.post(agreement + "/accessions", """
                {"party":"%s","accededOn":"2022-09-01"}""".formatted(EARLY_PARTY)));
        var group = "/api/working-groups/" + created(api.post("/api/working-groups", """
                {"regionKey":"99321","name":"RAK Zweizeit","establishedOn":"2022-01-01"}"""));
        accepted(api.post(group + "/members", """
                {"organisation":"Jobcenter Zweizeit","category":"JOB_CENTRE","admittedOn":"2022-09-01"}""",
                "If-Match", "\"0\""));
        projected(programme, 0);
        projected(agreement, 4);
        projected(group, 1);
        var between = Instant.now();

        accepted(api.post(programme + "/amendments", """
                {"effectiveFrom":"2025-01-01","addAreas":[{"code":"L","title":"Zuwanderung"},
                 {"code":"M","title":"Gesundheit"}]}"""));
        accepted(api.post(group + "/members", """
                {"organisation":"Agentur für Arbeit Zweizeit","category":"EMPLOYMENT_AGENCY",
                 "admittedOn":"2022-03-01"}""", "If-Match", "\"1\""));
        accepted(api.post(agreement + "/accessions", """
                {"party":"%s","accededOn":"2022-06-01"}""".formatted(LATE_PARTY)));
        projected(programme, 1);
        projected(group, 2);
        projected(agreement, 5);

        var knownBetween = "knownAt=" + between;
        assertThat(bound(agreement)).containsExactly(MINISTRY, NETWORK_OFFICE, EARLY_PARTY, LATE_PARTY);
        assertThat(bound(agreement + "?asOf=2022-07-01")).containsExactly(MINISTRY, NETWORK_OFFICE, LATE_PARTY);
        assertThat(bound(agreement + "?" + knownBetween)).containsExactly(MINISTRY, NETWORK_OFFICE, EARLY_PARTY);
        assertThat(bound(agreement + "?asOf=2022-07-01&" + knownBetween)).containsExactly(MINISTRY, NETWORK_OFFICE);

        assertThat(members(group)).containsExactlyInAnyOrder("Jobcenter Zweizeit", "Agentur für Arbeit Zweizeit");
        assertThat(members(group + "?asOf=2022-06-01")).containsExactly("Agentur für Arbeit Zweizeit");
        assertThat(members(group + "?" + knownBetween)).containsExactly("Jobcenter Zweizeit");
        assertThat(members(group + "?asOf=2022-06-01&" + knownBetween)).isEmpty();

        assertThat(areas(programme)).containsExactly("A", "B", "L", "M");
        assertThat(areas(programme + "?asOf=2025-06-01")).containsExactly("A", "L", "M");
        assertThat(areas(programme + "?" + knownBetween)).containsExactly("A", "B");
        assertThat(areas(programme + "?asOf=2025-06-01&" + knownBetween)).containsExactly("A");

        var listed = api.get("/api/working-groups?region=" + REGION + "&" + knownBetween).json();
        assertThat(listed).hasSize(1);
        assertThat(names(listed.get(0).get("members"), "organisation")).containsExactly("Jobcenter Zweizeit");
    }

    @Test
    void a_view_not_yet_recorded_or_not_yet_existing_answers_404_and_a_bad_time_400_naming_it() {
        api = new ApiClient(port).as(TestUsers.OFFICE);
        var beforeRegion = Instant.now();
        assertThat(api.post("/api/regions", """
                {"key":"99322","name":"Landkreis Vorher","kind":"DISTRICT"}""").status()).isEqualTo(201);
        var group = "/api/working-groups/" + created(api.post("/api/working-groups", """
                {"regionKey":"99322","name":"RAK Vorher","establishedOn":"2022-01-01"}"""));
        var programme = "/api/programmes/" + created(api.post("/api/programmes", """
                {"name":"Programm ab 2023","from":"2023-01-01","to":"2027-12-31","budgetEuro":1000000,
                 "fundingAreas":[{"code":"A","title":"Übergang Schule–Beruf","from":"2023-01-01"}]}"""));
        projected(group, 0);
        projected(programme, 0);
        await().atMost(Duration.ofSeconds(10)).until(() -> api.get("/api/regions/99322").status() == 200);

        for (var notYetRecorded : List.of(group, "/api/regions/99322", programme)) {
            var answer = api.get(notYetRecorded + "?knownAt=" + beforeRegion);
            assertThat(answer.status()).as(notYetRecorded).isEqualTo(404);
            assertThat(answer.contentType()).startsWith("application/problem+json");
            assertThat(answer.body()).as(notYetRecorded).contains("not yet recorded at " + beforeRegion);
        }
        var knownYesterday = api.get("/api/regions?knownAt=" + beforeRegion.minusSeconds(86_400).toString()
                .substring(0, 10)).json();
        assertThat(names(knownYesterday, "key")).doesNotContain("99322");
        assertThat(names(api.get("/api/regions?knownAt=" + Instant.now()).json(), "key")).contains("99322");

        var beforeProgramme = api.get(programme + "?asOf=2022-12-31");
        assertThat(beforeProgramme.status()).isEqualTo(404);
        assertThat(beforeProgramme.body()).contains("did not exist yet on 2022-12-31");

        for (var bad : List.of("gestern", "2024-13-01", "2024-06-01T25:00:00Z")) {
            var refused = api.get(group + "?knownAt=" + bad);
            assertThat(refused.status()).as(bad).isEqualTo(400);
            assertThat(refused.body()).as(bad).contains("knownAt");
        }
        var badDay = api.get("/api/regions/99322?asOf=2024-13-01");
        assertThat(badDay.status()).isEqualTo(400);
        assertThat(badDay.body()).contains("asOf");
    }

    private static String created(ApiClient.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("id").asString();
    }

    private static void accepted(ApiClient.Response response) {
        assertThat(response.status()).as(response.body()).isBetween(200, 204);
    }

    private void projected(String path, long version) {
        await().atMost(Duration.ofSeconds(10))
                .until(() -> ("\"" + version + "\"").equals(api.get(path).header("ETag")));
    }

    private List<String> bound(String path) {
        return names(get(path).get("boundParties"), "party");
    }

    private List<String> members(String path) {
        return names(get(path).get("members"), "organisation");
    }

    private List<String> areas(String path) {
        return names(get(path).get("areas"), "code");
    }

    private JsonNode get(String path) {
        var answer = api.get(path);
        assertThat(answer.status()).as(path + ": " + answer.body()).isEqualTo(200);
        return answer.json();
    }

    private static List<String> names(JsonNode items, String field) {
        return items.valueStream().map(item -> item.get(field).asString()).toList();
    }
}
