package de.regionet.infra.planning;

import de.regionet.infra.ApiClient;
import de.regionet.infra.Funding;
import de.regionet.infra.Rak;
import de.regionet.infra.RegioNetTest;
import de.regionet.infra.StompFeed;
import de.regionet.infra.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.messaging.simp.broker.SimpleBrokerMessageHandler;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Seed 004 as a region lives it: the Westfälisches Ruhrgebiet (here test region 99601) adopts its regional action
 * plan in 2011 and its implementation concept in 2016, valid to 2020, revises the concept, lets it supersede the
 * plan, and links a need of the concept to the priority and the call that follow from it. The region's live topic
 * carries each step; everyone reads the documents, each version as adopted; and the audit's lineage of the concept
 * reaches the call, the project it selected and the project's result.
 */
@RegioNetTest
class PlanningDocumentStoryTest {

    private static final Duration PATIENCE = Duration.ofSeconds(20);
    private static final String REGION = "99601";

    @LocalServerPort
    int port;

    @Autowired
    SimpleBrokerMessageHandler broker;

    @Test
    void a_region_adopts_revises_and_supersedes_its_plans_and_the_lineage_runs_from_a_need_to_a_result()
            throws Exception {
        var anonymous = new ApiClient(port);
        var office = anonymous.as(TestUsers.OFFICE);
        assertThat(office.post("/api/regions", """
                {"key":"%s","name":"Westfälisches Ruhrgebiet","kind":"DISTRICT"}""".formatted(REGION)).status())
                .isEqualTo(201);
        var rak = Rak.constitute(office, REGION, "Ruhrgebiet");
        var priorities = prioritiesAdopted(office, rak);
        var received = new CopyOnWriteArrayList<Map<String, Object>>();

        try (var feed = StompFeed.subscribe(port, "/topic/regions." + REGION, broker,
                anonymous.token(TestUsers.OFFICE))) {
            var plan = office.post("/api/planning-documents", adoption(rak, "ACTION_PLAN", "Regionaler Handlungsplan",
                    "2011-05-01", "2015-12-31", "2011-05-01"), "Idempotency-Key", "plan-99601");
            assertThat(plan.status()).as(plan.body()).isEqualTo(201);
            var retried = office.post("/api/planning-documents", adoption(rak, "ACTION_PLAN",
                    "Regionaler Handlungsplan", "2011-05-01", "2015-12-31", "2011-05-01"),
                    "Idempotency-Key", "plan-99601");
            assertThat(retried.header("Location")).as("a retried adoption stores nothing new")
                    .isEqualTo(plan.header("Location"));
            var concept = office.post("/api/planning-documents", adoption(rak, "IMPLEMENTATION_CONCEPT",
                    "Regionales Umsetzungskonzept", "2016-07-04", "2020-12-31", "2016-07-04"));
            assertThat(concept.status()).as(concept.body()).isEqualTo(201);
            var conceptPath = concept.header("Location");
            var conceptId = concept.json().get("id").asString();

            var tooEarly = office.post(conceptPath + "/revisions", revision("2017-12-31", "2017-01-01"));
            assertThat(tooEarly.status()).as("validity to before from").isEqualTo(422);
            assertThat(tooEarly.body()).contains("validTo");
            var revised = office.post(conceptPath + "/revisions", revision("2018-01-01", "2020-12-31"),
                    "If-Match", concept.header("ETag"));
            assertThat(revised.status()).as(revised.body()).isEqualTo(201);
            var stale = office.post(conceptPath + "/revisions", revision("2018-06-01", "2020-12-31"),
                    "If-Match", concept.header("ETag"));
            assertThat(stale.status()).as("a revision based on version 1 after version 2").isIn(409, 412);

            var superseded = office.post(plan.header("Location") + "/supersession", """
                    {"successorId":"%s","supersededOn":"2016-07-04"}""".formatted(conceptId));
            assertThat(superseded.status()).as(superseded.body()).isEqualTo(200);
            var planRevised = office.post(plan.header("Location") + "/revisions", revision("2016-01-01", null));
            assertThat(planRevised.status()).as("a superseded document is not revised").isEqualTo(409);

            var call = new Funding(office);
            var callPath = call.call(REGION, Funding.deadlineAfter(6));
            var proposal = call.propose(callPath);
            var toPriority = office.post(conceptPath + "/needs/B1/links", """
                    {"priority":{"workingGroupId":"%s","resolutionId":"%s","title":"übergang schule - beruf"}}"""
                    .formatted(rak.id(), priorities));
            assertThat(toPriority.status()).as(toPriority.body()).isEqualTo(200);
            var toCall = office.post(conceptPath + "/needs/B1/links", """
                    {"callId":"%s"}""".formatted(Funding.idOf(callPath)));
            assertThat(toCall.status()).as(toCall.body()).isEqualTo(200);
            assertThat(office.post(conceptPath + "/needs/B9/links", """
                    {"callId":"%s"}""".formatted(Funding.idOf(callPath))).status()).as("an unknown need")
                    .isEqualTo(404);

            await().atMost(PATIENCE).untilAsserted(() -> {
                received.addAll(feed.drain());
                assertThat(received).extracting(message -> message.get("type")).contains("PlanningDocumentAdopted",
                        "PlanningDocumentRevised", "PlanningDocumentSuperseded", "NeedLinkedToPriority",
                        "NeedLinkedToCall");
            });

            await().atMost(PATIENCE).until(() -> anonymous.get(conceptPath).json().path("links").size() == 2);
            var read = anonymous.get(conceptPath).json();
            assertThat(read.get("kind").asString()).isEqualTo("IMPLEMENTATION_CONCEPT");
            assertThat(read.get("current").get("number").asInt()).isEqualTo(2);
            assertThat(read.get("current").get("validFrom").asString()).isEqualTo("2018-01-01");
            assertThat(read.get("versions")).hasSize(2);
            assertThat(read.get("links").findValuesAsString("kind")).containsExactly("PRIORITY", "CALL");
            assertThat(read.get("links").get(0).get("priority").asString()).isEqualTo("Übergang Schule–Beruf");
            var asAdopted = anonymous.get(conceptPath + "?asOf=2017-06-01").json();
            assertThat(asAdopted.get("current").get("number").asInt()).isEqualTo(1);
            assertThat(asAdopted.get("inForce").asBoolean()).isTrue();
            await().atMost(PATIENCE).until(() -> anonymous.get(plan.header("Location")).json()
                    .path("supersededBy").path("successorId").asString("").equals(conceptId));
            var oldPlan = anonymous.get(plan.header("Location")).json();
            assertThat(oldPlan.get("inForce").asBoolean()).isFalse();
            assertThat(oldPlan.get("validTo").asString()).isEqualTo("2015-12-31");
            assertThat(anonymous.get(plan.header("Location") + "?asOf=2014-01-01").json().get("inForce").asBoolean())
                    .isTrue();
            var ofRegion = anonymous.get("/api/regions/" + REGION + "/planning-documents").json();
            var listed = new ArrayList<String>();
            ofRegion.forEach(document -> listed.add(document.get("id").asString()));
            assertThat(listed).containsExactly(Funding.idOf(plan.header("Location")), conceptId);

            call.awaitClosed(callPath);
            var resolution = rak.resolveAboutCall(office, Funding.idOf(callPath));
            var selection = office.post(callPath + "/selection", """
                    {"resolutionId":"%s","selected":[{"proposalId":"%s","amountEuro":9000}]}"""
                    .formatted(resolution, proposal));
            assertThat(selection.status()).as(selection.body()).isEqualTo(200);
            var project = selection.json().get("projects").get(0).get("projectId").asString();
            var result = office.post("/api/projects/" + project + "/results", """
                    {"periodFrom":"2026-01-01","periodTo":"2026-06-30","indicators":{"PARTICIPANTS":17},
                     "narrative":"Nachwuchs im Handwerk","audience":"NETWORK"}""");
            assertThat(result.status()).as(result.body()).isEqualTo(201);

            var auditor = anonymous.as(TestUsers.AUDITOR);
            await().atMost(PATIENCE).untilAsserted(() -> assertThat(relations(auditor
                    .get("/api/audit/lineage/planning-document/" + conceptId).json()))
                    .containsEntry("project/" + project, "downstream"));
            var lineage = auditor.get("/api/audit/lineage/planning-document/" + conceptId).json();
            assertThat(relations(lineage)).containsEntry("region/" + REGION, "upstream")
                    .containsEntry("working-group/" + rak.id(), "upstream")
                    .containsEntry("call/" + Funding.idOf(callPath), "downstream")
                    .containsEntry("planning-document/" + conceptId, "subject");
            assertThat(types(lineage)).containsSubsequence("PrioritiesAdopted", "PlanningDocumentAdopted",
                    "CallOpened", "NeedLinkedToCall", "ProposalsSelected", "ProjectLaunched", "ResultRecorded");
        }
    }

    /** The working group's priorities, by a resolution it records; answers the resolution's id. */
    private static String prioritiesAdopted(ApiClient office, Rak rak) {
        var wg = "/api/working-groups/" + rak.id();
        var voters = List.of(rak.member("Ruhrgebiet"), rak.member("Agentur"), rak.member("Jobcenter"));
        var resolution = office.post(wg + "/resolutions", """
                {"date":"2022-09-14","agendaItem":"TOP 2","motion":"Handlungsschwerpunkte","present":["%s","%s","%s"],
                 "votes":{"%s":"YES","%s":"YES","%s":"YES"}}""".formatted(voters.get(0), voters.get(1),
                voters.get(2), voters.get(0), voters.get(1), voters.get(2)));
        assertThat(resolution.status()).as(resolution.body()).isEqualTo(201);
        var id = resolution.json().get("id").asString();
        var adopted = office.post(wg + "/priorities", """
                {"from":"2023-01-01","to":"2027-12-31","resolutionId":"%s","priorities":[
                 {"title":"Übergang Schule–Beruf","fundingAreas":["A"]}]}""".formatted(id));
        assertThat(adopted.status()).as(adopted.body()).isEqualTo(201);
        return id;
    }

    private static String adoption(Rak body, String kind, String title, String from, String to, String adoptedOn) {
        return """
                {"regionKey":"%s","adoptedBy":"%s","kind":"%s","content":%s,"adoptedOn":"%s"}"""
                .formatted(REGION, body.id(), kind, content(title, from, to), adoptedOn);
    }

    private static String revision(String from, String to) {
        return "{\"content\":" + content("Regionales Umsetzungskonzept (fortgeschrieben)", from, to)
                + ",\"revisedOn\":\"2017-12-01\"}";
    }

    private static String content(String title, String from, String to) {
        return """
                {"title":"%s","validFrom":"%s",%s"needs":[
                  {"id":"B1","title":"Nachwuchs im Handwerk",
                   "text":"Betriebe finden zu wenig Auszubildende.\\nVor allem im Handwerk."},
                  {"id":"B2","title":"Personal 4.0","text":"Personalpolitik im digitalen Wandel."}],
                 "problemAreas":["Integration von Zugewanderten"],"fundingLines":["ESF: Fachkräftesicherung"]}"""
                .formatted(title, from, to == null ? "" : "\"validTo\":\"" + to + "\",");
    }

    private static Map<String, String> relations(JsonNode lineage) {
        var relations = new HashMap<String, String>();
        lineage.get("streams").forEach(stream -> relations.put(stream.get("type").asString() + "/"
                + stream.get("id").asString(), stream.get("relation").asString()));
        return relations;
    }

    private static List<String> types(JsonNode lineage) {
        var types = new ArrayList<String>();
        lineage.get("timeline").forEach(event -> types.add(event.get("type").asString()));
        return types;
    }
}
