package de.regionet.infra;

import de.regionet.kernel.EventMetaData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * History typed in over HTTP years after it happened: a project the working group selected before RegioNet, a call
 * of spring 2023 going from a proposal recorded late to a selection, a project and a shared result, and a withdrawal
 * that contradicts a recorded resolution, refused and then recorded as a correction that marks the resolution.
 */
@RegioNetTest
class PastFactsStoryTest {

    private static final Duration PATIENCE = Duration.ofSeconds(15);

    @LocalServerPort
    int port;

    @Autowired
    EventStore events;

    @Test
    void a_project_selected_before_regionet_is_recorded_once_and_shares_its_results() {
        var office = new ApiClient(port).as(TestUsers.OFFICE);
        register(office, "99302", "Kreis Vorher");
        var programme = new Funding(office).programme();
        var body = """
                {"regionKey":"99302","programmeId":"%s","fundingArea":"A","sponsor":"Bildungswerk Vorher",
                 "title":"Brücke in den Beruf","summary":"Begleitung junger Menschen","grantEuro":240000,
                 "durationMonths":36,"plannedIndicators":{"PARTICIPANTS":120},"selectedBy":"RAK Kreis Vorher",
                 "selectedOn":"2022-09-14","launchedOn":"2022-10-01"}""".formatted(programme);

        var recorded = office.post("/api/projects", body, "Idempotency-Key", "project-99302");
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
        var project = recorded.header("Location");
        assertThat(project).isEqualTo("/api/projects/" + recorded.json().get("id").asString());
        var again = office.post("/api/projects", body, "Idempotency-Key", "project-99302");
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.header("Location")).as("a retry stores nothing new").isEqualTo(project);

        var notYetOpen = office.post("/api/projects", body
                .replace("\"selectedOn\":\"2022-09-14\"", "\"selectedOn\":\"2022-01-14\"")
                .replace("\"launchedOn\":\"2022-10-01\"", "\"launchedOn\":\"2022-02-01\""));
        assertThat(notYetOpen.status()).as("area A opened on 2022-06-21").isEqualTo(422);
        assertThat(notYetOpen.json().get("errors").findValuesAsString("field")).containsExactly("fundingArea");

        await().atMost(PATIENCE).until(() -> office.get(project).status() == 200);
        var view = office.get(project).json();
        assertThat(view.get("callId").isNull()).isTrue();
        assertThat(view.get("selectedBeforeRegioNet").get("decidedBy").asString()).isEqualTo("RAK Kreis Vorher");
        assertThat(view.get("selectedBeforeRegioNet").get("decidedOn").asString()).isEqualTo("2022-09-14");

        var result = office.post(project + "/results", """
                {"periodFrom":"2022-10-01","periodTo":"2022-12-31","indicators":{"PARTICIPANTS":40},
                 "narrative":"Der erste Jahrgang ist gestartet.","audience":"PUBLIC","recordedOn":"2023-01-20"}""");
        assertThat(result.status()).as(result.body()).isEqualTo(201);
        var anonymous = new ApiClient(port);
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(anonymous.get("/api/results?region=99302").json()
                .get("total").asInt()).isEqualTo(1));
        assertThat(events.readEvents(Funding.idOf(project)).asStream().map(DomainEventMessage::getMetaData)
                .map(EventMetaData::isRecordedLate).toList()).as("launched in 2022, reported in 2023")
                .containsExactly(true, true);
    }

    @Test
    void a_call_recorded_after_its_deadline_goes_from_a_late_proposal_to_a_shared_result() {
        var office = new ApiClient(port).as(TestUsers.OFFICE);
        register(office, "99301", "Kreis Damals");
        var rak = Rak.constitute(office, "99301", "Kreis Damals");
        var opened = office.post("/api/calls", """
                {"regionKey":"99301","programmeId":"%s","fundingArea":"A","title":"Übergang Schule–Beruf 2023",
                 "budgetEuro":500000,"openedOn":"2023-03-01","deadline":"2023-04-30T21:59:59Z","criteria":[]}"""
                .formatted(new Funding(office).programme()));
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        var call = opened.header("Location");
        var callId = Funding.idOf(call);
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(office.get(call).json().path("status")
                .asString("")).as("closed at once: its deadline had passed").isEqualTo("CLOSED"));

        var proposal = office.post(call + "/proposals", proposal("2023-04-20T10:00:00Z"));
        assertThat(proposal.status()).as("submitted in time, recorded late: " + proposal.body()).isEqualTo(201);
        var tooLate = office.post(call + "/proposals", proposal("2023-05-02T10:00:00Z"));
        assertThat(tooLate.status()).as(tooLate.body()).isEqualTo(409);

        var resolution = office.post("/api/working-groups/" + rak.id() + "/resolutions", """
                {"date":"2023-06-14","agendaItem":"TOP 1","motion":"Der RAK wählt aus.",
                 "subject":{"type":"CALL","id":"%s"},"present":["%s","%s","%s","%s","%s"],
                 "votes":{"%s":"YES","%s":"YES","%s":"YES","%s":"YES"},
                 "recusals":[{"memberId":"%s","reason":"Träger eines Vorschlags"}]}""".formatted(callId,
                rak.member("Kreis Damals"), rak.member("Agentur"), rak.member("Jobcenter"), rak.member("IHK"),
                rak.member("Bildungswerk Salzland"), rak.member("Kreis Damals"), rak.member("Agentur"),
                rak.member("Jobcenter"), rak.member("IHK"), rak.member("Bildungswerk Salzland")));
        assertThat(resolution.status()).as(resolution.body()).isEqualTo(201);
        var selection = office.post(call + "/selection", """
                {"resolutionId":"%s","selected":[{"proposalId":"%s","amountEuro":240000}],"notSelected":[]}"""
                .formatted(resolution.json().get("id").asString(), proposal.json().get("id").asString()));
        assertThat(selection.status()).as(selection.body()).isEqualTo(200);
        var project = selection.json().get("projects").get(0).get("href").asString();
        await().atMost(PATIENCE).until(() -> office.get(project).status() == 200);

        var result = office.post(project + "/results", """
                {"periodFrom":"2023-07-01","periodTo":"2023-12-31","indicators":{"PARTICIPANTS":45},
                 "narrative":"Praxistage wirken.","audience":"PUBLIC","recordedOn":"2024-01-15"}""");
        assertThat(result.status()).as(result.body()).isEqualTo(201);
        var anonymous = new ApiClient(port);
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(anonymous.get("/api/results?region=99301").json()
                .get("total").asInt()).isEqualTo(1));

        assertThat(typesRecordedLate(callId)).containsExactly("CallOpened", "CallClosed", "ProposalSubmitted");
    }

    @Test
    void a_withdrawal_that_contradicts_a_recorded_resolution_is_refused_then_recorded_as_a_correction() {
        var office = new ApiClient(port).as(TestUsers.OFFICE);
        register(office, "99303", "Kreis Korrektur");
        var rak = Rak.constitute(office, "99303", "Kreis Korrektur");
        var voters = List.of(rak.member("Kreis Korrektur"), rak.member("Agentur"), rak.member("IHK"));
        var resolution = office.post("/api/working-groups/" + rak.id() + "/resolutions", """
                {"date":"2022-09-14","agendaItem":"TOP 1","motion":"Der RAK beschließt seine Schwerpunkte.",
                 "present":["%s","%s","%s"],"votes":{"%s":"YES","%s":"YES","%s":"YES"},"recusals":[]}"""
                .formatted(voters.get(0), voters.get(1), voters.get(2), voters.get(0), voters.get(1), voters.get(2)));
        assertThat(resolution.status()).as(resolution.body()).isEqualTo(201);
        var resolutionId = resolution.json().get("id").asString();
        var chamber = "/api/working-groups/" + rak.id() + "/members/" + rak.member("IHK");

        var refused = office.delete(chamber + "?withdrawnOn=2022-08-31");
        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("type").asString()).isEqualTo("/problems/contradicts-recorded-decisions");
        assertThat(refused.json().get("affectedResolutions").get(0).asString()).isEqualTo(resolutionId);
        assertThat(refused.json().get("errors").findValuesAsString("field")).containsExactly("withdrawnOn");

        var corrected = office.delete(chamber + "?withdrawnOn=2022-08-31&correction=true");
        assertThat(corrected.status()).as(corrected.body()).isEqualTo(204);
        await().atMost(PATIENCE).untilAsserted(() -> {
            var logged = office.get("/api/working-groups/" + rak.id() + "/resolutions/" + resolutionId).json();
            assertThat(logged.get("affectedBy").get(0).get("what").asString()).isEqualTo("MEMBER_WITHDRAWN");
            assertThat(logged.get("affectedBy").get(0).get("validOn").asString()).isEqualTo("2022-08-31");
            assertThat(logged.get("outcome").asString()).as("never rewritten").isEqualTo("ADOPTED");
        });
    }

    private static void register(ApiClient office, String key, String name) {
        var registered = office.post("/api/regions", """
                {"key":"%s","name":"%s","kind":"DISTRICT"}""".formatted(key, name));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
    }

    private static String proposal(String submittedAt) {
        return """
                {"sponsor":"Bildungswerk Salzland","title":"Berufsorientierung","summary":"Praxistage",
                 "requestedEuro":250000,"durationMonths":36,"submittedAt":"%s"}""".formatted(submittedAt);
    }

    /** The payload types of the stream's events that carry {@code recordedLate}, in stream order. */
    private List<String> typesRecordedLate(String aggregateId) {
        return events.readEvents(aggregateId).asStream()
                .filter(event -> EventMetaData.isRecordedLate(event.getMetaData()))
                .map(event -> event.getPayloadType().getSimpleName()).toList();
    }
}
