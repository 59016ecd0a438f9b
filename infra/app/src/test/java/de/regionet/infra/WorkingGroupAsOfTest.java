package de.regionet.infra;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A working group read as of a day over HTTP: the members seated and the coordination in force then, while the
 * answer without {@code asOf} keeps its fields and shows today's members only.
 */
@RegioNetTest
class WorkingGroupAsOfTest {

    private static final String REGION = "99181";

    @LocalServerPort
    int port;

    @Test
    void a_working_group_answers_as_of_a_day_and_today_as_before() {
        var api = new ApiClient(port).as(TestUsers.OFFICE);
        assertThat(api.post("/api/regions", """
                {"key":"99181","name":"Landkreis Wittenberg","kind":"DISTRICT"}""").status()).isEqualTo(201);
        var groupId = api.post("/api/working-groups", """
                {"regionKey":"99181","name":"RAK Wittenberg",
                 "establishedOn":"2021-01-01"}""").json().get("id").asString();
        var group = "/api/working-groups/" + groupId;
        var jobCentre = api.post(group + "/members", """
                {"organisation":"Jobcenter Wittenberg","category":"JOB_CENTRE","admittedOn":"2022-07-01"}""",
                "If-Match", "\"0\"").json().get("id").asString();
        assertThat(api.post(group + "/members", """
                {"organisation":"Agentur für Arbeit Wittenberg","category":"EMPLOYMENT_AGENCY",
                 "admittedOn":"2022-09-01"}""", "If-Match", "\"1\"").status()).isEqualTo(201);
        assertThat(api.put(group + "/coordination", """
                {"organisation":"REKO Wittenberg","from":"2022-07-01","to":"2023-12-31"}""",
                "If-Match", "\"2\"").status()).isEqualTo(204);
        assertThat(api.put(group + "/coordination", """
                {"organisation":"REKO Lutherstadt","from":"2024-01-01","to":null}""",
                "If-Match", "\"3\"").status()).isEqualTo(204);
        assertThat(api.delete(group + "/members/" + jobCentre, "If-Match", "\"4\"").status()).isEqualTo(204);
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(api.get(group).header("ETag")).isEqualTo("\"5\""));

        var today = api.get(group);
        assertThat(fieldNames(today.json())).containsExactly("id", "regionKey", "name", "kind", "members",
                "coordination", "version");
        assertThat(fieldNames(today.json().get("members").get(0)))
                .containsExactly("id", "organisation", "category", "admittedOn");
        assertThat(organisations(today.json())).containsExactly("Agentur für Arbeit Wittenberg");
        assertThat(today.json().get("coordination").get("organisation").asString()).isEqualTo("REKO Lutherstadt");
        assertThat(api.get("/api/working-groups?region=" + REGION).json().get(0)).isEqualTo(today.json());

        var beforeAdmission = api.get(group + "?asOf=2022-06-30");
        assertThat(beforeAdmission.status()).isEqualTo(200);
        assertThat(organisations(beforeAdmission.json())).isEmpty();
        assertThat(beforeAdmission.json().get("coordination").isNull()).isTrue();

        var summer2022 = api.get(group + "?asOf=2022-08-01").json();
        assertThat(fieldNames(summer2022)).isEqualTo(fieldNames(today.json()));
        assertThat(organisations(summer2022)).containsExactly("Jobcenter Wittenberg");
        assertThat(summer2022.get("coordination").get("organisation").asString()).isEqualTo("REKO Wittenberg");

        var listed = api.get("/api/working-groups?region=" + REGION + "&asOf=2023-06-30").json();
        assertThat(listed).hasSize(1);
        assertThat(organisations(listed.get(0)))
                .containsExactly("Jobcenter Wittenberg", "Agentur für Arbeit Wittenberg");

        for (var invalid : List.of("2022-13-01", "1989-12-31")) {
            var refused = api.get(group + "?asOf=" + invalid);
            assertThat(refused.status()).as(invalid).isEqualTo(400);
            assertThat(refused.body()).as(invalid).contains("asOf");
        }
    }

    private static List<String> fieldNames(JsonNode node) {
        return node.propertyNames().stream().toList();
    }

    private static List<String> organisations(JsonNode group) {
        return group.get("members").valueStream().map(member -> member.get("organisation").asString()).toList();
    }
}
