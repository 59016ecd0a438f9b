package de.regionet.infra.network;

import de.regionet.infra.ApiClient;
import de.regionet.infra.RegioNetTest;
import de.regionet.infra.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

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
 * A state-wide call belongs to the network it was opened in (issue 22, ADR 0023/0024), over HTTP: North
 * Rhine-Westphalia's office opens one with its own programme, the call shows its network and is found by it;
 * Saxony-Anhalt's office is refused acting for it, Saxony-Anhalt's granting authority is refused deciding it and
 * reads none of its proposals, NRW's authority decides it. The network office's own contact persons belong to
 * their network the same way.
 */
@RegioNetTest
class StateWideCallNetworkTest {

    private static final Duration PATIENCE = Duration.ofSeconds(15);

    @LocalServerPort
    int port;

    @Test
    void a_state_wide_call_of_nrw_is_acted_for_and_decided_only_within_nrw() {
        var anonymous = new ApiClient(port);
        var nrw = anonymous.as(TestUsers.OFFICE_NRW);
        var saxonyAnhalt = anonymous.as(TestUsers.OFFICE);
        var authorityOfSaxonyAnhalt = anonymous.as(TestUsers.GRANTING_AUTHORITY);
        var authorityOfNrw = anonymous.as(TestUsers.GRANTING_AUTHORITY_NRW);
        var programme = nrw.post("/api/programmes", """
                {"name":"ESF Plus NRW (Netzwerktest)","from":"2021-01-01","to":"2027-12-31","budgetEuro":90000000,
                 "fundingAreas":[{"code":"A","title":"Fachkräfte","from":"2021-01-01"}]}""");
        assertThat(programme.status()).as(programme.body()).isEqualTo(201);
        var programmeId = programme.json().get("id").asString();

        // opened ten days ago, closed an hour ago: proposals submitted before the deadline are recorded late
        var deadline = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MILLIS);
        var submittedAt = deadline.minus(1, ChronoUnit.HOURS);
        var stateWide = """
                {"reach":"STATE_WIDE","procedure":"REGIONAL_ADVICE_STATE_DECISION","programmeId":"%s",
                 "fundingArea":"A","title":"Fachkräfte.NRW","budgetEuro":400000,"deadline":"%s","openedOn":"%s"}"""
                .formatted(programmeId, deadline, LocalDate.now(ZoneOffset.UTC).minusDays(10));
        var withForeignProgramme = saxonyAnhalt.post("/api/calls", stateWide);
        assertThat(withForeignProgramme.status()).as(withForeignProgramme.body()).isEqualTo(422);
        assertThat(withForeignProgramme.contentType()).startsWith("application/problem+json");
        assertThat(withForeignProgramme.json().get("errors").findValuesAsString("field")).contains("programmeId");
        var opened = nrw.post("/api/calls", stateWide);
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        var call = opened.header("Location");
        var callId = opened.json().get("id").asString();

        await().atMost(PATIENCE).until(() -> nrw.get(call).status() == 200);
        assertThat(nrw.get(call).json().get("network").asString()).isEqualTo("nordrhein-westfalen");
        assertThat(ids(saxonyAnhalt.get("/api/calls?network=nordrhein-westfalen"))).contains(callId);
        assertThat(ids(nrw.get("/api/calls?network=sachsen-anhalt"))).doesNotContain(callId);

        var foreignRegion = anonymous.as(TestUsers.SPONSOR).post(call + "/proposals", """
                {"regionKey":"15089","sponsor":"Bildungswerk Salzland","title":"Fremd","summary":"x",
                 "requestedEuro":1000,"durationMonths":12,"submittedAt":"%s"}""".formatted(submittedAt));
        assertThat(foreignRegion.status()).as(foreignRegion.body()).isEqualTo(422);
        assertThat(foreignRegion.json().get("errors").findValuesAsString("field")).contains("regionKey");
        var proposal = nrw.post(call + "/proposals", """
                {"regionKey":"05913","sponsor":"Bildungswerk Dortmund","title":"Weiterbildung im Revier",
                 "summary":"Qualifizierung Beschäftigter","requestedEuro":200000,"durationMonths":24,
                 "submittedAt":"%s"}""".formatted(submittedAt));
        assertThat(proposal.status()).as(proposal.body()).isEqualTo(201);
        var proposalId = proposal.json().get("id").asString();

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(nrw.get(call).json().get("status").asString())
                .isEqualTo("CLOSED"));
        var advice = """
                {"advice":[{"proposalId":"%s","recommended":true,"rank":1,"reason":"Deckt den Bedarf"}]}"""
                .formatted(proposalId);
        assertThat(saxonyAnhalt.post(call + "/selection", """
                {"resolutionId":"r-1","selected":[{"proposalId":"%s","amountEuro":1}]}""".formatted(proposalId))
                .status()).as("the office of another network acts for nothing of this call").isEqualTo(403);
        var refusedAdvice = saxonyAnhalt.post(call + "/advice", advice);
        assertThat(refusedAdvice.status()).isEqualTo(403);
        assertThat(refusedAdvice.contentType()).startsWith("application/problem+json");
        assertThat(nrw.post(call + "/advice", advice).status()).isEqualTo(200);

        var decision = """
                {"granted":[{"proposalId":"%s","funds":[{"fund":"ESF_PLUS","amountEuro":120000},
                                                        {"fund":"EFRE","amountEuro":60000}]}]}"""
                .formatted(proposalId);
        var refusedDecision = authorityOfSaxonyAnhalt.post(call + "/funding-decisions", decision);
        assertThat(refusedDecision.status()).as(refusedDecision.body()).isEqualTo(403);
        assertThat(refusedDecision.contentType()).startsWith("application/problem+json");
        assertThat(authorityOfSaxonyAnhalt.get(call).json().get("proposals")).as("another state's proposals")
                .isEmpty();
        assertThat(authorityOfNrw.get(call).json().get("proposals")).hasSize(1);
        var decided = authorityOfNrw.post(call + "/funding-decisions", decision);
        assertThat(decided.status()).as(decided.body()).isEqualTo(200);
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(nrw.get(call).json().get("status").asString())
                .isEqualTo("DECIDED"));
    }

    @Test
    void the_network_office_keeps_and_reads_only_its_own_networks_contact_persons() {
        var anonymous = new ApiClient(port);
        var nrw = anonymous.as(TestUsers.OFFICE_NRW);
        var saxonyAnhalt = anonymous.as(TestUsers.OFFICE);
        var recorded = nrw.post("/api/contact-persons", """
                {"kind":"NETWORK_OFFICE","name":"Nora Netzwerk","function":"Regionalagenturen NRW",
                 "email":"nora.netzwerk@example.org"}""");
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
        var id = recorded.json().get("id").asString();

        await().atMost(PATIENCE).until(() -> nrw.get("/api/contact-persons/" + id).status() == 200);
        assertThat(nrw.get("/api/contact-persons/" + id).json().get("network").asString())
                .isEqualTo("nordrhein-westfalen");
        assertThat(ids(nrw.get("/api/contact-persons?networkOffice=true"))).contains(id);
        assertThat(ids(saxonyAnhalt.get("/api/contact-persons?networkOffice=true"))).doesNotContain(id);
        assertThat(saxonyAnhalt.get("/api/contact-persons/" + id).status()).isEqualTo(403);
        assertThat(saxonyAnhalt.delete("/api/contact-persons/" + id).status()).isEqualTo(403);
        assertThat(saxonyAnhalt.post("/api/contact-persons", """
                {"kind":"NETWORK_OFFICE","name":"Fremd","network":"nordrhein-westfalen"}""").status())
                .isEqualTo(403);

        assertThat(nrw.post("/api/contact-persons/" + id + "/consent", "{}").status()).isLessThan(300);
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(anonymous
                .get("/api/public/contact-persons?networkOffice=true").body()).contains("Nora Netzwerk"));
    }

    private static List<String> ids(ApiClient.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        var ids = new ArrayList<String>();
        response.json().forEach(item -> ids.add(item.get("id").asString()));
        return ids;
    }
}
