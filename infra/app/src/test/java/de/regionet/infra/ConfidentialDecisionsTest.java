package de.regionet.infra;

import de.regionet.kernel.NetworkTime;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What each reader sees of working-group decisions and of calls for projects: the authorisation matrix by content,
 * not only by status. The network office, auditors and the region's coordination see who was present, who voted
 * how, who was recused and why, and every applicant; a coordinator of another region and a project sponsor see the
 * counts and outcomes, and the sponsor its own proposal; anonymous callers see nothing.
 * <p>
 * Two working groups of regions the Salzland coordinator holds: 15089's keeps its voting record confidential (a
 * meeting, a resolution about a call with two applicants and the selection that followed, an open written
 * procedure); 99001's publishes its record from 2023 on (a meeting before, a meeting after, a resolution about a
 * call, a written procedure).
 */
// Not @RegioNetTest: the call, project and decision lists it checks span the whole store.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"regionet.embedded.backend=memory", "regionet.mongo.database=confidentialdecisions"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConfidentialDecisionsTest {

    enum Reader {
        NETWORK_OFFICE(TestUsers.OFFICE, true),
        COORDINATOR_OF_THE_REGION(TestUsers.COORDINATOR_SALZLAND, true),
        AUDITOR(TestUsers.AUDITOR, true),
        COORDINATOR_OF_ANOTHER_REGION(TestUsers.COORDINATOR_DESSAU, false),
        PROJECT_SPONSOR(TestUsers.SPONSOR, false);

        final String user;
        final boolean wholeRecord;

        Reader(String user, boolean wholeRecord) {
            this.user = user;
            this.wholeRecord = wholeRecord;
        }
    }

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String OWN = "Bildungswerk Salzland";
    private static final String COMPETITOR = "Volkshochschule Salzland";
    /** Every recusal reason of the test: none may reach a reader without the whole record. */
    private static final List<String> REASONS = List.of("Befangen: eigener Antrag", "Träger eines Vorschlags",
            "Befangen im Umlauf");
    private static final String[] REASON_TEXTS = REASONS.toArray(String[]::new);

    @LocalServerPort
    int port;

    private final Map<Reader, ApiClient> readers = new EnumMap<>(Reader.class);
    private ApiClient anonymous;
    private ApiClient coordinator;

    /** 15089: the voting record confidential throughout. */
    private Rak confidential;
    private String confidentialCall;
    private String ownProposal;
    private String competitorProposal;
    private String callResolution;

    /** 99001: the voting record published from 2023-01-01. */
    private Rak published;
    private String publishedCall;
    private String before2023;
    private String after2023;
    private String publishedCallResolution;

    @BeforeAll
    void twoWorkingGroupsDecide() {
        anonymous = new ApiClient(port);
        for (var reader : Reader.values()) {
            readers.put(reader, anonymous.as(reader.user));
        }
        var office = readers.get(Reader.NETWORK_OFFICE);
        coordinator = readers.get(Reader.COORDINATOR_OF_THE_REGION);
        for (var key : List.of("15089", "99001")) {
            assertThat(office.post("/api/regions", """
                    {"key":"%s","name":"Region %s","kind":"DISTRICT"}""".formatted(key, key)).status()).isEqualTo(201);
        }
        confidential = Rak.constitute(coordinator, "15089", "Salzlandkreis");
        published = Rak.constitute(coordinator, "99001", "Kreis 99001");

        var funding = new Funding(office);
        var deadline = Funding.deadlineAfter(12);
        confidentialCall = funding.call("15089", deadline);
        publishedCall = funding.call("99001", deadline);
        ownProposal = propose(readers.get(Reader.PROJECT_SPONSOR), confidentialCall, OWN);
        competitorProposal = propose(coordinator, confidentialCall, COMPETITOR);
        propose(readers.get(Reader.PROJECT_SPONSOR), publishedCall, OWN);
        propose(coordinator, publishedCall, COMPETITOR);

        meeting(confidential, "2022-09-14");
        before2023 = meeting(published, "2022-09-14");
        var rules = coordinator.put("/api/working-groups/" + published.id() + "/rules", """
                {"validFrom":"2023-01-01","quorum":"MORE_THAN_HALF_OF_VOTING_MEMBERS","majority":"SIMPLE",
                 "votingCategories":["MUNICIPALITY","EMPLOYMENT_AGENCY","JOB_CENTRE","WELFARE_ASSOCIATION",
                                     "BUSINESS"],"votingRecordPublic":true}""");
        assertThat(rules.status()).as(rules.body()).isEqualTo(204);
        after2023 = meeting(published, "2023-03-01");

        funding.awaitClosed(confidentialCall);
        funding.awaitClosed(publishedCall);
        callResolution = confidential.resolveAboutCall(coordinator, Funding.idOf(confidentialCall));
        publishedCallResolution = published.resolveAboutCall(coordinator, Funding.idOf(publishedCall));
        var selection = coordinator.post(confidentialCall + "/selection", """
                {"resolutionId":"%s","selected":[{"proposalId":"%s","amountEuro":10000}],
                 "notSelected":[{"proposalId":"%s","reason":"Budget ausgeschöpft"}]}"""
                .formatted(callResolution, ownProposal, competitorProposal));
        assertThat(selection.status()).as(selection.body()).isEqualTo(200);
        circulate(confidential);
        circulate(published);

        await().atMost(PATIENCE).until(() -> office.get(log(confidential)).json().size() == 2
                && office.get(log(published)).json().size() == 3
                && office.get(circulation(confidential)).json().path("votes").size() == 1
                && office.get(circulation(published)).json().path("votes").size() == 1
                && office.get(confidentialCall).json().path("status").asString("").equals("DECIDED")
                && office.get("/api/projects?region=15089").json().size() == 1);
    }

    private static String propose(ApiClient client, String call, String sponsor) {
        var proposed = client.post(call + "/proposals", """
                {"sponsor":"%s","title":"Vorschlag von %s","summary":"Kurz","requestedEuro":10000,
                 "durationMonths":36}""".formatted(sponsor, sponsor));
        assertThat(proposed.status()).as(proposed.body()).isEqualTo(201);
        return proposed.json().get("id").asString();
    }

    /**
     * A meeting on the working group's own affairs: all six present, four vote (yes, yes, no, abstain), the IHK is
     * recused. Answers the resolution's id.
     */
    private String meeting(Rak rak, String date) {
        var recorded = coordinator.post("/api/working-groups/" + rak.id() + "/resolutions", """
                {"date":"%s","agendaItem":"TOP 2","motion":"Der RAK beschließt seine Arbeitsplanung.",
                 "subject":null,"present":["%s","%s","%s","%s","%s","%s"],
                 "votes":{"%s":"YES","%s":"YES","%s":"NO","%s":"ABSTAIN"},
                 "recusals":[{"memberId":"%s","reason":"%s"}]}""".formatted(date, seat(rak, 0), rak.member("Agentur"),
                rak.member("Jobcenter"), rak.member(OWN), rak.member("IHK"), rak.member("Gleichstellung"),
                seat(rak, 0), rak.member("Agentur"), rak.member("Jobcenter"), rak.member(OWN), rak.member("IHK"),
                REASONS.get(0)));
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
        return recorded.json().get("id").asString();
    }

    private static String seat(Rak rak, int index) {
        return new ArrayList<>(rak.members().values()).get(index);
    }

    /** A written procedure on the group's own affairs, open for a month: the agency votes yes, the IHK is recused. */
    private void circulate(Rak rak) {
        var wg = "/api/working-groups/" + rak.id();
        var opened = coordinator.post(wg + "/circulations", """
                {"motion":"Der RAK stimmt der Fristverlängerung zu.","subject":null,"deadline":"%s"}"""
                .formatted(NetworkTime.today(Clock.systemUTC()).plusMonths(1)));
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        assertThat(coordinator.post(wg + "/circulations/1/votes", """
                {"memberId":"%s","vote":"YES"}""".formatted(rak.member("Agentur"))).status()).isEqualTo(200);
        assertThat(coordinator.post(wg + "/circulations/1/recusals", """
                {"memberId":"%s","reason":"%s"}""".formatted(rak.member("IHK"), REASONS.get(2))).status())
                .isEqualTo(200);
    }

    private static String log(Rak rak) {
        return "/api/working-groups/" + rak.id() + "/resolutions";
    }

    private static String circulation(Rak rak) {
        return "/api/working-groups/" + rak.id() + "/circulations/1";
    }

    private static String id(String path) {
        return Funding.idOf(path);
    }

    private static ApiClient.Response ok(ApiClient client, String path) {
        var response = client.get(path);
        assertThat(response.status()).as(path + ": " + response.body()).isEqualTo(200);
        return response;
    }

    private static boolean withheld(JsonNode node, String field) {
        return node.path(field).isNull() || node.path(field).isMissingNode();
    }

    private static JsonNode resolution(JsonNode log, String id) {
        for (var resolution : log) {
            if (resolution.get("id").asString().equals(id)) {
                return resolution;
            }
        }
        throw new AssertionError("no resolution " + id + " in " + log);
    }

    /** What every reader sees of the confidential group's meeting: the membership, the tally, counts, outcome. */
    private static void assertCounts(JsonNode meeting) {
        assertThat(meeting.get("votingMembers")).hasSize(5);
        assertThat(meeting.get("tally").get("yes").asInt()).isEqualTo(2);
        assertThat(meeting.get("tally").get("no").asInt()).isEqualTo(1);
        assertThat(meeting.get("tally").get("abstain").asInt()).isEqualTo(1);
        assertThat(meeting.get("counts").get("votingMembers").asInt()).isEqualTo(5);
        assertThat(meeting.get("counts").get("present").asInt()).isEqualTo(6);
        assertThat(meeting.get("counts").get("voted").asInt()).isEqualTo(4);
        assertThat(meeting.get("counts").get("recused").asInt()).isEqualTo(1);
        assertThat(meeting.get("quorate").asBoolean()).isTrue();
        assertThat(meeting.get("outcome").asString()).isEqualTo("ADOPTED");
    }

    // ---- the decision log of a working group that keeps its voting record confidential

    @Test
    void the_decision_log_shows_who_voted_how_and_who_was_recused_only_to_the_office_auditors_and_the_region() {
        for (var reader : Reader.values()) {
            var client = readers.get(reader);
            var listed = ok(client, log(confidential));
            var meeting = listed.json().get(0);
            var single = ok(client, log(confidential) + "/" + meeting.get("id").asString()).json();
            for (var shown : List.of(meeting, single)) {
                assertCounts(shown);
                if (reader.wholeRecord) {
                    assertThat(shown.get("present")).as(reader.name()).hasSize(6);
                    assertThat(shown.get("votes").findValuesAsString("vote"))
                            .containsExactlyInAnyOrder("YES", "YES", "NO", "ABSTAIN");
                    assertThat(shown.get("recusals").get(0).get("member").get("organisation").asString())
                            .isEqualTo("IHK Magdeburg");
                    assertThat(shown.get("recusals").get(0).get("reason").asString()).isEqualTo(REASONS.get(0));
                } else {
                    assertThat(withheld(shown, "present")).as(reader + ": " + shown).isTrue();
                    assertThat(withheld(shown, "votes")).isTrue();
                    assertThat(withheld(shown, "recusals")).isTrue();
                    assertThat(shown.get("rules").get("votingRecordPublic").asBoolean()).isFalse();
                }
            }
            if (!reader.wholeRecord) {
                assertThat(listed.body()).as(reader.name()).doesNotContain(REASON_TEXTS);
            }
        }
    }

    @Test
    void a_calls_applicants_in_the_log_are_named_to_the_office_auditors_and_the_region_a_sponsor_sees_itself() {
        for (var reader : Reader.values()) {
            var client = readers.get(reader);
            var listed = ok(client, log(confidential));
            var aboutCall = resolution(listed.json(), callResolution);
            var single = ok(client, log(confidential) + "/" + callResolution).json();
            for (var shown : List.of(aboutCall, single)) {
                var named = new ArrayList<String>();
                shown.get("subject").get("sponsors").forEach(sponsor -> named.add(sponsor.asString()));
                assertThat(shown.get("subject").get("href").asString()).isEqualTo(confidentialCall);
                assertThat(shown.get("tally").get("yes").asInt()).isEqualTo(4);
                switch (reader) {
                    case NETWORK_OFFICE, COORDINATOR_OF_THE_REGION, AUDITOR -> {
                        assertThat(named).as(reader.name()).containsExactlyInAnyOrder(OWN, COMPETITOR);
                        assertThat(shown.get("recusals").get(0).get("reason").asString()).isEqualTo(REASONS.get(1));
                    }
                    case PROJECT_SPONSOR -> assertThat(named).containsExactly(OWN);
                    case COORDINATOR_OF_ANOTHER_REGION -> assertThat(named).isEmpty();
                }
                if (!reader.wholeRecord) {
                    assertThat(withheld(shown, "votes")).isTrue();
                    assertThat(withheld(shown, "recusals")).isTrue();
                }
            }
            if (!reader.wholeRecord) {
                assertThat(listed.body()).as(reader.name()).doesNotContain(COMPETITOR).doesNotContain(REASON_TEXTS);
            }
        }
    }

    @Test
    void a_written_procedure_shows_its_votes_and_recusals_only_to_the_office_auditors_and_the_region() {
        var list = "/api/working-groups/" + confidential.id() + "/circulations";
        for (var reader : Reader.values()) {
            var client = readers.get(reader);
            var listed = ok(client, list);
            assertThat(listed.json()).hasSize(1);
            var single = ok(client, circulation(confidential)).json();
            for (var shown : List.of(listed.json().get(0), single)) {
                assertThat(shown.get("status").asString()).isEqualTo("OPEN");
                assertThat(shown.get("votingMembers")).hasSize(5);
                assertThat(shown.get("counts").get("voted").asInt()).isEqualTo(1);
                assertThat(shown.get("counts").get("recused").asInt()).isEqualTo(1);
                if (reader.wholeRecord) {
                    assertThat(shown.get("votes").get(0).get("member").get("organisation").asString())
                            .as(reader.name()).isEqualTo("Agentur");
                    assertThat(shown.get("recusals").get(0).get("reason").asString()).isEqualTo(REASONS.get(2));
                } else {
                    assertThat(withheld(shown, "votes")).as(reader + ": " + shown).isTrue();
                    assertThat(withheld(shown, "recusals")).isTrue();
                }
            }
            if (!reader.wholeRecord) {
                assertThat(listed.body()).as(reader.name()).doesNotContain(REASON_TEXTS);
            }
        }
    }

    // ---- calls for projects

    @Test
    void a_call_shows_every_proposal_to_the_office_auditors_and_the_region_and_a_sponsor_only_its_own() {
        for (var reader : Reader.values()) {
            var client = readers.get(reader);
            var single = ok(client, confidentialCall).json();
            JsonNode listed = null;
            for (var call : ok(client, "/api/calls?region=15089").json()) {
                listed = call;
            }
            assertThat(listed).isNotNull();
            for (var shown : List.of(single, listed)) {
                assertThat(shown.get("proposalCount").asInt()).as("everybody may know how many applied").isEqualTo(2);
                assertThat(shown.get("status").asString()).isEqualTo("DECIDED");
                var sponsors = shown.get("proposals").findValuesAsString("sponsor");
                switch (reader) {
                    case NETWORK_OFFICE, COORDINATOR_OF_THE_REGION, AUDITOR ->
                            assertThat(sponsors).as(reader.name()).containsExactlyInAnyOrder(OWN, COMPETITOR);
                    case PROJECT_SPONSOR -> assertThat(sponsors).containsExactly(OWN);
                    case COORDINATOR_OF_ANOTHER_REGION -> assertThat(sponsors).isEmpty();
                }
            }
            var own = client.get(confidentialCall + "/proposals/" + ownProposal);
            var competitor = client.get(confidentialCall + "/proposals/" + competitorProposal);
            assertThat(own.status()).as(reader.name())
                    .isEqualTo(reader.wholeRecord || reader == Reader.PROJECT_SPONSOR ? 200 : 404);
            assertThat(competitor.status()).as(reader.name()).isEqualTo(reader.wholeRecord ? 200 : 404);
            if (reader.wholeRecord) {
                assertThat(competitor.json().get("reason").asString()).isEqualTo("Budget ausgeschöpft");
            } else {
                assertThat(competitor.body()).doesNotContain(COMPETITOR);
                assertThat(ok(client, confidentialCall).body()).doesNotContain(COMPETITOR);
                assertThat(ok(client, "/api/calls").body()).doesNotContain(COMPETITOR);
            }
        }
    }

    /** A selection makes the selected applicant a project, and projects name their sponsor to the whole network. */
    @Test
    void the_selected_applicant_is_public_as_a_project_and_the_others_stay_confidential() {
        for (var reader : Reader.values()) {
            var projects = ok(readers.get(reader), "/api/projects?region=15089");
            assertThat(projects.json().findValuesAsString("sponsor")).as(reader.name()).containsExactly(OWN);
            assertThat(projects.body()).doesNotContain(COMPETITOR);
        }
    }

    @Test
    void anonymous_callers_read_neither_the_decision_log_nor_proposals() {
        for (var path : List.of(log(confidential), log(confidential) + "/" + callResolution,
                "/api/working-groups/" + confidential.id() + "/circulations", circulation(confidential),
                confidentialCall + "/proposals/" + ownProposal)) {
            var response = anonymous.get(path);
            assertThat(response.status()).as(path).isEqualTo(401);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.body()).doesNotContain(OWN).doesNotContain(COMPETITOR);
        }
    }

    /** Open calls are public (issue 19), a closed one unknown to them; never with applicants or their number. */
    @Test
    void anonymous_callers_read_calls_without_applicants() {
        for (var path : List.of("/api/calls", confidentialCall)) {
            var response = anonymous.get(path);
            assertThat(response.status()).as(path).isIn(200, 404);
            assertThat(response.body()).doesNotContain(OWN).doesNotContain(COMPETITOR)
                    .doesNotContain("proposalCount").doesNotContain("\"proposals\"");
        }
    }

    // ---- once the working group's rules publish its voting record

    @Test
    void the_rules_say_from_when_the_voting_record_is_published() {
        for (var reader : Reader.values()) {
            var rules = ok(readers.get(reader), "/api/working-groups/" + published.id() + "/rules").json();
            assertThat(rules.findValuesAsString("validFrom")).containsExactly("2022-07-01", "2023-01-01");
            assertThat(rules.get(0).get("votingRecordPublic").asBoolean()).isFalse();
            assertThat(rules.get(1).get("votingRecordPublic").asBoolean()).isTrue();
        }
    }

    @Test
    void a_published_voting_record_shows_every_reader_who_voted_how_but_never_attendance_recusals_or_applicants() {
        for (var reader : Reader.values()) {
            var client = readers.get(reader);
            var listed = ok(client, log(published));
            var earlier = resolution(listed.json(), before2023);
            var later = ok(client, log(published) + "/" + after2023).json();
            var aboutCall = ok(client, log(published) + "/" + publishedCallResolution).json();
            var written = ok(client, circulation(published)).json();
            assertCounts(earlier);
            assertCounts(later);
            var votes = new ArrayList<String>();
            later.get("votes").forEach(vote -> votes.add(vote.get("member").get("organisation").asString() + " "
                    + vote.get("vote").asString()));
            assertThat(votes).as(reader.name())
                    .containsExactlyInAnyOrder("Kreis 99001 YES", "Agentur YES", "Jobcenter NO", OWN + " ABSTAIN");
            assertThat(written.get("votes").get(0).get("vote").asString()).isEqualTo("YES");
            assertThat(later.get("rules").get("votingRecordPublic").asBoolean()).isTrue();
            if (reader.wholeRecord) {
                assertThat(earlier.get("votes")).as(reader.name()).hasSize(4);
                assertThat(later.get("recusals").get(0).get("reason").asString()).isEqualTo(REASONS.get(0));
                assertThat(aboutCall.get("votes")).hasSize(4);
                assertThat(written.get("recusals").get(0).get("reason").asString()).isEqualTo(REASONS.get(2));
            } else {
                assertThat(withheld(earlier, "votes")).as("%s: decided under rules that kept it confidential",
                        reader).isTrue();
                assertThat(withheld(later, "present")).isTrue();
                assertThat(withheld(later, "recusals")).isTrue();
                assertThat(withheld(written, "recusals")).isTrue();
                assertThat(withheld(aboutCall, "votes")).as("votes about a call stay confidential").isTrue();
                assertThat(withheld(aboutCall, "recusals")).isTrue();
                var named = new ArrayList<String>();
                aboutCall.get("subject").get("sponsors").forEach(sponsor -> named.add(sponsor.asString()));
                assertThat(named).isEqualTo(reader == Reader.PROJECT_SPONSOR ? List.of(OWN) : List.of());
                assertThat(listed.body()).doesNotContain(COMPETITOR).doesNotContain(REASON_TEXTS);
                assertThat(ok(client, publishedCall).body()).doesNotContain(COMPETITOR);
            }
        }
    }
}
