package de.regionet.infra.console.audit;

import de.regionet.infra.ApiClient;
import de.regionet.infra.Funding;
import de.regionet.infra.Rak;
import de.regionet.infra.TestUsers;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What the auditors' pages are tested on, entered through the API: a working group whose members changed over time
 * (admissions with past days) and a project with its call, the resolution that selected it and a result.
 */
final class AuditConsoleData {

    static final String EARLY_MEMBER = "Jobcenter Prüfkreis";
    static final String LATE_MEMBER = "Agentur für Arbeit Prüfkreis";

    private AuditConsoleData() {
    }

    /**
     * A working group of {@code regionKey} established on 1 January 2021: the job centre admitted on 1 July 2022,
     * the employment agency on 1 September 2023; the region's group entered before, if it has one. Answers its id.
     */
    static String workingGroupWithHistory(int port, String regionKey) {
        var office = new ApiClient(port).as(TestUsers.OFFICE);
        region(office, regionKey);
        var created = office.post("/api/working-groups", """
                {"regionKey":"%s","name":"RAK Prüfkreis %s","establishedOn":"2021-01-01"}"""
                .formatted(regionKey, regionKey));
        if (created.status() == 409) {
            var groups = "/api/working-groups?region=" + regionKey;
            await().atMost(Duration.ofSeconds(10)).until(() -> !office.get(groups).json().isEmpty());
            return office.get(groups).json().get(0).get("id").asString();
        }
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        var id = created.json().get("id").asString();
        var group = "/api/working-groups/" + id;
        assertThat(office.post(group + "/members", """
                {"organisation":"%s","category":"JOB_CENTRE","admittedOn":"2022-07-01"}""".formatted(EARLY_MEMBER))
                .status()).isEqualTo(201);
        assertThat(office.post(group + "/members", """
                {"organisation":"%s","category":"EMPLOYMENT_AGENCY","admittedOn":"2023-09-01"}"""
                .formatted(LATE_MEMBER)).status()).isEqualTo(201);
        return id;
    }

    /** A project of {@code regionKey}: a call, a proposal selected by a resolution, and one recorded result. */
    static String projectWithResult(int port, String regionKey) {
        var office = new ApiClient(port).as(TestUsers.OFFICE);
        region(office, regionKey);
        var rak = Rak.constitute(office, regionKey, "Kreis " + regionKey);
        var funding = new Funding(office);
        var call = funding.call(regionKey, Funding.deadlineAfter(2));
        var proposal = funding.propose(call);
        funding.awaitClosed(call);
        var resolution = rak.resolveAboutCall(office, Funding.idOf(call));
        var selection = office.post(call + "/selection", """
                {"resolutionId":"%s","selected":[{"proposalId":"%s","amountEuro":9000}],"notSelected":[]}"""
                .formatted(resolution, proposal));
        assertThat(selection.status()).as(selection.body()).isEqualTo(200);
        var project = selection.json().get("projects").get(0).get("projectId").asString();
        var sponsor = new ApiClient(port).as(TestUsers.SPONSOR);
        await().atMost(Duration.ofSeconds(10)).until(() -> sponsor.get("/api/projects/" + project).status() == 200);
        var result = sponsor.post("/api/projects/" + project + "/results", """
                {"periodFrom":"2026-01-01","periodTo":"2026-06-30","indicators":{"PARTICIPANTS":12},
                 "narrative":"Praxistage","audience":"NETWORK"}""");
        assertThat(result.status()).as(result.body()).isEqualTo(201);
        return project;
    }

    private static void region(ApiClient office, String regionKey) {
        var registered = office.post("/api/regions", """
                {"key":"%s","name":"Prüfkreis %s","kind":"DISTRICT"}""".formatted(regionKey, regionKey));
        assertThat(registered.status()).as(registered.body()).isIn(201, 409);
    }
}
