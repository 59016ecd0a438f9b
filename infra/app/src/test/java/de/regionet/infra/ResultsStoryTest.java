package de.regionet.infra;

import de.regionet.kernel.NetworkTime;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.messaging.simp.broker.SimpleBrokerMessageHandler;
import tools.jackson.databind.JsonNode;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * From call to shared result, as the Salzlandkreis lives it: its working group's coordination opens a call in
 * funding area A of REGIO AKTIV, two sponsors propose before the deadline, the call closes by itself, a resolution
 * selects one proposal with the sponsor's member recused, the project records results shared with the network, and
 * the coordinator of Dessau-Roßlau finds them by full-text search and receives them live. A correction replaces the
 * figure in the catalogue's aggregates; the public sees none of it.
 */
// Not @RegioNetTest: its catalogue facets count the results of every region in the store.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"regionet.embedded.backend=memory", "regionet.mongo.database=resultsstory"})
class ResultsStoryTest {

    private static final Duration PATIENCE = Duration.ofSeconds(15);

    @LocalServerPort
    int port;

    @Autowired
    SimpleBrokerMessageHandler broker;

    @Test
    void a_selected_project_shares_results_that_another_region_finds_and_follows_live() throws Exception {
        var anonymous = new ApiClient(port);
        var office = anonymous.as(TestUsers.OFFICE);
        var reko = anonymous.as(TestUsers.COORDINATOR_SALZLAND);
        var sponsor = anonymous.as(TestUsers.SPONSOR);
        var dessauToken = anonymous.token(TestUsers.COORDINATOR_DESSAU);
        var dessau = anonymous.withToken(dessauToken);
        assertThat(office.post("/api/regions", """
                {"key":"15089","name":"Salzlandkreis","kind":"DISTRICT"}""").status()).isEqualTo(201);
        assertThat(office.post("/api/regions", """
                {"key":"15001","name":"Dessau-Roßlau","kind":"INDEPENDENT_CITY"}""").status()).isEqualTo(201);
        var rak = Rak.constitute(reko, "15089", "Salzlandkreis");
        var programme = office.post("/api/programmes", """
                {"name":"REGIO AKTIV","from":"2021-01-01","to":"2027-12-31","budgetEuro":140000000,
                 "fundingAreas":[{"code":"A","title":"Aktive Eingliederung","from":"2022-06-21"}]}""");
        assertThat(programme.status()).as(programme.body()).isEqualTo(201);

        var deadline = Instant.now().plusSeconds(6).truncatedTo(ChronoUnit.MILLIS);
        var opened = reko.post("/api/calls", """
                {"regionKey":"15089","programmeId":"%s","fundingArea":"A","title":"Übergang Schule–Beruf",
                 "budgetEuro":500000,"deadline":"%s","criteria":["Regionaler Bedarf","Nachhaltigkeit"]}"""
                .formatted(programme.json().get("id").asString(), deadline));
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        var call = opened.header("Location");
        var bildungswerk = sponsor.post(call + "/proposals", """
                {"sponsor":"Bildungswerk Salzland","title":"Berufsorientierung plus",
                 "summary":"Praxistage in Betrieben",
                 "requestedEuro":250000,"durationMonths":36,"plannedIndicators":{"PARTICIPANTS":120}}""");
        assertThat(bildungswerk.status()).as(bildungswerk.body()).isEqualTo(201);
        var volkshochschule = reko.post(call + "/proposals", """
                {"sponsor":"Volkshochschule Salzland","title":"Grundbildung","summary":"Kurse am Abend",
                 "requestedEuro":300000,"durationMonths":24,"plannedIndicators":{}}""");
        assertThat(volkshochschule.status()).as(volkshochschule.body()).isEqualTo(201);
        await().atMost(PATIENCE).until(() -> sponsor.get(bildungswerk.header("Location")).status() == 200);
        assertThat(sponsor.get(volkshochschule.header("Location")).status())
                .as("a sponsor reads its own proposals, not its competitors'").isEqualTo(404);
        assertThat(dessau.get(bildungswerk.header("Location")).status()).isEqualTo(404);

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(reko.get(call).json().get("status").asString())
                .as("closed by itself at its deadline").isEqualTo("CLOSED"));
        var late = sponsor.post(call + "/proposals", """
                {"sponsor":"Bildungswerk Salzland","title":"Nachzügler","summary":"Zu spät","requestedEuro":1,
                 "durationMonths":12}""");
        assertThat(late.status()).isEqualTo(409);

        var callId = opened.json().get("id").asString();
        var sponsorTakesPart = reko.post("/api/working-groups/" + rak.id() + "/resolutions",
                resolution(rak, callId, "[]"));
        assertThat(sponsorTakesPart.status()).as("RegioNet knows who proposed: " + sponsorTakesPart.body())
                .isEqualTo(422);
        assertThat(sponsorTakesPart.json().get("errors").findValuesAsString("field")).contains("recusals");
        var resolution = reko.post("/api/working-groups/" + rak.id() + "/resolutions", resolution(rak, callId, """
                [{"memberId":"%s","reason":"Träger eines Vorschlags"}]"""
                .formatted(rak.member("Bildungswerk Salzland"))));
        assertThat(resolution.status()).as(resolution.body()).isEqualTo(201);
        assertThat(resolution.json().get("outcome").asString()).isEqualTo("ADOPTED");

        try (var following = StompFeed.connect(port, dessauToken);
             var publicFeed = StompFeed.subscribe(port, "/topic/results", broker)) {
            // a signed-in reader of one network is registered at its network's results (ADR 0025)
            int before = StompFeed.subscriptions(broker, "/topic/results.network.sachsen-anhalt");
            following.subscribeTo("/topic/results");
            Awaitility.await().atMost(PATIENCE)
                    .until(() -> StompFeed.subscriptions(broker, "/topic/results.network.sachsen-anhalt") > before);

            var selection = reko.post(call + "/selection", """
                    {"resolutionId":"%s","selected":[{"proposalId":"%s","amountEuro":240000}],
                     "notSelected":[{"proposalId":"%s","reason":"Budget ausgeschöpft"}]}"""
                    .formatted(resolution.json().get("id").asString(), bildungswerk.json().get("id").asString(),
                            volkshochschule.json().get("id").asString()));
            assertThat(selection.status()).as(selection.body()).isEqualTo(200);
            var project = selection.json().get("projects").get(0).get("href").asString();
            await().atMost(PATIENCE).until(() -> sponsor.get(project).status() == 200);

            var today = NetworkTime.today(Clock.systemUTC());
            var recorded = sponsor.post(project + "/results", result(today, 45, null));
            assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
            var first = recorded.json().get("id").asString();
            await().atMost(PATIENCE).until(() -> dessau.get(recorded.header("Location")).status() == 200);

            var live = following.take(1, PATIENCE);
            assertThat(live).extracting(message -> message.get("type")).containsExactly("ResultRecorded");
            assertThat(((Map<?, ?>) live.get(0).get("payload")).get("resultId")).isEqualTo(first);
            assertThat(live.get(0).get("regionKey")).isEqualTo("15089");

            await().atMost(PATIENCE).untilAsserted(() -> {
                var found = dessau.get("/api/results?q=praxistage%20BETRIEB").json();
                assertThat(found.get("total").asInt()).isEqualTo(1);
                assertThat(found.get("items").get(0).get("resultId").asString()).isEqualTo(first);
                assertThat(found.get("items").get(0).get("projectTitle").asString())
                        .isEqualTo("Berufsorientierung plus");
                assertThat(found.get("facets").get("region").get("15089").asInt()).isEqualTo(1);
                assertThat(participants(found.get("aggregates").get(0))).isEqualTo(45);
            });
            assertThat(anonymous.get("/api/results?q=praxistage").json().get("total").asInt())
                    .as("shared with the network, not the public").isZero();

            var corrected = sponsor.post(project + "/results", result(today, 47, first));
            assertThat(corrected.status()).as(corrected.body()).isEqualTo(201);
            var correction = corrected.json().get("id").asString();
            assertThat(following.take(1, PATIENCE)).extracting(message -> message.get("type"))
                    .containsExactly("ResultRecorded");

            await().atMost(PATIENCE).untilAsserted(() -> {
                var found = dessau.get("/api/results?region=15089&fundingArea=A&indicator=PARTICIPANTS").json();
                assertThat(found.get("items").findValuesAsString("resultId")).containsExactly(correction);
                var aggregate = found.get("aggregates").get(0);
                assertThat(aggregate.get("regionKey").asString()).isEqualTo("15089");
                assertThat(aggregate.get("fundingArea").asString()).isEqualTo("A");
                assertThat(participants(aggregate)).as("the correction replaces the figure").isEqualTo(47);
            });
            assertThat(publicFeed.take(1, Duration.ofMillis(500))).as("nothing public was shared").isEmpty();
        }

        var decided = reko.get(call).json();
        assertThat(decided.get("status").asString()).isEqualTo("DECIDED");
        assertThat(decided.get("selectedEuro").decimalValue()).isEqualByComparingTo("240000");
        assertThat(decided.get("proposals").findValuesAsString("status")).containsExactlyInAnyOrder("SELECTED",
                "NOT_SELECTED");
    }

    /** A meeting on the selection: everyone present, the sponsor's member voting unless recused. */
    private static String resolution(Rak rak, String callId, String recusals) {
        return """
                {"date":"%s","agendaItem":"TOP 2","motion":"Der RAK wählt aus dem Aufruf aus.",
                 "subject":{"type":"CALL","id":"%s"},
                 "present":["%s","%s","%s","%s","%s"],
                 "votes":{"%s":"YES","%s":"YES","%s":"YES","%s":"NO"%s},"recusals":%s}"""
                .formatted(NetworkTime.today(Clock.systemUTC()), callId, rak.member("Salzlandkreis"), rak.member("Agentur"),
                        rak.member("Jobcenter"), rak.member("IHK"), rak.member("Bildungswerk Salzland"),
                        rak.member("Salzlandkreis"), rak.member("Agentur"), rak.member("Jobcenter"),
                        rak.member("IHK"), recusals.equals("[]")
                                ? ",\"" + rak.member("Bildungswerk Salzland") + "\":\"YES\"" : "", recusals);
    }

    private static String result(LocalDate today, int participants, String corrects) {
        return """
                {"periodFrom":"%s","periodTo":"%s","indicators":{"PARTICIPANTS":%d,"PARTICIPANTS_UNDER_30":30},
                 "narrative":"Praxistage in Betrieben öffnen Türen; die Checklisten sind übertragbar.",
                 "audience":"NETWORK","corrects":%s}"""
                .formatted(today.withDayOfMonth(1), today, participants,
                        corrects == null ? "null" : "\"" + corrects + "\"");
    }

    private static int participants(JsonNode aggregate) {
        return aggregate.get("indicators").get("PARTICIPANTS").asInt();
    }
}
