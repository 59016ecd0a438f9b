package de.regionet.infra;

import de.regionet.kernel.NetworkTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.messaging.simp.broker.SimpleBrokerMessageHandler;
import tools.jackson.databind.JsonNode;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Working-group decisions as clients see them: the Salzlandkreis working group sets its rules of procedure, a
 * meeting adopts its priorities for action (after a first attempt is refused because a sponsor was not recused),
 * the decision log and the priorities read model show them, the region's live topic reports every step, and the
 * state-wide view counts the priorities Dessau-Roßlau shares with it. A written procedure completes when the last
 * member with a vote has voted.
 */
// Not @RegioNetTest: the network priorities and overview it checks list every region in the store.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"regionet.embedded.backend=memory", "regionet.mongo.database=decisionslice"})
class DecisionSliceTest {

    private static final Duration PATIENCE = Duration.ofSeconds(10);
    /** Until when the priorities run: years ahead, so they are the current ones when the test runs. */
    private static final LocalDate UNTIL = NetworkTime.today(Clock.systemUTC()).plusYears(3);

    @LocalServerPort
    int port;

    @Autowired
    SimpleBrokerMessageHandler broker;

    @Test
    void a_meeting_adopts_priorities_that_the_decision_log_the_region_and_the_network_show() throws Exception {
        var office = new ApiClient(port).as(TestUsers.OFFICE);
        var token = new ApiClient(port).token(TestUsers.COORDINATOR_SALZLAND);
        var api = new ApiClient(port).withToken(token);
        try (var feed = StompFeed.subscribe(port, "/topic/regions.15089", broker, token)) {
            assertThat(office.post("/api/regions", """
                    {"key":"15089","name":"Salzlandkreis","kind":"DISTRICT"}""").status()).isEqualTo(201);
            var rak = Rak.constitute(api, "15089", "Salzlandkreis");
            var wg = "/api/working-groups/" + rak.id();

            var sponsorNotRecused = api.post(wg + "/resolutions", """
                    {"date":"2022-09-14","agendaItem":"TOP 2","motion":"Der RAK wählt den Vorschlag p-17 aus.",
                     "subject":{"type":"PROPOSAL","id":"p-17","sponsors":["Bildungswerk Salzland"]},
                     "present":["%s","%s","%s","%s"],"votes":{"%s":"YES","%s":"YES"},"recusals":[]}"""
                    .formatted(rak.member("Salzlandkreis"), rak.member("Jobcenter"), rak.member("IHK"),
                            rak.member("Bildungswerk Salzland"), rak.member("Salzlandkreis"), rak.member("Jobcenter")));
            assertThat(sponsorNotRecused.status()).isEqualTo(422);
            assertThat(sponsorNotRecused.contentType()).startsWith("application/problem+json");
            assertThat(sponsorNotRecused.json().get("errors").findValuesAsString("field")).contains("recusals");

            var resolution = api.post(wg + "/resolutions", """
                    {"date":"2022-09-14","agendaItem":"TOP 3","motion":"Der RAK beschließt die Handlungsschwerpunkte.",
                     "subject":null,"present":["%s","%s","%s","%s","%s","%s"],
                     "votes":{"%s":"YES","%s":"YES","%s":"YES","%s":"NO","%s":"ABSTAIN"},"recusals":[]}"""
                    .formatted(rak.member("Salzlandkreis"), rak.member("Agentur"), rak.member("Jobcenter"),
                            rak.member("IHK"), rak.member("Bildungswerk Salzland"), rak.member("Gleichstellung"),
                            rak.member("Salzlandkreis"), rak.member("Agentur"), rak.member("Jobcenter"),
                            rak.member("IHK"), rak.member("Bildungswerk Salzland")),
                    "Idempotency-Key", "top-3-2022-09-14");
            assertThat(resolution.status()).as(resolution.body()).isEqualTo(201);
            assertThat(resolution.json().get("outcome").asString()).isEqualTo("ADOPTED");
            var resolutionId = resolution.json().get("id").asString();
            assertThat(resolution.header("Location")).isEqualTo(wg + "/resolutions/" + resolutionId);
            assertThat(resolution.header("ETag")).isEqualTo("\"8\"");

            var priorities = api.post(wg + "/priorities", """
                    {"from":"2023-01-01","to":"%s","resolutionId":"%s","priorities":[
                     {"title":"Übergang Schule–Beruf","fundingAreas":["A","I"]},
                     {"title":"Fachkräftesicherung","fundingAreas":["C"]}]}""".formatted(UNTIL, resolutionId),
                    "If-Match", "\"8\"");
            assertThat(priorities.status()).as(priorities.body()).isEqualTo(201);
            assertThat(priorities.header("Location")).isEqualTo("/api/regions/15089/priorities?asOf=2023-01-01");
            assertThat(priorities.header("ETag")).isEqualTo("\"9\"");

            await().atMost(PATIENCE).untilAsserted(() -> {
                var log = api.get(wg + "/resolutions");
                assertThat(log.status()).isEqualTo(200);
                assertThat(log.header("ETag")).isEqualTo("\"9\"");
                assertThat(log.json()).hasSize(1);
                var recorded = log.json().get(0);
                assertThat(recorded.get("id").asString()).isEqualTo(resolutionId);
                assertThat(recorded.get("outcome").asString()).isEqualTo("ADOPTED");
                assertThat(recorded.get("quorate").asBoolean()).isTrue();
                assertThat(recorded.get("votingMembers")).hasSize(5);
                assertThat(recorded.get("present")).hasSize(6);
                assertThat(recorded.get("tally").get("yes").asInt()).isEqualTo(3);
                assertThat(recorded.get("votes").findValuesAsString("organisation")).contains("IHK Magdeburg");
                assertThat(recorded.get("rules").get("majority").asString()).isEqualTo("SIMPLE");
                var consequence = recorded.get("consequences").get(0);
                assertThat(consequence.get("kind").asString()).isEqualTo("PRIORITIES");
                assertThat(consequence.get("href").asString())
                        .isEqualTo("/api/regions/15089/priorities?asOf=2023-01-01");
            });
            assertThat(api.get(wg + "/resolutions/" + resolutionId).json().get("agendaItem").asString())
                    .isEqualTo("TOP 3");
            await().atMost(PATIENCE).untilAsserted(() -> assertThat(api.get(wg).header("ETag"))
                    .as("the working group's version counts its decisions").isEqualTo("\"9\""));
            assertThat(api.get(wg + "/rules").json().get(0).get("validFrom").asString()).isEqualTo("2022-07-01");

            await().atMost(PATIENCE).untilAsserted(() -> {
                var current = api.get("/api/regions/15089/priorities?asOf=2024-05-01").json();
                assertThat(current.get("resolutionId").asString()).isEqualTo(resolutionId);
                assertThat(current.get("priorities").findValuesAsString("title"))
                        .containsExactly("Übergang Schule–Beruf", "Fachkräftesicherung");
                assertThat(current.get("priorities").get(0).get("fundingAreas").valueStream()
                        .map(JsonNode::asString).toList()).containsExactly("A", "I");
            });
            var before = api.get("/api/regions/15089/priorities?asOf=2022-12-31").json();
            assertThat(before.get("priorities")).isEmpty();
            assertThat(before.get("history")).hasSize(1);

            var messages = feed.take(12, PATIENCE);
            assertThat(messages).extracting(message -> message.get("type")).containsExactly(
                    "RegionRegistered", "WorkingGroupAttached", "WorkingGroupEstablished",
                    "MemberAdmitted", "MemberAdmitted", "MemberAdmitted", "MemberAdmitted", "MemberAdmitted",
                    "MemberAdmitted", "RulesOfProcedureSet", "ResolutionRecorded", "PrioritiesAdopted");
            assertThat(messages).allSatisfy(message -> assertThat(message.get("regionKey")).isEqualTo("15089"));
            var recorded = messages.get(10);
            assertThat(recorded.get("aggregateId")).isEqualTo(rak.id());
            assertThat(((Map<?, ?>) recorded.get("payload")).get("outcome")).isEqualTo("ADOPTED");
            assertThat(((Map<?, ?>) recorded.get("payload")).get("recusals")).isEqualTo(List.of());
            assertThat(feed.take(1, Duration.ofMillis(300))).as("nothing for the refused resolution").isEmpty();
        }

        var dessau = new ApiClient(port).as(TestUsers.COORDINATOR_DESSAU);
        assertThat(office.post("/api/regions", """
                {"key":"15001","name":"Dessau-Roßlau","kind":"INDEPENDENT_CITY"}""").status()).isEqualTo(201);
        var rak = Rak.constitute(dessau, "15001", "Dessau-Roßlau");
        var adopted = dessau.post("/api/working-groups/" + rak.id() + "/resolutions", """
                {"date":"2022-11-02","agendaItem":"TOP 1","motion":"Handlungsschwerpunkte 2023 ff.",
                 "present":["%s","%s","%s"],"votes":{"%s":"YES","%s":"YES","%s":"YES"}}"""
                .formatted(rak.member("Dessau-Roßlau"), rak.member("Agentur"), rak.member("Jobcenter"),
                        rak.member("Dessau-Roßlau"), rak.member("Agentur"), rak.member("Jobcenter")));
        assertThat(adopted.status()).as(adopted.body()).isEqualTo(201);
        assertThat(dessau.post("/api/working-groups/" + rak.id() + "/priorities", """
                {"from":"2023-01-01","to":"%s","resolutionId":"%s","priorities":[
                 {"title":"Übergang Schule - Beruf","fundingAreas":["A"]},
                 {"title":"Digitale Kompetenzen","fundingAreas":["B"]}]}"""
                .formatted(UNTIL, adopted.json().get("id").asString())).status()).isEqualTo(201);

        await().atMost(PATIENCE).untilAsserted(() -> {
            var network = office.get("/api/network/priorities?asOf=2024-05-01").json();
            assertThat(network.get("regionsWithPriorities").asInt()).isEqualTo(2);
            var shared = network.get("priorities").get(0);
            assertThat(shared.get("title").asString()).as("as the region with the lowest key spells it")
                    .isEqualTo("Übergang Schule - Beruf");
            assertThat(shared.get("regionCount").asInt()).isEqualTo(2);
            assertThat(shared.get("regions").findValuesAsString("key")).containsExactly("15001", "15089");
            assertThat(network.get("priorities")).hasSize(3);
            var areaA = network.get("fundingAreas").get(0);
            assertThat(areaA.get("fundingArea").asString()).isEqualTo("A");
            assertThat(areaA.get("regionCount").asInt()).isEqualTo(2);
        });
        var overview = office.get("/api/network/overview").json();
        assertThat(overview.findValuesAsString("regionKey")).containsExactly("15001", "15089");
        assertThat(overview.get(1).get("priorities").findValuesAsString("title"))
                .containsExactly("Übergang Schule–Beruf", "Fachkräftesicherung");
    }

    @Test
    void a_written_procedure_is_decided_when_the_last_member_with_a_vote_has_voted() throws Exception {
        var office = new ApiClient(port).as(TestUsers.OFFICE);
        var token = new ApiClient(port).token(TestUsers.COORDINATOR_SALZLAND);
        var api = new ApiClient(port).withToken(token);
        try (var feed = StompFeed.subscribe(port, "/topic/regions.99001", broker, token)) {
            assertThat(office.post("/api/regions", """
                    {"key":"99001","name":"Testkreis","kind":"DISTRICT"}""").status()).isEqualTo(201);
            var rak = Rak.constitute(api, "99001", "Testkreis");
            var wg = "/api/working-groups/" + rak.id();
            var deadline = NetworkTime.today(Clock.systemUTC()).plusDays(14);
            var opened = api.post(wg + "/circulations", """
                    {"motion":"Der RAK stimmt der Fristverlängerung zu.",
                     "subject":{"type":"CALL","id":"call-7","sponsors":["Bildungswerk Salzland"]},"deadline":"%s"}"""
                    .formatted(deadline));
            assertThat(opened.status()).as(opened.body()).isEqualTo(201);
            assertThat(opened.header("Location")).isEqualTo(wg + "/circulations/1");

            var sponsorVotes = api.post(wg + "/circulations/1/votes", """
                    {"memberId":"%s","vote":"YES"}""".formatted(rak.member("Bildungswerk Salzland")));
            assertThat(sponsorVotes.status()).as("recused from the start").isEqualTo(422);

            var voters = List.of("Testkreis", "Agentur", "Jobcenter", "IHK");
            for (int i = 0; i < voters.size(); i++) {
                var vote = api.post(wg + "/circulations/1/votes", """
                        {"memberId":"%s","vote":"%s"}""".formatted(rak.member(voters.get(i)), i == 3 ? "NO" : "YES"));
                assertThat(vote.status()).as(vote.body()).isEqualTo(200);
                assertThat(vote.json().get("status").asString()).isEqualTo(i < 3 ? "OPEN" : "DECIDED");
                if (i == 3) {
                    assertThat(vote.json().get("outcome").asString()).isEqualTo("ADOPTED");
                }
            }
            var late = api.post(wg + "/circulations/1/votes", """
                    {"memberId":"%s","vote":"NO"}""".formatted(rak.member("Agentur")));
            assertThat(late.status()).isEqualTo(409);

            await().atMost(PATIENCE).untilAsserted(() -> {
                var circulation = api.get(wg + "/circulations/1").json();
                assertThat(circulation.get("status").asString()).isEqualTo("DECIDED");
                assertThat(circulation.get("recusals").get(0).get("member").get("organisation").asString())
                        .isEqualTo("Bildungswerk Salzland");
                var log = api.get(wg + "/resolutions").json();
                assertThat(log).hasSize(1);
                assertThat(log.get(0).get("procedure").asString()).isEqualTo("WRITTEN");
                assertThat(log.get(0).get("circulation").asInt()).isEqualTo(1);
                assertThat(log.get(0).get("subject").get("href").asString()).isEqualTo("/api/calls/call-7");
            });
            var types = feed.take(16, PATIENCE).stream().map(message -> message.get("type")).toList();
            assertThat(types.subList(10, 16)).containsExactly("CirculationOpened", "CirculationVoteCast",
                    "CirculationVoteCast", "CirculationVoteCast", "CirculationVoteCast", "ResolutionRecorded");
        }
    }

    /**
     * Establishes the region's working group with six members admitted on 1 July 2022 (a municipality, the employment
     * agency, the job centre, a welfare association that sponsors projects, the chamber of commerce, and the
     * equal-opportunities representative without a vote) and its rules of procedure from that day.
     */
}
