package de.regionet.infra.console.audit;

import de.regionet.infra.ApiClient;
import de.regionet.infra.PageClient;
import de.regionet.infra.RegioNetTest;
import de.regionet.infra.TestUsers;
import de.regionet.kernel.NetworkTime;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import static de.regionet.infra.console.audit.AuditConsoleData.EARLY_MEMBER;
import static de.regionet.infra.console.audit.AuditConsoleData.LATE_MEMBER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The auditors' console over HTTP: browsing streams, a working group's members on an earlier day, verification,
 * a project's lineage as a graph and a list, the export as a download, English, refusals for other roles, and every
 * read recorded in the audit log.
 */
@RegioNetTest
class AuditConsolePageTest {

    @LocalServerPort
    int port;

    @Test
    void moving_the_date_back_shows_the_members_seated_on_that_day() {
        var group = AuditConsoleData.workingGroupWithHistory(port, "99456");
        var auditor = new PageClient(port).signIn(TestUsers.AUDITOR);
        var history = "/console/pruefung/working-group/" + group;

        var today = auditor.get(history);
        assertThat(today.status()).isEqualTo(200);
        assertThat(today.body()).contains("Stand am", "Bekannt am", "type=\"date\"", EARLY_MEMBER, LATE_MEMBER,
                "MemberAdmitted", TestUsers.OFFICE);

        var summer2022 = auditor.get(history + "?asOf=2022-08-01");
        assertThat(summer2022.body()).contains(EARLY_MEMBER, "Mitglieder an diesem Tag (1)", "noch nicht gültig")
                .doesNotContain("<td>" + LATE_MEMBER + "</td>");

        var beforeAnyone = auditor.get(history + "?asOf=2021-06-30");
        assertThat(beforeAnyone.body()).contains("Mitglieder an diesem Tag (0)");

        var beforeItExisted = auditor.get(history + "?asOf=2020-01-01");
        assertThat(beforeItExisted.status()).isEqualTo(200);
        assertThat(beforeItExisted.body()).contains("bestand der Verlauf noch nicht");
    }

    @Test
    void a_date_that_is_no_date_is_named_on_the_form() {
        var group = AuditConsoleData.workingGroupWithHistory(port, "99456");
        var auditor = new PageClient(port).signIn(TestUsers.AUDITOR);

        var refused = auditor.get("/console/pruefung/working-group/" + group + "?asOf=gestern");

        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("role=\"alert\"", "href=\"#asOf\"", "„Stand am“ ist kein Datum",
                "aria-invalid=\"true\"");
    }

    @Test
    void the_streams_are_listed_by_type_with_their_event_count() {
        var group = AuditConsoleData.workingGroupWithHistory(port, "99456");
        var auditor = new PageClient(port).signIn(TestUsers.AUDITOR);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(auditor
                .get("/console/pruefung?typ=working-group").body()).contains("RAK Prüfkreis 99456"));
        var listed = auditor.get("/console/pruefung?typ=working-group").body();
        var row = listed.substring(listed.indexOf("RAK Prüfkreis 99456"));
        assertThat(row.substring(0, row.indexOf("</tr>"))).contains("<td>3</td>");
        assertThat(listed).contains("/console/pruefung/working-group/" + group, "<caption",
                "/console/pruefung/export");
        assertThat(auditor.get("/console/pruefung").body()).contains("Prüfung: Verläufe");
    }

    @Test
    void the_verification_page_says_ok_and_names_the_latest_checkpoint() {
        var auditor = new PageClient(port).signIn(TestUsers.AUDITOR);

        var page = auditor.get("/console/pruefung/verifikation");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Ergebnis: ok", "Letzter Kontrollpunkt", "Jetzt erneut prüfen");
    }

    @Test
    void a_projects_lineage_is_drawn_from_its_call_through_the_decision_to_its_result() {
        var project = AuditConsoleData.projectWithResult(port, "99459");
        var auditor = new PageClient(port).signIn(TestUsers.AUDITOR);

        var page = auditor.get("/console/pruefung/projekte/" + project + "/herkunft");

        assertThat(page.status()).isEqualTo(200);
        var body = page.body();
        assertThat(body).contains("<svg", "role=\"img\"", "<title id=\"lineage-title\"", "<desc id=\"lineage-desc\"",
                "marker-end=\"url(#arrow)\"", "/console/pruefung/project/" + project);
        var columns = List.of("Herkunft", "Aufruf", "Beschluss", "Projekt", "Ergebnis");
        assertThat(body.substring(body.indexOf("<svg"), body.indexOf("</svg>"))).containsSubsequence(columns);
        assertThat(body.substring(body.indexOf("</svg>"))).containsSubsequence(columns)
                .contains("/console/pruefung/call/", "/console/pruefung/working-group/");
    }

    @Test
    void the_export_downloads_as_an_attachment_with_every_event_and_a_signed_manifest() {
        var group = AuditConsoleData.workingGroupWithHistory(port, "99456");
        var auditor = new PageClient(port).signIn(TestUsers.AUDITOR);

        var download = auditor.get("/console/pruefung/export");

        assertThat(download.status()).isEqualTo(200);
        assertThat(download.header("Content-Type")).startsWith("application/x-ndjson");
        assertThat(download.header("Content-Disposition")).startsWith("attachment; filename=\"regionet-events-")
                .endsWith(".ndjson\"");
        var lines = download.body().lines().toList();
        assertThat(lines).anyMatch(line -> line.contains(group) && line.contains("MemberAdmitted"));
        assertThat(lines.get(lines.size() - 1)).contains("\"manifest\"", "\"signature\"");
    }

    @Test
    void the_pages_speak_english_on_request() {
        var group = AuditConsoleData.workingGroupWithHistory(port, "99456");
        var auditor = new PageClient(port).signIn(TestUsers.AUDITOR);

        var page = auditor.get("/console/pruefung/working-group/" + group + "?asOf=2022-08-01&lang=en");

        assertThat(page.body()).contains("lang=\"en\"", "As of", "Known at", "Members on that day (1)",
                "not yet valid");
        assertThat(auditor.get("/console/pruefung/verifikation").body()).contains("Result: ok");
    }

    @Test
    void coordinators_and_sponsors_get_the_forbidden_page_and_strangers_the_sign_in() {
        var group = AuditConsoleData.workingGroupWithHistory(port, "99456");
        var pages = List.of("/console/pruefung", "/console/pruefung/working-group/" + group,
                "/console/pruefung/verifikation", "/console/pruefung/arbeitskreise/" + group + "/herkunft",
                "/console/pruefung/export");
        for (var user : List.of(TestUsers.COORDINATOR_HARZ, TestUsers.SPONSOR)) {
            var client = new PageClient(port).signIn(user);
            for (var page : pages) {
                var refused = client.get(page);
                assertThat(refused.status()).as(user + " " + page).isEqualTo(403);
                assertThat(refused.header("Content-Type")).as(page).startsWith("text/html");
            }
        }
        for (var page : pages) {
            assertThat(new PageClient(port).get(page).location()).as(page).contains("/anmelden?weiter=");
        }
    }

    @Test
    void every_read_of_the_auditors_pages_is_recorded_in_the_audit_log() {
        var group = AuditConsoleData.workingGroupWithHistory(port, "99456");
        new PageClient(port).signIn(TestUsers.AUDITOR).get("/console/pruefung/working-group/" + group
                + "?asOf=2022-08-01");

        var log = new ApiClient(port).as(TestUsers.AUDITOR).get("/api/audit/streams/audit-log/audit-log-"
                + NetworkTime.today(Clock.systemUTC()) + "/events");

        assertThat(log.body()).contains("/console/pruefung/working-group/" + group, "asOf=2022-08-01",
                "\"principal\":\"" + TestUsers.AUDITOR + "\"");
    }
}
