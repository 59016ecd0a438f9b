package de.regionet.infra.portal;

import de.regionet.infra.ApiClient;
import de.regionet.infra.Funding;
import de.regionet.infra.Rak;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Regions, projects, results and calls recorded over HTTP by the network office, as the portal's tests need them:
 * projects selected before RegioNet (no call to wait for), results shared with the audience a test names.
 */
final class SharedResults {

    private final ApiClient office;
    private final Funding funding;

    SharedResults(ApiClient office) {
        this.office = office;
        this.funding = new Funding(office);
    }

    void region(String key, String name) {
        var registered = office.post("/api/regions", """
                {"key":"%s","name":"%s","kind":"DISTRICT"}""".formatted(key, name));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
    }

    /** A project of {@code regionKey} in funding area A, selected in 2022; answers its path. */
    String project(String regionKey, String title, String summary, String sponsor) {
        var recorded = office.post("/api/projects", """
                {"regionKey":"%s","programmeId":"%s","fundingArea":"A","sponsor":"%s","title":"%s",
                 "summary":"%s","grantEuro":100000,"durationMonths":60,"plannedIndicators":{},
                 "selectedBy":"RAK","selectedOn":"2022-09-14","launchedOn":"2022-10-01"}"""
                .formatted(regionKey, funding.programme(), sponsor, title, summary));
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
        return recorded.header("Location");
    }

    /** A result of {@code project} over {@code year}'s first half, shared with {@code audience}; answers its id. */
    String result(String project, int year, String indicators, String narrative, String audience) {
        var recorded = office.post(project + "/results", """
                {"periodFrom":"%d-01-01","periodTo":"%d-06-30","indicators":%s,"narrative":"%s",
                 "audience":"%s","recordedOn":"%d-07-10"}""".formatted(year, year, indicators, narrative, audience,
                year));
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
        return recorded.json().get("id").asString();
    }

    /** A working group for {@code regionKey} and a call of it in area A open until mid-2027; answers its id. */
    String openCall(String regionKey, String municipality, String title, String criteria) {
        Rak.constitute(office, regionKey, municipality);
        var opened = office.post("/api/calls", """
                {"regionKey":"%s","programmeId":"%s","fundingArea":"A","title":"%s","budgetEuro":500000,
                 "deadline":"2027-06-30T10:00:00Z","criteria":%s}""".formatted(regionKey, funding.programme(), title,
                criteria));
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        return opened.json().get("id").asString();
    }

    /** A call of {@code regionKey} (with its working group already) whose deadline passed in 2023. */
    String pastCall(String regionKey, String title) {
        var opened = office.post("/api/calls", """
                {"regionKey":"%s","programmeId":"%s","fundingArea":"A","title":"%s","budgetEuro":1000,
                 "openedOn":"2023-03-01","deadline":"2023-04-30T21:59:59Z","criteria":[]}"""
                .formatted(regionKey, funding.programme(), title));
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        return opened.json().get("id").asString();
    }
}
