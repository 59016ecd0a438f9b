package de.regionet.infra.history;

import de.regionet.infra.ApiClient;
import de.regionet.infra.PageClient;
import de.regionet.infra.history.ImportStatus.State;
import de.regionet.kernel.call.ProposalId;
import de.regionet.kernel.project.ProjectId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The demo's other two networks, read through the API as their users read them once the demo profile has imported
 * every shipped history into an empty store (docs/demo.md): North Rhine-Westphalia's labour-market region with its
 * Facharbeitskreis, plans, the state-wide call it advised on and the state decided, projects funded from ESF and EFRE
 * with a result; Hesse's state-wide agreement in force with its three parties and the local bodies carrying it out.
 * The same application as {@link DemoImportTest} (same profile and settings), so the import runs once for both.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"regionet.embedded.backend=memory", "regionet.mongo.database=demo"})
@ActiveProfiles("demo")
class DemoNetworksTest {

    /** On a busy shared machine Saxony-Anhalt's history alone has taken four minutes to import. */
    private static final Duration PATIENCE = Duration.ofMinutes(10);
    private static final String RUHR = "05-westfaelisches-ruhrgebiet";
    private static final String STATE_CALL = "nrw-fachkraefte-nrw-2016";

    @Autowired
    Imports imports;

    @LocalServerPort
    int port;

    @BeforeEach
    void every_demo_file_is_imported_without_a_refused_line() {
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(imports.all().stream()
                .filter(run -> DemoImport.PRINCIPAL.equals(run.by()))).hasSize(DemoImport.FILES.size())
                .allMatch(run -> run.state() == State.DONE));
        assertThat(imports.all().stream().filter(run -> DemoImport.PRINCIPAL.equals(run.by())))
                .allSatisfy(run -> assertThat(run.refusals()).as("refused lines").isEmpty());
    }

    @Test
    void north_rhine_westphalia_shows_its_labour_market_region_of_three_territories_and_its_advisory_body() {
        var anonymous = new ApiClient(port);
        await().atMost(PATIENCE).until(() -> anonymous.get("/api/networks/nordrhein-westfalen/regions").json()
                .size() == 1);

        var region = anonymous.get("/api/networks/nordrhein-westfalen/regions").json().get(0);
        assertThat(region.get("key").asString()).isEqualTo(RUHR);
        assertThat(region.get("kind").asString()).isEqualTo("LABOUR_MARKET_REGION");
        assertThat(texts(region.get("members"))).containsExactly("05913", "05915", "05978");
        assertThat(anonymous.get("/api/regions?territory=05915").json().findValuesAsString("key"))
                .containsExactly(RUHR);

        var group = anonymous.get("/api/working-groups/" + region.get("workingGroupId").asString()).json();
        assertThat(group.get("kind").asString()).isEqualTo("ADVISORY");
        assertThat(group.get("name").asString()).isEqualTo("Regionaler Facharbeitskreis Westfälisches Ruhrgebiet");

        var plans = anonymous.get("/api/planning-documents?region=" + RUHR);
        assertThat(plans.status()).as(plans.body()).isEqualTo(200);
        var kinds = new ArrayList<String>();
        plans.json().forEach(plan -> kinds.add(plan.get("kind").asString()));
        assertThat(kinds).containsExactlyInAnyOrder("ACTION_PLAN", "IMPLEMENTATION_CONCEPT");
        var concept = anonymous.get("/api/planning-documents/nrw-umsetzungskonzept-2016");
        assertThat(concept.status()).as(concept.body()).isEqualTo(200);
        assertThat(concept.body()).contains("2020-12-31", "Personal 4.0");
    }

    @Test
    void the_state_wide_call_shows_the_regions_advice_beside_the_states_decision_and_projects_their_funds() {
        var office = demoUser("office-nrw", "office-nrw-demo");
        await().atMost(PATIENCE).until(() -> office.get("/api/calls/" + STATE_CALL).json().path("status")
                .asString("").equals("DECIDED"));

        var call = office.get("/api/calls/" + STATE_CALL).json();
        assertThat(call.get("procedure").asString()).isEqualTo("REGIONAL_ADVICE_STATE_DECISION");
        assertThat(call.get("regionKey").isNull()).as("state-wide").isTrue();
        var proposals = call.get("proposals");
        assertThat(proposals).hasSize(3);
        assertThat(texts(proposals.findValues("regionKey"))).containsOnly(RUHR);
        assertThat(proposals).allSatisfy(proposal -> {
            assertThat(proposal.get("advice").isObject()).as("advised").isTrue();
            assertThat(proposal.get("decision").isObject()).as("decided").isTrue();
        });
        assertThat(texts(proposals.findValues("status"))).containsExactly("GRANTED", "GRANTED", "REFUSED");

        var project = "/api/projects/" + ProjectId.forProposal(new ProposalId(STATE_CALL + "-vorschlag-1"));
        await().atMost(PATIENCE).until(() -> office.get(project).status() == 200);
        var funded = office.get(project).json();
        assertThat(funded.get("regionKey").asString()).isEqualTo(RUHR);
        assertThat(funded.get("funds").findValuesAsString("fund")).containsExactly("ESF", "EFRE");
        assertThat(funded.get("grantEuro").decimalValue()).isEqualByComparingTo("450000");
        assertThat(funded.get("results")).isNotEmpty();

        var granting = demoUser("bewilligung-nrw", "bewilligung-nrw-demo").get("/api/calls/" + STATE_CALL);
        assertThat(granting.status()).as(granting.body()).isEqualTo(200);
        assertThat(granting.json().get("proposals")).as("the granting authority judges every proposal").hasSize(3);
        var regionalagentur = demoUser("coordinator-ruhr", "coordinator-ruhr-demo").get("/api/calls/" + STATE_CALL);
        assertThat(regionalagentur.status()).as(regionalagentur.body()).isEqualTo(200);
        assertThat(regionalagentur.json().get("proposals")).as("the proposals of its region").hasSize(3);
        var results = new ApiClient(port).get("/api/results?region=" + RUHR).json();
        assertThat(results.get("items")).as("public results of the region").hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void hesse_shows_its_state_wide_agreement_in_force_with_three_parties_and_the_local_bodies() {
        var anonymous = new ApiClient(port);
        await().atMost(PATIENCE).until(() -> anonymous.get("/api/networks/hessen/regions").json().size() == 5);
        assertThat(anonymous.get("/api/networks/hessen/regions").json().findValuesAsString("key"))
                .allMatch(key -> key.startsWith("06"));

        var agreement = demoUser("office-hessen", "office-hessen-demo")
                .get("/api/agreements/hessen-kooperationsvereinbarung-2016?asOf=2016-02-01");
        assertThat(agreement.status()).as(agreement.body()).isEqualTo(200);
        assertThat(agreement.json().get("status").asString()).isEqualTo("IN_FORCE");
        assertThat(agreement.json().get("boundParties").findValuesAsString("party")).containsExactly(
                "Regionaldirektion Hessen der Bundesagentur für Arbeit", "Hessischer Landkreistag",
                "Hessischer Städtetag");
        assertThat(anonymous.get("/api/agreements/hessen-kooperationsvereinbarung-2016").json().get("status")
                .asString()).isEqualTo("IN_FORCE");

        await().atMost(PATIENCE).until(() -> anonymous.get("/api/cooperation-bodies?region=06412").json().size()
                == 1);
        var kinds = new ArrayList<String>();
        for (var key : List.of("06412", "06433", "06435", "06531", "06611")) {
            var bodies = anonymous.get("/api/regions/" + key + "/cooperation-bodies").json();
            assertThat(bodies).as(key).hasSize(1);
            assertThat(bodies.get(0).get("agreementId").asString())
                    .isEqualTo("hessen-kooperationsvereinbarung-2016");
            assertThat(bodies.get(0).get("partners").size()).isGreaterThanOrEqualTo(2);
            kinds.add(bodies.get(0).get("kind").asString());
        }
        assertThat(kinds).contains("ARBEITSMARKTBUERO", "JUGENDBERUFSAGENTUR", "OTHER");
    }

    @Test
    void each_networks_demo_office_signs_in_and_sees_its_own_networks_regions() {
        assertThat(overviewKeys(demoUser("office-nrw", "office-nrw-demo"))).containsExactly(RUHR);
        assertThat(overviewKeys(demoUser("office-hessen", "office-hessen-demo")))
                .hasSize(5).allMatch(key -> key.startsWith("06"));
        assertThat(overviewKeys(demoUser("office", "office-demo"))).hasSize(14).allMatch(key -> key.startsWith("15"));
    }

    @Test
    void each_networks_demo_office_signs_in_to_the_console_and_the_portal_shows_their_regions() {
        // whether the office's dashboard leaves out the other networks' regions is the console's boundary to test
        var nrw = signedIn("office-nrw", "office-nrw-demo").get("/console/buero");
        assertThat(nrw.status()).as(nrw.body()).isEqualTo(200);
        assertThat(nrw.body()).contains("Westfälisches Ruhrgebiet");
        var hesse = signedIn("office-hessen", "office-hessen-demo").get("/console/buero");
        assertThat(hesse.status()).as(hesse.body()).isEqualTo(200);
        assertThat(hesse.body()).contains("Kreis Groß-Gerau");
        var region = new PageClient(port).get("/netzwerk/" + RUHR);
        assertThat(region.status()).isEqualTo(200);
        assertThat(region.body()).contains("Regionaler Facharbeitskreis Westfälisches Ruhrgebiet",
                "Regionales Umsetzungskonzept");
        var district = new PageClient(port).get("/netzwerk/06433");
        assertThat(district.status()).isEqualTo(200);
        assertThat(district.body()).contains("Arbeitsmarktbüro für Geflüchtete Kreis Groß-Gerau (fiktiv)");
    }

    /** A demo user signed in on the form, as a person would. */
    private PageClient signedIn(String name, String password) {
        var pages = new PageClient(port);
        pages.get("/anmelden");
        var answer = pages.post("/anmelden", Map.of("benutzer", name, "passwort", password));
        assertThat(answer.status()).isEqualTo(302);
        assertThat(answer.location()).doesNotContain("fehler");
        return pages;
    }

    private List<String> overviewKeys(ApiClient user) {
        var overview = user.get("/api/network/overview");
        assertThat(overview.status()).as(overview.body()).isEqualTo(200);
        var keys = new ArrayList<String>();
        overview.json().forEach(region -> keys.add(region.get("regionKey").asString()));
        return keys;
    }

    private static List<String> texts(Iterable<JsonNode> nodes) {
        var texts = new ArrayList<String>();
        nodes.forEach(node -> texts.add(node.asString()));
        return texts;
    }

    /** A user of the demo profile, with its published password. */
    private ApiClient demoUser(String name, String password) {
        var basic = Base64.getEncoder().encodeToString((name + ":" + password).getBytes(StandardCharsets.UTF_8));
        var token = new ApiClient(port).raw("POST", "/api/auth/token", null, new byte[0],
                "Authorization", "Basic " + basic);
        assertThat(token.status()).as(token.body()).isEqualTo(200);
        return new ApiClient(port).withToken(token.json().get("access_token").asString());
    }
}
