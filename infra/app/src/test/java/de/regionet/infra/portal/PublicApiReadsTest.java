package de.regionet.infra.portal;

import de.regionet.infra.ApiClient;
import de.regionet.infra.Funding;
import de.regionet.infra.RegioNetTest;
import de.regionet.infra.Rak;
import de.regionet.infra.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What the portal shows anonymously is readable anonymously in the API too, with only the fields fit for the public
 * (issue 19): working groups with members and coordination, agreements in force, open calls. Signed-in readers keep
 * today's full answers. Region keys 99408–99410.
 */
@RegioNetTest
class PublicApiReadsTest {

    @LocalServerPort
    int port;

    private ApiClient anonymous() {
        return new ApiClient(port);
    }

    private ApiClient office() {
        return new ApiClient(port).as(TestUsers.OFFICE);
    }

    private static List<String> fields(JsonNode node) {
        var names = new ArrayList<String>();
        node.propertyNames().forEach(names::add);
        return names;
    }

    @Test
    void anonymous_readers_get_a_working_group_with_members_and_coordination_and_nothing_internal() {
        var office = office();
        assertThat(office.post("/api/regions", """
                {"key":"99408","name":"Lesekreis","kind":"DISTRICT"}""").status()).isEqualTo(201);
        var rak = Rak.constitute(office, "99408", "Lesestadt");
        var path = "/api/working-groups/" + rak.id();
        assertThat(office.put(path + "/coordination", """
                {"organisation":"REKO Lesekreis","from":"2022-07-01","to":"2028-06-30"}""").status()).isEqualTo(204);
        await().atMost(Duration.ofSeconds(10)).until(() -> anonymous().get(path).json().get("coordination") != null
                && !anonymous().get(path).json().get("coordination").isNull());

        var group = anonymous().get(path).json();

        assertThat(fields(group)).containsExactly("id", "regionKey", "name", "kind", "members", "coordination");
        assertThat(fields(group.get("members").get(0))).containsExactly("organisation", "category", "admittedOn");
        assertThat(group.get("coordination").get("organisation").asString()).isEqualTo("REKO Lesekreis");
        var list = anonymous().get("/api/working-groups?region=99408").json();
        assertThat(list).hasSize(1);
        assertThat(fields(list.get(0))).doesNotContain("version");
        var signedIn = office.get(path).json();
        assertThat(fields(signedIn)).contains("version");
        assertThat(fields(signedIn.get("members").get(0))).contains("id");
    }

    @Test
    void anonymous_readers_get_agreements_in_force_only_without_their_negotiation() {
        var office = office();
        assertThat(office.post("/api/regions", """
                {"key":"99409","name":"Vertragskreis","kind":"DISTRICT"}""").status()).isEqualTo(201);
        var inForce = agreement(office, "Geltende Vereinbarung 99409");
        for (var party : List.of("Jobcenter Vertragskreis", "Agentur Vertragskreis")) {
            assertThat(office.post(inForce + "/signatures", """
                    {"party":"%s","signedOn":"2021-12-09","signatory":"Geschäftsführung"}""".formatted(party))
                    .status()).isEqualTo(204);
        }
        var draft = agreement(office, "Entwurf 99409");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(office.get(draft).status()).isEqualTo(200);
            var read = anonymous().get(inForce);
            assertThat(read.status()).as(read.body()).isEqualTo(200);
        });

        var list = anonymous().get("/api/agreements?region=99409").json();

        assertThat(list).hasSize(1);
        assertThat(list.get(0).get("title").asString()).isEqualTo("Geltende Vereinbarung 99409");
        assertThat(fields(list.get(0))).containsExactly("id", "title", "scope", "regionKey", "validFrom",
                "validUntil", "asOf", "status", "boundParties");
        assertThat(anonymous().get(draft).status()).isEqualTo(404);
        assertThat(office.get("/api/agreements?region=99409").json()).hasSize(2);
        assertThat(fields(office.get(inForce).json())).contains("versions", "parties", "terminationReason");
    }

    private static String agreement(ApiClient office, String title) {
        var drafted = office.post("/api/agreements", """
                {"title":"%s","scope":"REGIONAL","regionKey":"99409",
                 "parties":[{"party":"Jobcenter Vertragskreis","regionKey":"99409"},{"party":"Agentur Vertragskreis"}],
                 "documentSha256":"%s","validFrom":"2022-01-01"}""".formatted(title, "c".repeat(64)));
        assertThat(drafted.status()).as(drafted.body()).isEqualTo(201);
        return drafted.header("Location");
    }

    @Test
    void anonymous_readers_get_open_calls_without_proposals_or_their_number() {
        var office = office();
        assertThat(office.post("/api/regions", """
                {"key":"99410","name":"Aufrufkreis","kind":"DISTRICT"}""").status()).isEqualTo(201);
        Rak.constitute(office, "99410", "Aufrufstadt");
        var funding = new Funding(office);
        var call = funding.call("99410", Instant.now().plus(30, ChronoUnit.DAYS));
        funding.propose(call);
        await().atMost(Duration.ofSeconds(10)).until(() -> office.get(call).json().get("proposalCount").asInt() == 1);

        var open = anonymous().get(call);

        assertThat(open.status()).isEqualTo(200);
        assertThat(fields(open.json())).containsExactly("id", "regionKey", "workingGroupId", "programmeId",
                "fundingArea", "title", "budgetEuro", "deadline", "criteria", "openedOn", "status", "procedure",
                "network");
        var list = anonymous().get("/api/calls?region=99410").json();
        assertThat(list).hasSize(1);
        assertThat(fields(list.get(0))).doesNotContain("proposals", "proposalCount");
        assertThat(office.get(call).json().get("proposals")).hasSize(1);
    }
}
