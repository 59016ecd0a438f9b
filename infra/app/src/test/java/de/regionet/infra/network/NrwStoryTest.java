package de.regionet.infra.network;

import de.regionet.infra.ApiClient;
import de.regionet.infra.Funding;
import de.regionet.infra.Rak;
import de.regionet.infra.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * North Rhine-Westphalia's procedure (seed 004) with the real keys, from a regional idea to a state-funded project
 * whose result every network finds in the exchange: the Regionalagentur of the labour-market region Westfälisches
 * Ruhrgebiet (Dortmund 05913, Hamm 05915, Kreis Unna 05978) constitutes its Regionaler Facharbeitskreis, which adopts
 * the implementation concept 2016–2020 stating a need; the network office opens a state-wide call of the state's
 * programme, to which the need is linked; a sponsor proposes the idea for the region; the Facharbeitskreis
 * recommends it and the region advises; the state's granting authority funds it from ESF Plus and EFRE; the project
 * reports a result shared nation-wide, which Saxony-Anhalt's office finds in the nation-wide catalogue under NRW's
 * network, and which the public finds once it is shared with everyone. The audit lineage runs from the concept to
 * the result.
 */
// Not @RegioNetTest: it registers the real labour-market region and its territories, which NetworksTest registers too
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"regionet.embedded.backend=memory", "regionet.mongo.database=nrw-story"})
class NrwStoryTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String REGION = "05-westfaelisches-ruhrgebiet";
    private static final String NRW = "nordrhein-westfalen";

    @LocalServerPort
    int port;

    @Test
    void a_regional_idea_becomes_a_state_funded_project_whose_result_the_nation_wide_exchange_shows() {
        var anonymous = new ApiClient(port);
        var office = anonymous.as(TestUsers.OFFICE_NRW);
        var agentur = anonymous.as(TestUsers.REGIONALAGENTUR_RUHR);
        var sponsor = anonymous.as(TestUsers.SPONSOR_NRW);
        var state = anonymous.as(TestUsers.GRANTING_AUTHORITY_NRW);
        var saxonyAnhalt = anonymous.as(TestUsers.OFFICE);

        var region = office.post("/api/regions", """
                {"key":"%s","name":"Westfälisches Ruhrgebiet","kind":"LABOUR_MARKET_REGION",
                 "members":["05913","05915","05978"]}""".formatted(REGION));
        assertThat(region.status()).as(region.body()).isEqualTo(201);
        var facharbeitskreis = Rak.constitute(agentur, REGION, "Dortmund", "ADVISORY");
        var concept = agentur.post("/api/planning-documents", """
                {"regionKey":"%s","adoptedBy":"%s","kind":"IMPLEMENTATION_CONCEPT","adoptedOn":"2016-07-04",
                 "content":{"title":"Regionales Umsetzungskonzept","validFrom":"2016-07-04","validTo":"2020-12-31",
                  "needs":[{"id":"B1","title":"Fachkräfte für den Strukturwandel",
                            "text":"Beschäftigte im Revier brauchen Weiterbildung."}],
                  "problemAreas":["Strukturwandel"],"fundingLines":["ESF: Fachkräftesicherung","EFRE: Innovation"]}}"""
                .formatted(REGION, facharbeitskreis.id()));
        assertThat(concept.status()).as(concept.body()).isEqualTo(201);
        var conceptId = concept.json().get("id").asString();

        var programme = office.post("/api/programmes", """
                {"name":"ESF und EFRE Nordrhein-Westfalen","from":"2021-01-01","to":"2027-12-31",
                 "budgetEuro":90000000,"fundingAreas":[{"code":"A","title":"Fachkräfte","from":"2021-01-01"}]}""");
        assertThat(programme.status()).as(programme.body()).isEqualTo(201);
        // opened ten days ago, closed an hour ago: the idea was proposed before the deadline and is recorded late
        var deadline = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MILLIS);
        var opened = office.post("/api/calls", """
                {"reach":"STATE_WIDE","procedure":"REGIONAL_ADVICE_STATE_DECISION","programmeId":"%s",
                 "fundingArea":"A","title":"Fachkräfte.NRW","budgetEuro":500000,"deadline":"%s","openedOn":"%s"}"""
                .formatted(programme.json().get("id").asString(), deadline,
                        LocalDate.now(ZoneOffset.UTC).minusDays(10)));
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        var call = opened.header("Location");
        var callId = opened.json().get("id").asString();
        var linked = agentur.post("/api/planning-documents/" + conceptId + "/needs/B1/links", """
                {"callId":"%s"}""".formatted(callId));
        assertThat(linked.status()).as("a need of the region links to its state's call: " + linked.body())
                .isEqualTo(200);

        var idea = sponsor.post(call + "/proposals", """
                {"regionKey":"%s","sponsor":"Werkstatt Revier","title":"Weiterbildung im Revier",
                 "summary":"Qualifizierung Beschäftigter im Strukturwandel","requestedEuro":200000,
                 "durationMonths":24,"plannedIndicators":{"PARTICIPANTS":60},"submittedAt":"%s"}"""
                .formatted(REGION, deadline.minus(1, ChronoUnit.DAYS)));
        assertThat(idea.status()).as(idea.body()).isEqualTo(201);
        var proposal = idea.json().get("id").asString();
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(agentur.get(call).json().get("status").asString())
                .isEqualTo("CLOSED"));

        var recommendation = facharbeitskreis.resolveAboutCall(agentur, callId);
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(agentur
                .get("/api/working-groups/" + facharbeitskreis.id() + "/resolutions").json().get(0).get("effect")
                .asString()).as("the Facharbeitskreis advises, it does not decide").isEqualTo("RECOMMENDATION"));
        var advised = agentur.post(call + "/advice", """
                {"advice":[{"proposalId":"%s","recommended":true,"rank":1,
                            "reason":"Empfehlung des Facharbeitskreises (Beschluss %s)"}]}"""
                .formatted(proposal, recommendation));
        assertThat(advised.status()).as(advised.body()).isEqualTo(200);
        var decided = state.post(call + "/funding-decisions", """
                {"granted":[{"proposalId":"%s","funds":[{"fund":"ESF_PLUS","amountEuro":120000},
                                                        {"fund":"EFRE","amountEuro":60000}]}]}""".formatted(proposal));
        assertThat(decided.status()).as(decided.body()).isEqualTo(200);
        var project = decided.json().get("projects").get(0).get("href").asString();

        await().atMost(PATIENCE).until(() -> sponsor.get(project).status() == 200);
        var funded = sponsor.get(project).json();
        assertThat(funded.get("regionKey").asString()).isEqualTo(REGION);
        assertThat(funded.get("grantEuro").decimalValue()).isEqualByComparingTo("180000");
        assertThat(funded.get("funds").findValuesAsString("fund")).containsExactly("ESF_PLUS", "EFRE");
        await().atMost(PATIENCE).untilAsserted(() -> {
            var read = office.get(call).json();
            assertThat(read.get("network").asString()).isEqualTo(NRW);
            assertThat(read.get("status").asString()).isEqualTo("DECIDED");
            assertThat(read.get("proposals").get(0).get("advice").get("recommended").asBoolean()).isTrue();
        });

        var result = sponsor.post(project + "/results", """
                {"periodFrom":"2025-01-01","periodTo":"2025-12-31","indicators":{"PARTICIPANTS":58},
                 "narrative":"Strukturwandel gestalten: 58 Beschäftigte im Revier weitergebildet.",
                 "audience":"NATION_WIDE"}""");
        assertThat(result.status()).as(result.body()).isEqualTo(201);
        var resultId = result.json().get("id").asString();
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(ids(saxonyAnhalt, "network=" + NRW))
                .as("another network's office finds what NRW shares nation-wide").contains(resultId));
        var item = item(saxonyAnhalt, "network=" + NRW, resultId);
        assertThat(item.get("kind").asString()).isEqualTo("RESULT");
        assertThat(item.get("network").get("id").asString()).isEqualTo(NRW);
        assertThat(item.get("regionKey").asString()).isEqualTo(REGION);
        assertThat(ids(anonymous, "network=" + NRW)).as("nation-wide is for the networks' people")
                .doesNotContain(resultId);

        var shared = office.post(project + "/results/" + resultId + "/sharing", """
                {"audience":"PUBLIC"}""");
        assertThat(shared.status()).as(shared.body()).isEqualTo(200);
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(ids(anonymous, "network=" + NRW))
                .contains(resultId));
        assertThat(anonymous.get("/austausch?network=" + NRW).body()).contains("Weiterbildung im Revier");

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(types(office
                .get("/api/audit/lineage/planning-document/" + conceptId).json())).containsSubsequence(
                "PlanningDocumentAdopted", "CallOpened", "NeedLinkedToCall", "ProposalSubmitted",
                "ProposalsAdvised", "FundingDecided", "ProjectLaunched", "ResultRecorded"));
    }

    private static List<String> ids(ApiClient reader, String query) {
        var found = reader.get("/api/exchange?" + query);
        assertThat(found.status()).as(found.body()).isEqualTo(200);
        var ids = new ArrayList<String>();
        found.json().get("items").forEach(item -> ids.add(Funding.idOf(item.get("link").asString())));
        return ids;
    }

    private static JsonNode item(ApiClient reader, String query, String resultId) {
        for (var item : reader.get("/api/exchange?" + query).json().get("items")) {
            if (item.get("link").asString().endsWith("/" + resultId)) {
                return item;
            }
        }
        throw new AssertionError("no item for result " + resultId);
    }

    private static List<String> types(JsonNode lineage) {
        var types = new ArrayList<String>();
        lineage.get("timeline").forEach(event -> types.add(event.get("type").asString()));
        return types;
    }
}
