package de.regionet.infra.history;

import com.mongodb.client.MongoDatabase;
import de.regionet.infra.RegioNetTest;
import de.regionet.infra.history.ImportStatus.Refusal;
import de.regionet.infra.history.ImportStatus.State;
import de.regionet.kernel.EventMetaData;
import de.regionet.kernel.NetworkTime;
import de.regionet.kernel.auditlog.AuditLogEvent.HistoryImported;
import de.regionet.kernel.auditlog.AuditLogId;
import de.regionet.kernel.personal.PersonalDataVault;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A history file applied through the command bus: every line judged by the same rules as over HTTP, refused lines
 * reported by number without stopping the rest, a second import changing nothing, a dry run storing nothing.
 * Region keys 99361–99379.
 */
@RegioNetTest
class HistoryImportTest {

    static final String HEADER = """
            {"format":"regionet-import","version":1,"title":"Test","description":"Testdatei"}""";

    @Autowired
    Imports imports;

    @Autowired
    ImportLedger ledger;

    @Autowired
    EventStore store;

    @Autowired
    Clock clock;

    @Autowired
    MongoDatabase database;

    @Autowired
    PersonalDataVault vault;

    @TempDir
    Path directory;

    @Test
    void a_small_file_imports_without_refusals_and_a_second_import_adds_no_event() throws IOException {
        var file = file(smallNetwork("99361"));

        var first = imports.runHere(file, false, "office", status -> {
        });

        assertThat(first.state()).isEqualTo(State.DONE);
        assertThat(first.refusals()).isEmpty();
        assertThat(first.total()).isEqualTo(6);
        assertThat(first.applied()).isEqualTo(6);
        var member = store.readEvents("rak-99361").asStream().filter(event -> event.getSequenceNumber() == 1)
                .findFirst().orElseThrow();
        assertThat(member.getMetaData()).containsEntry(EventMetaData.PRINCIPAL, vault.userSubject("office").value())
                .containsEntry(EventMetaData.IMPORT_ID, first.id())
                .containsEntry(EventMetaData.IMPORT_LINE, "99361-member-jc")
                .containsEntry(EventMetaData.IMPORT_OFFICE, "coordination:99361")
                .containsEntry(EventMetaData.EFFECTIVE_ON, "2022-07-01");
        assertThat(auditTrail()).anySatisfy(imported -> {
            assertThat(imported.importId()).isEqualTo(first.id());
            assertThat(imported.fileSha256()).isEqualTo(first.fileSha256());
            assertThat(imported.applied()).isEqualTo(6);
        });

        var head = head();
        var second = imports.runHere(file, false, "office", status -> {
        });

        assertThat(second.unchanged()).isEqualTo(6);
        assertThat(second.applied()).isZero();
        assertThat(second.refused()).isZero();
        assertThat(head()).isEqualTo(head);
    }

    @Test
    void broken_lines_are_reported_by_number_and_id_and_the_rest_is_imported() throws IOException {
        var file = file(
                HEADER,
                region("99362-region", "99362", "Landkreis Harz"),
                "{\"id\":\"99362-broken\",\"office\":",
                "",
                line("99362-unknown", "network-office", "2022-01-01", "FoundRegion", "{\"key\":\"99362\"}"),
                region("99362-bad-key", "123", "Landkreis Nirgendwo"),
                region("99362-again", "99362", "Landkreis Harz"),
                line("99362-future", "network-office", "2999-01-01", "RegisterRegion",
                        "{\"key\":\"99363\",\"name\":\"Zukunft\",\"kind\":\"DISTRICT\"}"),
                line("99362-sponsor", "sponsor:Bildungswerk Harz", "2022-01-01", "RegisterRegion",
                        "{\"key\":\"99364\",\"name\":\"Börde\",\"kind\":\"DISTRICT\"}"),
                line("99362-elsewhere", "coordination:99089", "2022-03-01", "EstablishWorkingGroup",
                        "{\"key\":\"99362\",\"workingGroupId\":\"rak-99362\",\"name\":\"RAK Harz\",\"establishedOn\":\"2022-03-01\"}"),
                line("99362-rak", "coordination:99362", "2022-03-01", "EstablishWorkingGroup",
                        "{\"key\":\"99362\",\"workingGroupId\":\"rak-99362\",\"name\":\"RAK Harz\",\"establishedOn\":\"2022-03-01\"}"));

        var status = imports.runHere(file, false, "office", progress -> {
        });

        assertThat(status.state()).isEqualTo(State.DONE);
        assertThat(status.total()).isEqualTo(9);
        assertThat(status.done()).isEqualTo(9);
        assertThat(status.applied()).isEqualTo(2);
        assertThat(status.refused()).isEqualTo(7);
        assertThat(status.refusals()).extracting(Refusal::line).containsExactly(3L, 5L, 6L, 7L, 8L, 9L, 10L);
        assertThat(status.refusals()).extracting(Refusal::id).containsExactly(null, "99362-unknown",
                "99362-bad-key", "99362-again", "99362-future", "99362-sponsor", "99362-elsewhere");
        assertThat(status.refusals().get(1).reason()).contains("unknown command FoundRegion");
        assertThat(status.refusals().get(2).reason()).contains("5-digit");
        assertThat(status.refusals().get(3).reason()).contains("already");
        assertThat(status.refusals().get(4).reason()).contains("future");
        assertThat(ledger.find("99362-rak")).isPresent();
        assertThat(ledger.find("99362-again")).isEmpty();
    }

    @Test
    void a_dry_run_stores_nothing_and_judges_a_later_line_by_what_earlier_lines_did() throws IOException {
        var file = file(
                HEADER,
                region("99365-region", "99365", "Landkreis Mansfeld-Südharz"),
                line("99365-rak", "coordination:99365", "2022-03-01", "EstablishWorkingGroup",
                        "{\"key\":\"99365\",\"workingGroupId\":\"rak-99365\",\"name\":\"RAK Mansfeld-Südharz\",\"establishedOn\":\"2022-03-01\"}"),
                admission("99365-member-jc", "99365", "rak-99365-jc", "Jobcenter Mansfeld-Südharz", "JOB_CENTRE",
                        "2022-07-01"),
                admission("99365-member-again", "99365", "rak-99365-jc", "Jobcenter Mansfeld-Südharz",
                        "JOB_CENTRE", "2022-08-01"));
        var head = head();

        var dryRun = imports.runHere(file, true, "office", status -> {
        });

        assertThat(dryRun.dryRun()).isTrue();
        assertThat(dryRun.state()).isEqualTo(State.DONE);
        assertThat(dryRun.applied()).isEqualTo(3);
        assertThat(dryRun.refusals()).extracting(Refusal::line, Refusal::id)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(5L, "99365-member-again"));
        assertThat(head()).isEqualTo(head);
        assertThat(store.readEvents("99365").asStream().toList()).isEmpty();
        assertThat(ledger.find("99365-region")).isEmpty();

        var real = imports.runHere(file, false, "office", status -> {
        });

        assertThat(real.applied()).isEqualTo(3);
        assertThat(real.refusals()).extracting(Refusal::reason).isEqualTo(dryRun.refusals().stream()
                .map(Refusal::reason).toList());
    }

    @Test
    void a_dry_run_schedules_no_deadline() throws IOException {
        var today = NetworkTime.today(clock);
        var lines = new ArrayList<>(smallNetwork("99369"));
        lines.add(line("99369-circulation", "coordination:99369", today.toString(), "OpenCirculation",
                "{\"workingGroupId\":\"rak-99369\",\"resolutionId\":\"rak-99369-circulation-1\","
                        + "\"motion\":\"Handlungsschwerpunkte 2026\",\"openedOn\":\"" + today + "\","
                        + "\"deadline\":\"" + today.plusDays(14) + "\",\"closesAt\":\""
                        + NetworkTime.endOf(today.plusDays(14)) + "\"}"));
        var deadlines = database.getCollection("deadlines");
        var scheduled = deadlines.countDocuments();

        var dryRun = imports.runHere(file(lines), true, "office", status -> {
        });

        assertThat(dryRun.refusals()).isEmpty();
        assertThat(dryRun.applied()).isEqualTo(7);
        assertThat(deadlines.countDocuments()).isEqualTo(scheduled);
    }

    @Test
    void a_known_id_with_other_content_is_a_conflict_and_a_correction_replaces_an_earlier_line() throws IOException {
        imports.runHere(file(HEADER, region("99366-region", "99366", "Landkreis Stendal"),
                line("99366-rak", "network-office", "2022-03-01", "EstablishWorkingGroup",
                        "{\"key\":\"99366\",\"workingGroupId\":\"rak-99366\",\"name\":\"RAK Stendal\",\"establishedOn\":\"2022-03-01\"}"),
                admission("99366-member", "99366", "rak-99366-aa", "Agentur für Arbeit Stendal",
                        "EMPLOYMENT_AGENCY", "2022-07-01")), false, "office", status -> {
        });

        var second = imports.runHere(file(HEADER,
                region("99366-region", "99366", "Hansestadt Stendal"),
                """
                        {"id":"99366-member-withdrawn","replaces":"99366-member","office":"network-office",\
                        "effectiveOn":"2023-01-31","command":"WithdrawMember","body":{"workingGroupId":"rak-99366",\
                        "memberId":"rak-99366-aa","withdrawnOn":"2023-01-31"}}"""), false, "office", status -> {
        });

        assertThat(second.refusals()).singleElement().satisfies(refusal -> {
            assertThat(refusal.line()).isEqualTo(2);
            assertThat(refusal.reason()).startsWith("conflict");
        });
        assertThat(second.applied()).isEqualTo(1);
        assertThat(ledger.find("99366-member")).get().extracting(ImportLedger.Entry::outcome)
                .isEqualTo(ImportLedger.REPLACED);
    }

    @Test
    void progress_is_told_after_every_line() throws IOException {
        var seen = new ArrayList<ImportStatus>();

        var status = imports.runHere(file(smallNetwork("99367")), false, "office", seen::add);

        assertThat(seen).extracting(ImportStatus::done).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
        assertThat(seen).allSatisfy(progress -> {
            assertThat(progress.total()).isEqualTo(6);
            assertThat(progress.state()).isEqualTo(State.RUNNING);
        });
        assertThat(imports.status(status.id())).get().isEqualTo(status);
        assertThat(imports.all()).first().isEqualTo(status);
    }

    @Test
    void a_file_without_header_fails_and_applies_nothing() throws IOException {
        var status = imports.runHere(file(region("99368-region", "99368", "Landkreis Börde")), false, "office",
                progress -> {
                });

        assertThat(status.state()).isEqualTo(State.FAILED);
        assertThat(status.failure()).contains("header");
        assertThat(ledger.find("99368-region")).isEmpty();
    }

    static List<String> smallNetwork(String key) {
        var group = "rak-" + key;
        return List.of(HEADER,
                region(key + "-region", key, "Landkreis " + key),
                line(key + "-rak", "coordination:" + key, "2022-03-01", "EstablishWorkingGroup",
                        "{\"key\":\"" + key + "\",\"workingGroupId\":\"" + group + "\",\"name\":\"RAK " + key
                                + "\",\"establishedOn\":\"2022-03-01\"}"),
                admission(key + "-member-jc", key, group + "-jc", "Jobcenter " + key, "JOB_CENTRE", "2022-07-01"),
                admission(key + "-member-aa", key, group + "-aa", "Agentur für Arbeit " + key, "EMPLOYMENT_AGENCY",
                        "2022-07-01"),
                line(key + "-reko", "coordination:" + key, "2022-07-01", "SetCoordination",
                        "{\"workingGroupId\":\"" + group + "\",\"organisation\":\"REKO " + key
                                + "\",\"period\":{\"from\":\"2022-07-01\",\"to\":\"2027-12-31\"}}"),
                "",
                line(key + "-rules", "coordination:" + key, "2022-07-01", "SetRulesOfProcedure",
                        "{\"workingGroupId\":\"" + group + "\",\"rules\":{\"validFrom\":\"2022-07-01\","
                                + "\"quorum\":\"MORE_THAN_HALF_OF_VOTING_MEMBERS\",\"majority\":\"SIMPLE\","
                                + "\"votingCategories\":[\"JOB_CENTRE\",\"EMPLOYMENT_AGENCY\"]}}"));
    }

    static String region(String id, String key, String name) {
        return line(id, "network-office", "2022-01-01", "RegisterRegion",
                "{\"key\":\"" + key + "\",\"name\":\"" + name + "\",\"kind\":\"DISTRICT\"}");
    }

    static String admission(String id, String key, String memberId, String organisation, String category,
                            String on) {
        return line(id, "coordination:" + key, on, "AdmitMember",
                "{\"workingGroupId\":\"rak-" + key + "\",\"memberId\":\"" + memberId + "\",\"organisation\":\""
                        + organisation + "\",\"category\":\"" + category + "\",\"admittedOn\":\"" + on + "\"}");
    }

    static String line(String id, String office, String effectiveOn, String command, String body) {
        return "{\"id\":\"" + id + "\",\"office\":\"" + office + "\",\"effectiveOn\":\"" + effectiveOn
                + "\",\"command\":\"" + command + "\",\"body\":" + body + "}";
    }

    private Path file(String... lines) throws IOException {
        return file(List.of(lines));
    }

    private Path file(List<String> lines) throws IOException {
        var file = Files.createTempFile(directory, "history-", ".ndjson");
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return file;
    }

    private Long head() {
        var token = store.createHeadToken();
        return token == null ? null : token.position().orElseThrow();
    }

    private List<HistoryImported> auditTrail() {
        return store.readEvents(AuditLogId.of(NetworkTime.today(clock)).value()).asStream()
                .map(DomainEventMessage::getPayload).filter(HistoryImported.class::isInstance)
                .map(HistoryImported.class::cast).toList();
    }
}
