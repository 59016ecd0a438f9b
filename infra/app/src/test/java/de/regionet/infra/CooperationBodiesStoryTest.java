package de.regionet.infra;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.messaging.simp.broker.SimpleBrokerMessageHandler;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Bodies of more than one kind, as clients see them. Hesse's story (test key 99621): the state-wide agreement of
 * January 2016 is implemented locally by a joint Arbeitsmarktbüro of Jobcenter, Agentur für Arbeit and the district
 * administration, which moves and takes in a partner for a while; everyone reads it, the region's live feed carries
 * each step. North Rhine-Westphalia's story (99622): the region's Facharbeitskreis advises; its resolution about a
 * call shows as a recommendation and cannot select the call's projects.
 */
@RegioNetTest
class CooperationBodiesStoryTest {

    private static final String HESSE = "99621";
    private static final String NRW = "99622";
    private static final String ELSEWHERE_IN_HESSE = "99623";
    private static final Duration PATIENCE = Duration.ofSeconds(10);

    @LocalServerPort
    int port;

    @Autowired
    SimpleBrokerMessageHandler broker;

    @Test
    void an_arbeitsmarktbuero_of_three_partners_implements_the_state_agreement_and_everyone_reads_it()
            throws Exception {
        var office = new ApiClient(port).as(TestUsers.OFFICE);
        var anonymous = new ApiClient(port);
        assertThat(office.post("/api/regions", """
                {"key":"%s","name":"Kreis Groß-Gerau (Test)","kind":"DISTRICT"}""".formatted(HESSE)).status())
                .isEqualTo(201);
        var agreement = office.post("/api/agreements", """
                {"title":"Kooperationsvereinbarung Integration in Ausbildung und Arbeit","scope":"STATE",
                 "parties":[{"party":"Regionaldirektion Hessen"},{"party":"Hessischer Landkreistag"},
                            {"party":"Hessischer Städtetag"}],
                 "documentSha256":"%s","validFrom":"2016-01-01"}""".formatted("c".repeat(64)));
        assertThat(agreement.status()).as(agreement.body()).isEqualTo(201);
        var agreementId = agreement.json().get("id").asString();

        try (var feed = StompFeed.subscribe(port, "/topic/regions." + HESSE, broker,
                new ApiClient(port).token(TestUsers.OFFICE))) {
            var established = office.post("/api/cooperation-bodies", """
                    {"regionKey":"%s","kind":"ARBEITSMARKTBUERO","name":"Arbeitsmarktbüro für Geflüchtete",
                     "site":"Rüsselsheim, Marktplatz 4","foundedOn":"2016-09-01","agreementId":"%s",
                     "partners":[{"organisation":"Kreisjobcenter Groß-Gerau","role":"Jobcenter"},
                                 {"organisation":"Agentur für Arbeit Darmstadt","role":"Agentur für Arbeit"},
                                 {"organisation":"Kreis Groß-Gerau","role":"Kreisverwaltung"}]}"""
                    .formatted(HESSE, agreementId));
            assertThat(established.status()).as(established.body()).isEqualTo(201);
            assertThat(established.header("ETag")).isEqualTo("\"0\"");
            var body = established.header("Location");
            assertThat(body).isEqualTo("/api/cooperation-bodies/" + established.json().get("id").asString());

            var moved = office.put(body + "/site", """
                    {"site":"Groß-Gerau, Wilhelm-Seipp-Straße 4","movedOn":"2019-03-01"}""", "If-Match", "\"0\"");
            assertThat(moved.status()).as(moved.body()).isEqualTo(204);
            var chamber = office.post(body + "/partners", """
                    {"organisation":"IHK Darmstadt","role":"Kammer","admittedOn":"2020-01-01"}""");
            assertThat(chamber.status()).as(chamber.body()).isEqualTo(201);
            var left = office.delete(chamber.header("Location") + "?withdrawnOn=2021-12-31");
            assertThat(left.status()).as(left.body()).isEqualTo(204);

            assertThat(feed.take(4, PATIENCE)).extracting(message -> message.get("type")).containsExactly(
                    "CooperationBodyEstablished", "CooperationSiteChanged", "CooperationPartnerAdmitted",
                    "CooperationPartnerWithdrawn");

            await().atMost(PATIENCE).until(() -> "\"3\"".equals(anonymous.get(body).header("ETag")));
            var read = anonymous.get(body).json();
            assertThat(read.get("kind").asString()).isEqualTo("ARBEITSMARKTBUERO");
            assertThat(read.get("site").asString()).isEqualTo("Groß-Gerau, Wilhelm-Seipp-Straße 4");
            assertThat(read.get("agreementId").asString()).isEqualTo(agreementId);
            assertThat(read.get("partners").findValuesAsString("role"))
                    .containsExactly("Jobcenter", "Agentur für Arbeit", "Kreisverwaltung", "Kammer");
            assertThat(read.get("partners").get(3).get("withdrawnOn").asString()).isEqualTo("2021-12-31");
            assertThat(read.get("dissolvedOn").isNull()).isTrue();
        }

        assertThat(anonymous.get("/api/regions/" + HESSE + "/cooperation-bodies").json()
                .findValuesAsString("name")).containsExactly("Arbeitsmarktbüro für Geflüchtete");
        assertThat(anonymous.get("/api/cooperation-bodies?region=" + HESSE + "&kind=ARBEITSMARKTBUERO").json())
                .hasSize(1);
        assertThat(anonymous.get("/api/cooperation-bodies?region=" + HESSE + "&kind=JUGENDBERUFSAGENTUR").json())
                .isEmpty();
    }

    @Test
    void a_cooperation_body_that_does_not_hold_together_is_refused_naming_the_field() {
        var office = new ApiClient(port).as(TestUsers.OFFICE);
        assertThat(office.post("/api/regions", """
                {"key":"%s","name":"Kreis Offenbach (Test)","kind":"DISTRICT"}""".formatted(ELSEWHERE_IN_HESSE))
                .status()).isEqualTo(201);
        var partners = "\"partners\":[{\"organisation\":\"Kreisjobcenter\",\"role\":\"Jobcenter\"}]";

        assertRefused(office.post("/api/cooperation-bodies", """
                {"regionKey":"%s","kind":"OTHER","name":"Ausbildungsplanung","site":"Groß-Gerau",%s}"""
                .formatted(ELSEWHERE_IN_HESSE, partners)), "kindName");
        assertRefused(office.post("/api/cooperation-bodies", """
                {"regionKey":"%s","kind":"JUGENDBERUFSAGENTUR","name":"JBA","site":"Groß-Gerau",
                 "agreementId":"no-such-agreement",%s}""".formatted(ELSEWHERE_IN_HESSE, partners)), "agreementId");
        assertRefused(office.post("/api/cooperation-bodies", """
                {"regionKey":"%s","kind":"JUGENDBERUFSAGENTUR","name":"JBA","site":"Groß-Gerau",
                 "foundedOn":"2999-01-01",%s}""".formatted(ELSEWHERE_IN_HESSE, partners)), "foundedOn");
        assertRefused(office.post("/api/cooperation-bodies", """
                {"regionKey":"99639","kind":"JUGENDBERUFSAGENTUR","name":"JBA","site":"Groß-Gerau",%s}"""
                .formatted(partners)), "regionKey");
        assertRefused(office.post("/api/cooperation-bodies", """
                {"regionKey":"%s","kind":"JUGENDBERUFSAGENTUR","name":"JBA","site":"Groß-Gerau","partners":[]}"""
                .formatted(ELSEWHERE_IN_HESSE)), "partners");
        var unknown = office.put("/api/cooperation-bodies/no-such-body/site", "{\"site\":\"Groß-Gerau\"}");
        assertThat(unknown.status()).as(unknown.body()).isEqualTo(404);
        assertThat(new ApiClient(port).get("/api/cooperation-bodies/no-such-body").status()).isEqualTo(404);
    }

    @Test
    void an_advisory_working_groups_resolution_is_a_recommendation_that_selects_nothing() {
        var office = new ApiClient(port).as(TestUsers.OFFICE);
        assertThat(office.post("/api/regions", """
                {"key":"%s","name":"Arbeitsmarktregion (Test)","kind":"DISTRICT"}""".formatted(NRW)).status())
                .isEqualTo(201);
        var facharbeitskreis = Rak.constitute(office, NRW, "Kreis Unna", "ADVISORY");
        var group = "/api/working-groups/" + facharbeitskreis.id();
        await().atMost(PATIENCE).until(() -> new ApiClient(port).get(group).status() == 200);
        assertThat(new ApiClient(port).get(group).json().get("kind").asString()).isEqualTo("ADVISORY");
        assertThat(office.get(group).json().get("kind").asString()).isEqualTo("ADVISORY");

        var funding = new Funding(office);
        var call = funding.closedCalls(NRW, 1).get(0);
        var advice = facharbeitskreis.resolveAboutCall(office, Funding.idOf(call));

        await().atMost(PATIENCE).untilAsserted(() -> {
            var log = office.get(group + "/resolutions").json();
            assertThat(log).hasSize(1);
            assertThat(log.get(0).get("id").asString()).isEqualTo(advice);
            assertThat(log.get(0).get("outcome").asString()).isEqualTo("ADOPTED");
            assertThat(log.get(0).get("effect").asString()).isEqualTo("RECOMMENDATION");
        });
        var proposal = office.get(call).json().get("proposals").get(0).get("id").asString();
        var selection = office.post(call + "/selection", """
                {"resolutionId":"%s","selected":[{"proposalId":"%s","amountEuro":10000}],"notSelected":[]}"""
                .formatted(advice, proposal));
        assertRefused(selection, "resolutionId");
        assertThat(selection.json().get("detail").asString()).contains("recommendation");
    }

    /** Refused as bad input (400) or as breaking a rule (422), naming {@code field}. */
    private static void assertRefused(ApiClient.Response response, String field) {
        assertThat(response.status()).as(response.body()).isIn(400, 422);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body()).contains("\"" + field + "\"");
    }
}
