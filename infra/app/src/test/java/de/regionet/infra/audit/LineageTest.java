package de.regionet.infra.audit;

import de.regionet.infra.ApiClient;
import de.regionet.infra.Funding;
import de.regionet.infra.Rak;
import de.regionet.infra.RegioNetTest;
import de.regionet.infra.TestUsers;
import de.regionet.kernel.EventMetaData;
import de.regionet.kernel.NetworkTime;
import de.regionet.kernel.region.RegionEvent.RegionRegistered;
import de.regionet.kernel.region.RegionKey;
import de.regionet.kernel.region.RegionKind;
import de.regionet.kernel.workinggroup.WorkingGroupEvent.WorkingGroupEstablished;
import de.regionet.kernel.workinggroup.WorkingGroupId;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Lineage on the chains that exist today: region → working group → its members and coordination, walked from either
 * end, with nothing of other regions; streams tied only by a reference in the other direction or only by a shared
 * request are found through the lineage index; a resolution and the priorities it adopted show in the working
 * group's timeline; and the call → result story of acceptance 3, from a project back to the priorities it serves.
 */
@RegioNetTest
class LineageTest {

    @LocalServerPort
    int port;

    @Autowired
    EventStore eventStore;

    @Test
    void a_working_groups_lineage_is_its_region_then_itself_with_its_members_in_store_order() {
        var groupId = regionWithWorkingGroup("99003");
        regionWithWorkingGroup("99004");
        var auditor = new ApiClient(port).as(TestUsers.AUDITOR);

        var lineage = auditor.get("/api/audit/lineage/working-group/" + groupId);
        assertThat(lineage.status()).isEqualTo(200);
        assertThat(relations(lineage.json())).isEqualTo(Map.of("region/99003", "upstream",
                "working-group/" + groupId, "subject"));
        assertThat(types(lineage.json())).containsExactly("RegionRegistered", "WorkingGroupAttached",
                "WorkingGroupEstablished", "MemberAdmitted", "MemberAdmitted", "CoordinationSet", "MemberWithdrawn");
        assertThat(positions(lineage.json())).isSorted();
        var region = lineage.json().get("streams").get(0);
        assertThat(region.get("reachedBy").get(0).get("kind").asString()).isEqualTo("names");

        var fromRegion = auditor.get("/api/audit/lineage/region/99003").json();
        assertThat(relations(fromRegion)).isEqualTo(Map.of("region/99003", "subject",
                "working-group/" + groupId, "downstream"));
        assertThat(types(fromRegion)).isEqualTo(types(lineage.json()));
    }

    /**
     * Resolutions and priorities for action live in the working group's stream: its timeline shows the resolution
     * with its votes and recusals, then the priorities adopted by it, which name it.
     */
    @Test
    void the_timeline_of_a_working_group_shows_a_resolution_with_its_votes_then_the_priorities_it_adopted() {
        var groupId = regionWithWorkingGroup("99008");
        var office = new ApiClient(port).as(TestUsers.OFFICE);
        var path = "/api/working-groups/" + groupId;
        var members = new java.util.LinkedHashMap<String, String>();
        for (var seat : List.of("MUNICIPALITY", "EMPLOYMENT_AGENCY", "BUSINESS")) {
            members.put(seat, office.post(path + "/members", "{\"organisation\":\"" + seat + " e.V.\",\"category\":\""
                    + seat + "\",\"admittedOn\":\"2022-07-01\"}").json().get("id").asString());
        }
        assertThat(office.put(path + "/rules", """
                {"validFrom":"2022-07-01","quorum":"MORE_THAN_HALF_OF_VOTING_MEMBERS","majority":"SIMPLE",
                 "votingCategories":["MUNICIPALITY","EMPLOYMENT_AGENCY","BUSINESS"]}""").status()).isEqualTo(204);
        var ids = new ArrayList<>(members.values());
        var resolution = office.post(path + "/resolutions", """
                {"date":"2022-09-14","agendaItem":"TOP 3","motion":"Der RAK beschließt die Handlungsschwerpunkte.",
                 "subject":null,"present":["%s","%s","%s"],"votes":{"%s":"YES","%s":"YES","%s":"NO"},"recusals":[]}"""
                .formatted(ids.get(0), ids.get(1), ids.get(2), ids.get(0), ids.get(1), ids.get(2)));
        assertThat(resolution.status()).as(resolution.body()).isEqualTo(201);
        var resolutionId = resolution.json().get("id").asString();
        var priorities = office.post(path + "/priorities", """
                {"from":"2023-01-01","to":"2027-12-31","resolutionId":"%s","priorities":[
                 {"title":"Übergang Schule–Beruf","fundingAreas":["A"]}]}""".formatted(resolutionId));
        assertThat(priorities.status()).as(priorities.body()).isEqualTo(201);

        var timeline = new ApiClient(port).as(TestUsers.AUDITOR).get("/api/audit/lineage/working-group/" + groupId)
                .json().get("timeline");
        var types = new ArrayList<String>();
        timeline.forEach(event -> types.add(event.get("type").asString()));
        assertThat(types).containsSubsequence("RegionRegistered", "WorkingGroupEstablished", "RulesOfProcedureSet",
                "ResolutionRecorded", "PrioritiesAdopted");
        var recorded = timeline.get(types.indexOf("ResolutionRecorded")).get("payload");
        assertThat(recorded.toString()).contains(resolutionId, "YES", "NO");
        assertThat(timeline.get(types.indexOf("PrioritiesAdopted")).get("payload").toString())
                .as("the priorities name the resolution that adopted them").contains(resolutionId);
    }

    /**
     * Acceptance 3, the call → result story: from a project, the lineage runs upstream through the call to the
     * working group (its priorities, and the resolution that selected the project, with votes and the sponsor's
     * recusal), the region and the programme, and downstream to the project's results and the target review that
     * counted them, as one timeline in store order.
     */
    @Test
    void the_lineage_of_a_project_runs_from_the_priorities_through_call_proposals_and_resolution_to_its_results() {
        var office = new ApiClient(port).as(TestUsers.OFFICE);
        var coordinator = new ApiClient(port).as(TestUsers.COORDINATOR_SALZLAND);
        office.post("/api/regions", "{\"key\":\"99011\",\"name\":\"Kreis 99011\",\"kind\":\"DISTRICT\"}");
        var rak = Rak.constitute(coordinator, "99011", "Kreis 99011");
        var wg = "/api/working-groups/" + rak.id();
        var need = coordinator.post(wg + "/resolutions", """
                {"date":"2022-09-14","agendaItem":"TOP 3","motion":"Handlungsschwerpunkte","present":["%s","%s","%s"],
                 "votes":{"%s":"YES","%s":"YES","%s":"YES"}}""".formatted(rak.member("Kreis 99011"),
                rak.member("Agentur"), rak.member("Jobcenter"), rak.member("Kreis 99011"), rak.member("Agentur"),
                rak.member("Jobcenter")));
        assertThat(need.status()).as(need.body()).isEqualTo(201);
        assertThat(coordinator.post(wg + "/priorities", """
                {"from":"2023-01-01","to":"2027-12-31","resolutionId":"%s","priorities":[
                 {"title":"Übergang Schule–Beruf","fundingAreas":["A"]}]}""".formatted(need.json().get("id")
                .asString())).status()).isEqualTo(201);
        var funding = new Funding(office);
        var call = funding.call("99011", Funding.deadlineAfter(2));
        var selected = funding.propose(call);
        var other = funding.propose(call);
        funding.awaitClosed(call);
        var resolution = rak.resolveAboutCall(coordinator, Funding.idOf(call));
        var selection = coordinator.post(call + "/selection", """
                {"resolutionId":"%s","selected":[{"proposalId":"%s","amountEuro":9000}],
                 "notSelected":[{"proposalId":"%s","reason":"Budget"}]}""".formatted(resolution, selected, other));
        assertThat(selection.status()).as(selection.body()).isEqualTo(200);
        var project = selection.json().get("projects").get(0).get("projectId").asString();
        var sponsor = new ApiClient(port).as(TestUsers.SPONSOR);
        assertThat(sponsor.post("/api/projects/" + project + "/results", """
                {"periodFrom":"2026-01-01","periodTo":"2026-06-30","indicators":{"PARTICIPANTS":45},
                 "narrative":"Praxistage","audience":"NETWORK"}""").status()).isEqualTo(201);

        var targets = office.post("/api/target-agreements", """
                {"regionKey":"99011","from":"2026-01-01","to":"2026-12-31","parties":["Regio-Netzwerkstelle",
                 "Kreis 99011"],"targets":[{"indicator":"PARTICIPANTS","value":100}]}""").header("Location");
        office.post(targets + "/signatures", "{\"party\":\"Regio-Netzwerkstelle\",\"signedOn\":\"2026-01-05\"}");
        office.post(targets + "/signatures", "{\"party\":\"Kreis 99011\",\"signedOn\":\"2026-01-06\"}");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(office.get(targets).json()
                .path("targets").path(0).path("actual").asInt()).isEqualTo(45));
        assertThat(office.post(targets + "/reviews", "{\"date\":\"" + NetworkTime.today(Clock.systemUTC())
                + "\",\"assessment\":\"AT_RISK\"}").status()).isEqualTo(201);
        var targetAgreement = "target-agreement/" + Funding.idOf(targets);

        var auditor = new ApiClient(port).as(TestUsers.AUDITOR);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(relations(auditor
                .get("/api/audit/lineage/project/" + project).json())).containsEntry(targetAgreement, "downstream"));
        var lineage = auditor.get("/api/audit/lineage/project/" + project).json();
        assertThat(relations(lineage)).isEqualTo(Map.of("region/99011", "upstream", "working-group/" + rak.id(),
                "upstream", "programme/" + funding.programme(), "upstream", "call/" + Funding.idOf(call), "upstream",
                "project/" + project, "subject", targetAgreement, "downstream"));
        var types = types(lineage);
        assertThat(types).containsSubsequence("RegionRegistered", "WorkingGroupEstablished", "RulesOfProcedureSet",
                "ResolutionRecorded", "PrioritiesAdopted", "ProgrammeLaunched", "CallOpened", "ProposalSubmitted",
                "ProposalSubmitted", "CallClosed", "ResolutionRecorded", "ProposalsSelected", "ProjectLaunched",
                "ResultRecorded", "TargetAgreementDrafted", "ReviewRecorded");
        var review = lineage.get("timeline").get(types.lastIndexOf("ReviewRecorded")).get("payload");
        assertThat(review.get("figures").get(0).get("projects").get(0).asString())
                .as("the review names the projects whose results it counted").isEqualTo(project);
        assertThat(positions(lineage)).isSorted();
        var deciding = lineage.get("timeline").get(types.lastIndexOf("ResolutionRecorded")).get("payload");
        assertThat(deciding.get("resolutionId").asString()).isEqualTo(resolution);
        assertThat(deciding.get("votes").findValuesAsString("vote")).containsOnly("YES");
        assertThat(deciding.get("recusals").get(0).get("reason").asString()).isEqualTo("Träger eines Vorschlags");

        var fromCall = auditor.get("/api/audit/lineage/call/" + Funding.idOf(call)).json();
        assertThat(relations(fromCall)).containsEntry("project/" + project, "downstream")
                .containsEntry("working-group/" + rak.id(), "upstream");
    }

    @Test
    void a_regional_cooperation_agreement_is_downstream_of_its_region_and_its_working_group_beside_it() {
        var groupId = regionWithWorkingGroup("99007");
        var office = new ApiClient(port).as(TestUsers.OFFICE);
        var agreement = office.post("/api/agreements", """
                {"title":"Kooperation Kreis 99007","scope":"REGIONAL","regionKey":"99007",
                 "parties":[{"party":"Kreis 99007","regionKey":"99007"},{"party":"Jobcenter"}],
                 "documentSha256":"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
                 "validFrom":"2024-01-01"}""");
        assertThat(agreement.status()).as(agreement.body()).isEqualTo(201);
        var agreementId = agreement.json().get("id").asString();
        office.post("/api/agreements/" + agreementId + "/signatures", """
                {"party":"Kreis 99007","signatory":"Landrat"}""");

        var auditor = new ApiClient(port).as(TestUsers.AUDITOR);
        var fromAgreement = auditor.get("/api/audit/lineage/cooperation-agreement/" + agreementId).json();
        assertThat(relations(fromAgreement)).isEqualTo(Map.of("region/99007", "upstream",
                "cooperation-agreement/" + agreementId, "subject"));
        assertThat(types(fromAgreement)).containsExactly("RegionRegistered", "WorkingGroupAttached",
                "AgreementDrafted", "AgreementSigned");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(relations(auditor
                .get("/api/audit/lineage/region/99007").json())).isEqualTo(Map.of("region/99007", "subject",
                "working-group/" + groupId, "downstream", "cooperation-agreement/" + agreementId, "downstream")));
    }

    @Test
    void streams_named_only_from_the_other_side_or_only_sharing_a_request_are_found_through_the_index() {
        var office = new ApiClient(port).as(TestUsers.OFFICE);
        office.post("/api/regions", """
                {"key":"99005","name":"Indexkreis","kind":"DISTRICT"}""");
        // a stream that names the region, which does not name it back
        var orphan = WorkingGroupId.random();
        var key = new RegionKey("99005");
        eventStore.publish(new GenericDomainEventMessage<>("WorkingGroup", orphan.value(), 0,
                new WorkingGroupEstablished(orphan, key, "Named from one side"),
                MetaData.with(EventMetaData.CORRELATION_ID, "shared-request")));
        // a stream of the same request that names nothing of the others
        eventStore.publish(new GenericDomainEventMessage<>("Region", "99006", 0,
                new RegionRegistered(new RegionKey("99006"), "Same request", RegionKind.DISTRICT),
                MetaData.with(EventMetaData.CORRELATION_ID, "shared-request")));

        var auditor = new ApiClient(port).as(TestUsers.AUDITOR);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(relations(auditor
                .get("/api/audit/lineage/region/99005").json())).isEqualTo(Map.of("region/99005", "subject",
                "working-group/" + orphan.value(), "downstream", "region/99006", "downstream")));
        var ties = new ArrayList<String>();
        auditor.get("/api/audit/lineage/region/99005").json().get("streams")
                .forEach(stream -> stream.get("reachedBy").forEach(tie -> ties.add(stream.get("id").asString()
                        + " " + tie.get("kind").asString() + " " + tie.get("fromId").asString())));
        assertThat(ties).containsExactlyInAnyOrder(orphan.value() + " named by 99005",
                "99006 same request " + orphan.value(), orphan.value() + " same request 99006");
    }

    @Test
    void only_auditors_and_the_network_office_walk_lineage_of_what_exists() {
        assertThat(new ApiClient(port).as(TestUsers.AUDITOR).get("/api/audit/lineage/region/12345").status())
                .isEqualTo(404);
        assertThat(new ApiClient(port).as(TestUsers.AUDITOR).get("/api/audit/lineage/nothing/12345").status())
                .isEqualTo(404);
        assertThat(new ApiClient(port).as(TestUsers.COORDINATOR_SALZLAND).get("/api/audit/lineage/region/15089")
                .status()).isEqualTo(403);
    }

    private String regionWithWorkingGroup(String key) {
        var office = new ApiClient(port).as(TestUsers.OFFICE);
        var coordinator = new ApiClient(port).as(TestUsers.COORDINATOR_SALZLAND);
        office.post("/api/regions", "{\"key\":\"" + key + "\",\"name\":\"Kreis " + key + "\",\"kind\":\"DISTRICT\"}");
        var groupId = coordinator.post("/api/working-groups", "{\"regionKey\":\"" + key + "\",\"name\":\"RAK " + key
                + "\",\"establishedOn\":\"2021-01-01\"}").json().get("id").asString();
        var path = "/api/working-groups/" + groupId;
        coordinator.post(path + "/members", """
                {"organisation":"Jobcenter","category":"JOB_CENTRE"}""");
        var member = coordinator.post(path + "/members", """
                {"organisation":"IHK","category":"BUSINESS"}""").json().get("id").asString();
        coordinator.put(path + "/coordination", """
                {"organisation":"REKO","from":"2022-07-01","to":"2028-06-30"}""");
        coordinator.delete(path + "/members/" + member);
        return groupId;
    }

    private static Map<String, String> relations(JsonNode lineage) {
        var relations = new java.util.HashMap<String, String>();
        lineage.get("streams").forEach(stream -> relations.put(stream.get("type").asString() + "/"
                + stream.get("id").asString(), stream.get("relation").asString()));
        return relations;
    }

    private static List<String> types(JsonNode lineage) {
        var types = new ArrayList<String>();
        lineage.get("timeline").forEach(event -> types.add(event.get("type").asString()));
        return types;
    }

    private static List<Long> positions(JsonNode lineage) {
        var positions = new ArrayList<Long>();
        lineage.get("timeline").forEach(event -> positions.add(event.get("position").asLong()));
        return positions.stream().collect(Collectors.toList());
    }
}
