package de.regionet.infra.console.calls;

import de.regionet.infra.ApiClient;
import de.regionet.infra.Funding;
import de.regionet.infra.TestUsers;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A call the state decides (ADR 0024) set up over the API for the console's tests: a region of coordinator-ruhr, a
 * call whose deadline has passed (so it is closed at once) and two proposals submitted before it.
 */
record StateDecision(String regionKey, String call, String callPath, String first, String second) {

    static StateDecision in(int port, String regionKey, String regionName) {
        var office = new ApiClient(port).as(TestUsers.OFFICE);
        var ruhr = new ApiClient(port).as(TestUsers.COORDINATOR_RUHR);
        var registered = office.post("/api/regions", """
                {"key":"%s","name":"%s","kind":"DISTRICT"}""".formatted(regionKey, regionName));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        var opened = ruhr.post("/api/calls", """
                {"regionKey":"%s","procedure":"REGIONAL_ADVICE_STATE_DECISION","programmeId":"%s",
                 "fundingArea":"A","title":"Fachkräfte.Region","budgetEuro":200000,"openedOn":"2025-01-02",
                 "deadline":"2025-06-01T10:00:00Z"}""".formatted(regionKey, new Funding(office).programme()));
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        var path = opened.header("Location");
        var proposals = List.of(propose(ruhr, path, "Werkstatt Ruhr", "Coaching im Betrieb", 50000),
                propose(ruhr, path, "Lernort gGmbH", "Sprachkurse im Quartier", 80000));
        return new StateDecision(regionKey, path.substring(path.lastIndexOf('/') + 1), path, proposals.get(0),
                proposals.get(1));
    }

    private static String propose(ApiClient ruhr, String call, String sponsor, String title, int euro) {
        var proposed = ruhr.post(call + "/proposals", """
                {"sponsor":"%s","title":"%s","summary":"Kurz","requestedEuro":%d,"durationMonths":12,
                 "submittedAt":"2025-03-03T10:00:00Z"}""".formatted(sponsor, title, euro));
        assertThat(proposed.status()).as(proposed.body()).isEqualTo(201);
        return proposed.json().get("id").asString();
    }

    /** The coordination's page of the call. */
    String regionPage() {
        return "/console/regionen/" + regionKey + "/aufrufe/" + call;
    }

    /** The granting authority's page of the call. */
    String grantingPage() {
        return "/console/bewilligung/" + call;
    }
}
