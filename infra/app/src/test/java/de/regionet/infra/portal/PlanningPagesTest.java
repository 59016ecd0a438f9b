package de.regionet.infra.portal;

import de.regionet.infra.ApiClient;
import de.regionet.infra.Funding;
import de.regionet.infra.RegioNetTest;
import de.regionet.infra.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A region's planning documents on the public portal (issue 22): the region page lists them with kind, validity,
 * version and whether they are superseded; the document's page shows its needs with their links, problem areas,
 * funding lines and versions, in German and English; under another region's key it does not exist. Region keys
 * 99602 and 99603.
 */
@RegioNetTest
class PlanningPagesTest {

    @LocalServerPort
    int port;

    private ApiClient.Response page(String path) {
        return new ApiClient(port).get(path, "Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
    }

    @Test
    void the_region_page_lists_its_planning_documents_and_each_has_a_page_with_needs_and_links() {
        var office = new ApiClient(port).as(TestUsers.OFFICE);
        for (var key : List.of("99602", "99603")) {
            assertThat(office.post("/api/regions", """
                    {"key":"%s","name":"Planungskreis %s","kind":"DISTRICT"}""".formatted(key, key)).status())
                    .isEqualTo(201);
        }
        var group = office.post("/api/working-groups", """
                {"regionKey":"99602","name":"Facharbeitskreis Planungskreis","establishedOn":"2021-01-01"}""");
        var plan = planningDocument(office, "99602", group.json().get("id").asString());
        var call = new Funding(office).call("99602", java.time.Instant.parse("2099-01-01T12:00:00Z"));
        assertThat(office.post("/api/planning-documents/" + plan + "/needs/B1/links",
                "{\"callId\":\"" + Funding.idOf(call) + "\"}").status()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(page("/regionen/99602/planung/" + plan)
                .body()).contains("Aufruf: Aufruf"));
        var region = page("/netzwerk/99602").body();
        assertThat(region).contains("<h2 id=\"planning-heading\">Planungsdokumente</h2>")
                .contains("href=\"/regionen/99602/planung/" + plan + "\"")
                .contains("<td>Regionales Umsetzungskonzept</td>").contains("04.07.2016 bis 31.12.2020");
        var document = page("/regionen/99602/planung/" + plan);
        assertThat(document.status()).isEqualTo(200);
        assertThat(document.body()).contains("<h1>Umsetzungskonzept Planungskreis</h1>")
                .contains("B1: Nachwuchs im Handwerk").contains("Personal 4.0").contains("ESF: Fachkräftesicherung")
                .contains("Fassung 1, beschlossen am 04.07.2016");
        assertThat(page("/regionen/99602/planung/" + plan + "?lang=en").body()).contains("<html lang=\"en\"")
                .contains("Needs").contains("Regional implementation concept").contains("Call: Aufruf");
        assertThat(page("/regionen/99603/planung/" + plan).status()).as("under another region's key").isEqualTo(404);
        assertThat(page("/netzwerk/99603").body()).contains("noch kein Planungsdokument");
    }

    /** An implementation concept 2016–2020 of {@code key} adopted by {@code group}, with need B1; answers its id. */
    static String planningDocument(ApiClient office, String key, String group) {
        var adopted = office.post("/api/planning-documents", """
                {"regionKey":"%s","adoptedBy":"%s","kind":"IMPLEMENTATION_CONCEPT","adoptedOn":"2016-07-04",
                 "content":{"title":"Umsetzungskonzept Planungskreis","validFrom":"2016-07-04","validTo":"2020-12-31",
                  "needs":[{"id":"B1","title":"Nachwuchs im Handwerk",
                            "text":"Zu wenig Auszubildende.\\nVor allem im Handwerk."}],
                  "problemAreas":["Personal 4.0"],"fundingLines":["ESF: Fachkräftesicherung"]}}"""
                .formatted(key, group));
        assertThat(adopted.status()).as(adopted.body()).isEqualTo(201);
        var id = adopted.json().get("id").asString();
        await().atMost(Duration.ofSeconds(10)).until(() -> office.get("/api/planning-documents/" + id).status() == 200);
        return id;
    }
}
