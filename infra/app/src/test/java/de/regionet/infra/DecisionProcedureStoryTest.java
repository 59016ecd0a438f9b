package de.regionet.infra;

import de.regionet.kernel.NetworkTime;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * North Rhine-Westphalia's procedure through HTTP: the network office opens a state-wide call the state decides, a
 * sponsor proposes for a labour-market region (test key 99641), the region's coordination advises, the state's
 * granting authority funds from ESF Plus and EFRE otherwise than advised for another proposal, the project launched
 * reports a result, and the result is found in the shared catalogue.
 */
@RegioNetTest
class DecisionProcedureStoryTest {

    private static final Duration PATIENCE = Duration.ofSeconds(15);

    @LocalServerPort
    int port;

    @Test
    void a_state_wide_call_is_advised_regionally_decided_by_the_state_and_its_project_reports_results() {
        var anonymous = new ApiClient(port);
        var office = anonymous.as(TestUsers.OFFICE);
        var ruhr = anonymous.as(TestUsers.COORDINATOR_RUHR);
        var sponsor = anonymous.as(TestUsers.SPONSOR);
        var state = anonymous.as(TestUsers.GRANTING_AUTHORITY);
        assertThat(office.post("/api/regions", """
                {"key":"99641","name":"Westfälisches Ruhrgebiet (Test)","kind":"DISTRICT"}""").status())
                .isEqualTo(201);
        var programme = office.post("/api/programmes", """
                {"name":"ESF Plus NRW (Test)","from":"2021-01-01","to":"2027-12-31","budgetEuro":90000000,
                 "fundingAreas":[{"code":"A","title":"Fachkräfte","from":"2021-01-01"}]}""");
        assertThat(programme.status()).as(programme.body()).isEqualTo(201);
        var programmeId = programme.json().get("id").asString();

        var deadline = Instant.now().plusSeconds(5).truncatedTo(ChronoUnit.MILLIS);
        var stateWide = """
                {"reach":"STATE_WIDE","procedure":"%s","programmeId":"%s","fundingArea":"A",
                 "title":"Fachkräfte sichern","budgetEuro":400000,"deadline":"%s"}""";
        var byCoordinator = ruhr.post("/api/calls", stateWide.formatted("REGIONAL_ADVICE_STATE_DECISION", programmeId,
                deadline));
        assertThat(byCoordinator.status()).as("only the network office opens a state-wide call").isEqualTo(403);
        var selectedRegionally = office.post("/api/calls", stateWide.formatted("REGIONAL_SELECTION", programmeId,
                deadline));
        assertThat(selectedRegionally.status()).isEqualTo(422);
        assertThat(selectedRegionally.json().get("errors").findValuesAsString("field")).contains("procedure");
        var opened = office.post("/api/calls", stateWide.formatted("REGIONAL_ADVICE_STATE_DECISION", programmeId,
                deadline));
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        var call = opened.header("Location");

        var weiterbildung = sponsor.post(call + "/proposals", """
                {"regionKey":"99641","sponsor":"Bildungswerk Salzland","title":"Weiterbildung im Revier",
                 "summary":"Qualifizierung Beschäftigter im Strukturwandel","requestedEuro":200000,
                 "durationMonths":24,"plannedIndicators":{"PARTICIPANTS":60}}""");
        assertThat(weiterbildung.status()).as(weiterbildung.body()).isEqualTo(201);
        var coaching = ruhr.post(call + "/proposals", """
                {"regionKey":"99641","sponsor":"Werkstatt Revier","title":"Coaching","summary":"Einzelcoaching",
                 "requestedEuro":150000,"durationMonths":12}""");
        assertThat(coaching.status()).as(coaching.body()).isEqualTo(201);
        var withoutRegion = sponsor.post(call + "/proposals", """
                {"sponsor":"Bildungswerk Salzland","title":"Ohne Region","summary":"x","requestedEuro":1,
                 "durationMonths":12}""");
        assertThat(withoutRegion.status()).isEqualTo(422);
        assertThat(withoutRegion.json().get("errors").findValuesAsString("field")).contains("regionKey");

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(ruhr.get(call).json().get("status").asString())
                .isEqualTo("CLOSED"));
        var first = weiterbildung.json().get("id").asString();
        var second = coaching.json().get("id").asString();
        var selection = office.post(call + "/selection", """
                {"resolutionId":"r-1","selected":[{"proposalId":"%s","amountEuro":1}]}""".formatted(first));
        assertThat(selection.status()).isEqualTo(409);
        assertThat(selection.body()).contains("REGIONAL_ADVICE_STATE_DECISION");

        var advice = ruhr.post(call + "/advice", """
                {"advice":[{"proposalId":"%s","recommended":true,"rank":1,"reason":"Deckt den Bedarf im Revier"},
                           {"proposalId":"%s","recommended":true,"rank":2,"reason":"Ergänzt das Angebot"}]}"""
                .formatted(first, second));
        assertThat(advice.status()).as(advice.body()).isEqualTo(200);
        assertThat(office.post(call + "/funding-decisions", "{\"refused\":[{\"proposalId\":\"" + second
                + "\",\"reason\":\"x\"}]}").status()).as("only the granting authority decides").isEqualTo(403);
        var decision = state.post(call + "/funding-decisions", """
                {"granted":[{"proposalId":"%s","funds":[{"fund":"ESF_PLUS","amountEuro":120000},
                                                        {"fund":"EFRE","amountEuro":60000}]}],
                 "refused":[{"proposalId":"%s","reason":"Landesmittel ausgeschöpft"}]}"""
                .formatted(first, second));
        assertThat(decision.status()).as(decision.body()).isEqualTo(200);
        var project = decision.json().get("projects").get(0).get("href").asString();

        await().atMost(PATIENCE).untilAsserted(() -> {
            var decided = ruhr.get(call).json();
            assertThat(decided.get("status").asString()).isEqualTo("DECIDED");
            assertThat(decided.get("procedure").asString()).isEqualTo("REGIONAL_ADVICE_STATE_DECISION");
            assertThat(decided.get("regionKey").isNull()).isTrue();
            var refused = decided.get("proposals").get(1);
            assertThat(refused.get("advice").get("recommended").asBoolean()).as("advised").isTrue();
            assertThat(refused.get("status").asString()).as("the state decided otherwise").isEqualTo("REFUSED");
        });
        await().atMost(PATIENCE).until(() -> sponsor.get(project).status() == 200);
        var funded = sponsor.get(project).json();
        assertThat(funded.get("regionKey").asString()).isEqualTo("99641");
        assertThat(funded.get("grantEuro").decimalValue()).isEqualByComparingTo("180000");
        assertThat(funded.get("funds").findValuesAsString("fund")).containsExactly("ESF_PLUS", "EFRE");

        var today = NetworkTime.today(Clock.systemUTC());
        var result = sponsor.post(project + "/results", """
                {"periodFrom":"%s","periodTo":"%s","indicators":{"PARTICIPANTS":21},
                 "narrative":"Strukturwandel gestalten: Qualifizierung im Revier.","audience":"NETWORK"}"""
                .formatted(today.withDayOfMonth(1), today));
        assertThat(result.status()).as(result.body()).isEqualTo(201);
        var resultId = result.json().get("id").asString();
        await().atMost(PATIENCE).untilAsserted(() -> {
            var found = office.get("/api/results?region=99641").json();
            assertThat(found.get("items").findValuesAsString("resultId")).contains(resultId);
            assertThat(found.get("facets").get("region").get("99641").asInt()).isPositive();
        });
    }
}
