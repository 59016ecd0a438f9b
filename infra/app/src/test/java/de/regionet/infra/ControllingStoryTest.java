package de.regionet.infra;

import de.regionet.kernel.NetworkTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.messaging.simp.broker.SimpleBrokerMessageHandler;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Target agreements as the network office steers with them: the Salzlandkreis and Dessau-Roßlau each have one for
 * 2026, their projects record results, the state-wide controlling table shows actuals and percentages (also as CSV,
 * the same figures), a review freezes the Salzlandkreis figures, and a later correction changes the actuals, live on
 * the region's topic, but not what the review saw. A target is adjusted once both sides signed the amendment.
 */
// Not @RegioNetTest: the controlling table it checks lists the targets of every region in the store.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"regionet.embedded.backend=memory", "regionet.mongo.database=controllingstory"})
class ControllingStoryTest {

    private static final Duration PATIENCE = Duration.ofSeconds(15);

    @LocalServerPort
    int port;

    @Autowired
    SimpleBrokerMessageHandler broker;

    @Test
    void the_controlling_table_follows_results_and_a_review_keeps_the_figures_it_saw() throws Exception {
        var anonymous = new ApiClient(port);
        var office = anonymous.as(TestUsers.OFFICE);
        var rekoToken = anonymous.token(TestUsers.COORDINATOR_SALZLAND);
        var reko = anonymous.withToken(rekoToken);
        var dessau = anonymous.as(TestUsers.COORDINATOR_DESSAU);
        var sponsor = anonymous.as(TestUsers.SPONSOR);
        office.post("/api/regions", "{\"key\":\"15089\",\"name\":\"Salzlandkreis\",\"kind\":\"DISTRICT\"}");
        office.post("/api/regions", "{\"key\":\"15001\",\"name\":\"Dessau-Roßlau\",\"kind\":\"INDEPENDENT_CITY\"}");
        var funding = new Funding(office);
        var salzland = Rak.constitute(reko, "15089", "Salzlandkreis");
        var salzlandProject = funding.projects("15089", 1, call -> salzland.resolveAboutCall(reko, call)).get(0);
        var dessauGroup = Rak.constitute(dessau, "15001", "Dessau-Roßlau");
        var dessauProject = funding.projects("15001", 1, call -> dessauGroup.resolveAboutCall(dessau, call)).get(0);

        var salzlandTargets = office.post("/api/target-agreements", """
                {"regionKey":"15089","from":"2026-01-01","to":"2026-12-31",
                 "parties":["Regio-Netzwerkstelle","Salzlandkreis"],
                 "targets":[{"indicator":"PARTICIPANTS","value":100,"fundingArea":"A",
                             "milestones":[{"date":"2026-06-30","value":40}]},
                            {"indicator":"EMPLOYED_AFTER_LEAVING","value":20,"fundingArea":null}]}""");
        assertThat(salzlandTargets.status()).as(salzlandTargets.body()).isEqualTo(201);
        var agreement = salzlandTargets.header("Location");
        var overlapping = office.post("/api/target-agreements", """
                {"regionKey":"15089","from":"2026-07-01","to":"2027-06-30","parties":["Regio-Netzwerkstelle",
                 "Salzlandkreis"],"targets":[{"indicator":"PARTICIPANTS","value":50}]}""");
        assertThat(overlapping.status()).as(overlapping.body()).isEqualTo(409);
        var dessauTargets = office.post("/api/target-agreements", """
                {"regionKey":"15001","from":"2026-01-01","to":"2026-12-31",
                 "parties":["Regio-Netzwerkstelle","Dessau-Roßlau"],
                 "targets":[{"indicator":"PARTICIPANTS","value":50}]}""").header("Location");

        assertThat(office.post(agreement + "/signatures", """
                {"party":"Regio-Netzwerkstelle","signedOn":"2026-01-05"}""").status()).isEqualTo(204);
        assertThat(reko.post(agreement + "/signatures", """
                {"party":"Salzlandkreis","signedOn":"2026-01-10"}""").status()).isEqualTo(204);
        assertThat(office.post(dessauTargets + "/signatures", """
                {"party":"Regio-Netzwerkstelle","signedOn":"2026-01-05"}""").status()).isEqualTo(204);
        await().atMost(PATIENCE).until(() -> office.get(dessauTargets).status() == 200);
        assertThat(office.post(dessauTargets + "/reviews", """
                {"date":"%s","assessment":"ON_TRACK"}""".formatted(NetworkTime.today(Clock.systemUTC()))).status())
                .as("Dessau-Roßlau has not signed yet").isEqualTo(409);
        assertThat(dessau.post(dessauTargets + "/signatures", """
                {"party":"Dessau-Roßlau","signedOn":"2026-01-12"}""").status()).isEqualTo(204);

        var first = sponsor.post(salzlandProject + "/results", result(45, 8, null)).json().get("id").asString();
        assertThat(dessau.post(dessauProject + "/results", """
                {"periodFrom":"2026-01-01","periodTo":"2026-06-30","indicators":{"PARTICIPANTS":30},
                 "narrative":"Halbjahr","audience":"REGION"}""").status()).isEqualTo(201);

        await().atMost(PATIENCE).untilAsserted(() -> {
            var table = office.get("/api/network/controlling?period=2026").json();
            assertThat(rows(table)).containsExactly(
                    List.of("15001", "PARTICIPANTS", "50", "30", "60.0"),
                    List.of("15089", "EMPLOYED_AFTER_LEAVING", "20", "8", "40.0"),
                    List.of("15089", "PARTICIPANTS", "100", "45", "45.0"));
            var total = table.get("totals").valueStream()
                    .filter(row -> row.get("indicator").asString().equals("PARTICIPANTS")).findFirst().orElseThrow();
            assertThat(total.get("actual").decimalValue()).isEqualByComparingTo("75");
            assertThat(total.get("percent").decimalValue()).isEqualByComparingTo("50.0");
        });
        var csv = office.get("/api/network/controlling?period=2026", "Accept", "text/csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        var lines = csv.body().strip().lines().toList();
        assertThat(lines.get(0)).isEqualTo("regionKey,regionName,indicator,target,actual,percent");
        var json = office.get("/api/network/controlling?period=2026").json();
        for (int row = 0; row < json.get("rows").size(); row++) {
            var cells = lines.get(row + 1).split(",", -1);
            var expected = json.get("rows").get(row);
            assertThat(cells[0]).isEqualTo(expected.get("regionKey").asString());
            assertThat(cells[2]).isEqualTo(expected.get("indicator").asString());
            assertThat(new BigDecimal(cells[4])).isEqualByComparingTo(expected.get("actual").decimalValue());
            assertThat(new BigDecimal(cells[5])).isEqualByComparingTo(expected.get("percent").decimalValue());
        }
        assertThat(dessau.get("/api/network/controlling?period=2026").status()).isEqualTo(403);
        assertThat(dessau.get(agreement).status()).as("another region's agreement").isEqualTo(404);

        var review = reko.post(agreement + "/reviews", """
                {"date":"%s","assessment":"AT_RISK","measures":"Zusätzliche Akquise in Bernburg"}"""
                .formatted(NetworkTime.today(Clock.systemUTC())));
        assertThat(review.status()).as(review.body()).isEqualTo(201);

        try (var feed = StompFeed.subscribe(port, "/topic/regions.15089", broker, rekoToken)) {
            var corrected = sponsor.post(salzlandProject + "/results", result(47, 8, first));
            assertThat(corrected.status()).as(corrected.body()).isEqualTo(201);
            await().atMost(PATIENCE).untilAsserted(() -> {
                var read = reko.get(agreement).json();
                assertThat(actualOf(read.get("targets"), "PARTICIPANTS")).isEqualByComparingTo("47");
                assertThat(actualOf(read.get("reviews").get(0).get("figures"), "PARTICIPANTS"))
                        .as("the review keeps what it saw").isEqualByComparingTo("45");
            });
            var messages = feed.take(2, PATIENCE);
            assertThat(messages).extracting(message -> message.get("type"))
                    .contains("ResultRecorded", "TargetFiguresChanged");
            var changed = messages.stream().filter(message -> message.get("type").equals("TargetFiguresChanged"))
                    .findFirst().orElseThrow();
            assertThat(changed.get("regionKey")).isEqualTo("15089");
            assertThat(changed.get("payload").toString()).contains("47");
        }

        var read = reko.get(agreement).json();
        var participants = target(read.get("targets"), "PARTICIPANTS");
        assertThat(participants.get("percent").decimalValue()).isEqualByComparingTo("47.0");
        assertThat(participants.get("milestones").get(0).get("status").asString()).isEqualTo("MISSED");
        assertThat(read.get("status").asString()).isEqualTo("IN_FORCE");

        var amendment = office.post(agreement + "/amendments", """
                {"targets":[{"indicator":"PARTICIPANTS","value":80,"fundingArea":"A"}],
                 "reason":"Projektstart verzögert"}""");
        assertThat(amendment.status()).as(amendment.body()).isEqualTo(201);
        var number = amendment.json().get("amendment").asString();
        assertThat(office.post(agreement + "/amendments/" + number + "/signatures", """
                {"party":"Regio-Netzwerkstelle"}""").status()).isEqualTo(204);
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(target(reko.get(agreement).json().get("targets"),
                "PARTICIPANTS").get("target").decimalValue()).as("not before both signed").isEqualByComparingTo("100"));
        assertThat(reko.post(agreement + "/amendments/" + number + "/signatures", """
                {"party":"Salzlandkreis"}""").status()).isEqualTo(204);
        await().atMost(PATIENCE).untilAsserted(() -> {
            var adjusted = target(reko.get(agreement).json().get("targets"), "PARTICIPANTS");
            assertThat(adjusted.get("target").decimalValue()).isEqualByComparingTo("80");
            assertThat(adjusted.get("percent").decimalValue()).isEqualByComparingTo("58.8");
        });
    }

    private static String result(int participants, int employed, String corrects) {
        return """
                {"periodFrom":"2026-01-01","periodTo":"2026-06-30",
                 "indicators":{"PARTICIPANTS":%d,"EMPLOYED_AFTER_LEAVING":%d},"narrative":"Halbjahresbericht",
                 "audience":"NETWORK","corrects":%s}""".formatted(participants, employed,
                corrects == null ? "null" : "\"" + corrects + "\"");
    }

    private static List<List<String>> rows(JsonNode table) {
        var rows = new ArrayList<List<String>>();
        table.get("rows").forEach(row -> rows.add(List.of(row.get("regionKey").asString(),
                row.get("indicator").asString(), row.get("target").decimalValue().stripTrailingZeros().toPlainString(),
                row.get("actual").decimalValue().stripTrailingZeros().toPlainString(),
                row.get("percent").decimalValue().setScale(1).toPlainString())));
        return rows;
    }

    private static JsonNode target(JsonNode targets, String indicator) {
        return targets.valueStream().filter(target -> target.get("indicator").asString().equals(indicator))
                .findFirst().orElseThrow();
    }

    private static BigDecimal actualOf(JsonNode figures, String indicator) {
        return target(figures, indicator).get("actual").decimalValue();
    }
}
