package de.regionet.command.auditlog;

import de.regionet.command.access.CommandSenders;
import de.regionet.command.access.Senders;
import de.regionet.kernel.EventMetaData;
import de.regionet.kernel.Rejection;
import de.regionet.kernel.access.Actor;
import de.regionet.kernel.access.Role;
import de.regionet.kernel.auditlog.AuditLogCommand.RecordDeadLetterRetry;
import de.regionet.kernel.auditlog.AuditLogCommand.RecordHistoryImport;
import de.regionet.kernel.auditlog.AuditLogCommand.RecordHistoryRead;
import de.regionet.kernel.auditlog.AuditLogCommand.RecordPersonalDataDisclosure;
import de.regionet.kernel.auditlog.AuditLogCommand.RecordPersonalDataErasure;
import de.regionet.kernel.auditlog.AuditLogCommand.RecordReadModelReplay;
import de.regionet.kernel.auditlog.AuditLogEvent.DeadLettersRetried;
import de.regionet.kernel.auditlog.AuditLogEvent.HistoryImported;
import de.regionet.kernel.auditlog.AuditLogEvent.HistoryRead;
import de.regionet.kernel.auditlog.AuditLogEvent.PersonalDataDisclosed;
import de.regionet.kernel.auditlog.AuditLogEvent.PersonalDataErased;
import de.regionet.kernel.auditlog.AuditLogEvent.ReadModelReplayStarted;
import de.regionet.kernel.auditlog.AuditLogId;
import de.regionet.kernel.network.Networks;
import de.regionet.kernel.personal.SubjectId;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static de.regionet.command.access.Rejections.rejectedAs;
import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.predicate;

class AuditLogTest {

    private static final AuditLogId TODAY = AuditLogId.of(LocalDate.of(2026, 11, 23));
    private FixtureConfiguration<AuditLog> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(AuditLog.class);
        fixture.registerCommandHandlerInterceptor(new CommandSenders());
        fixture.registerInjectableResource((Networks) Networks::known);
    }

    @Test
    void an_office_of_another_network_than_the_default_one_does_no_installation_wide_operation() {
        fixture.givenNoPriorActivity()
                .when(new RecordReadModelReplay(TODAY, "regions"), Senders.sentBy(Senders.OFFICE_NRW))
                .expectException(rejectedAs(Rejection.Kind.FORBIDDEN))
                .expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(new RecordPersonalDataErasure(TODAY, List.of(), List.of(), 0), Senders.sentBy(Senders.OFFICE_NRW))
                .expectException(rejectedAs(Rejection.Kind.FORBIDDEN))
                .expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(new RecordHistoryImport(TODAY, "import-1", "ab".repeat(32), 10, 7, 2, 1),
                        Senders.sentBy(Senders.OFFICE_NRW))
                .expectException(rejectedAs(Rejection.Kind.FORBIDDEN))
                .expectNoEvents();
    }

    @Test
    void the_first_read_of_a_day_opens_that_days_log() {
        fixture.givenNoPriorActivity()
                .when(new RecordHistoryRead(TODAY, "/api/audit/streams", ""), Senders.sentBy(Senders.AUDITOR))
                .expectEvents(new HistoryRead(TODAY, "/api/audit/streams", ""));
    }

    @Test
    void later_reads_of_the_day_go_to_the_same_log() {
        fixture.given(new HistoryRead(TODAY, "/api/audit/streams", ""))
                .when(new RecordHistoryRead(TODAY, "/api/audit/events", "region=15089"),
                        Senders.sentBy(Senders.OFFICE))
                .expectEvents(new HistoryRead(TODAY, "/api/audit/events", "region=15089"));
    }

    @Test
    void a_replay_is_recorded_for_the_network_office() {
        fixture.given(new HistoryRead(TODAY, "/api/audit/streams", ""))
                .when(new RecordReadModelReplay(TODAY, "regions"), Senders.sentBy(Senders.OFFICE))
                .expectEvents(new ReadModelReplayStarted(TODAY, "regions"));
    }

    @Test
    void a_dead_letter_retry_is_recorded_for_the_network_office() {
        fixture.givenNoPriorActivity()
                .when(new RecordDeadLetterRetry(TODAY, "regions"), Senders.sentBy(Senders.OFFICE))
                .expectEvents(new DeadLettersRetried(TODAY, "regions"));
    }

    @Test
    void the_operator_has_read_models_rebuilt_and_their_dead_letters_retried_as_installation_wide_operations() {
        var operator = new Actor("operator", Set.of(Role.OPERATOR), Set.of(), null);
        fixture.givenNoPriorActivity()
                .when(new RecordReadModelReplay(TODAY, "regions"), Senders.sentBy(operator))
                .expectEvents(new ReadModelReplayStarted(TODAY, "regions"));
        fixture.givenNoPriorActivity()
                .when(new RecordDeadLetterRetry(TODAY, "regions"), Senders.sentBy(operator))
                .expectEvents(new DeadLettersRetried(TODAY, "regions"));
    }

    @Test
    void the_operator_imports_no_history_and_erases_no_personal_data() {
        var operator = new Actor("operator", Set.of(Role.OPERATOR), Set.of(), null);
        fixture.givenNoPriorActivity()
                .when(new RecordHistoryImport(TODAY, "import-1", "ab".repeat(32), 10, 7, 2, 1),
                        Senders.sentBy(operator))
                .expectException(Rejection.class)
                .expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(new RecordPersonalDataErasure(TODAY, List.of(), List.of(), 0), Senders.sentBy(operator))
                .expectException(Rejection.class)
                .expectNoEvents();
    }

    @Test
    void a_history_import_is_recorded_for_the_network_office() {
        fixture.given(new HistoryRead(TODAY, "/api/audit/streams", ""))
                .when(new RecordHistoryImport(TODAY, "import-1", "ab".repeat(32), 10, 7, 2, 1),
                        Senders.sentBy(Senders.OFFICE))
                .expectEvents(new HistoryImported(TODAY, "import-1", "ab".repeat(32), 10, 7, 2, 1));
    }

    @Test
    void only_the_network_office_records_a_history_import() {
        fixture.givenNoPriorActivity()
                .when(new RecordHistoryImport(TODAY, "import-1", "ab".repeat(32), 10, 7, 2, 1),
                        Senders.sentBy(Senders.AUDITOR))
                .expectException(Rejection.class)
                .expectNoEvents();
    }

    @Test
    void an_auditor_cannot_retry_dead_letters() {
        fixture.givenNoPriorActivity()
                .when(new RecordDeadLetterRetry(TODAY, "regions"), Senders.sentBy(Senders.AUDITOR))
                .expectException(Rejection.class)
                .expectNoEvents();
    }

    @Test
    void an_auditor_cannot_have_read_models_rebuilt() {
        fixture.givenNoPriorActivity()
                .when(new RecordReadModelReplay(TODAY, "regions"), Senders.sentBy(Senders.AUDITOR))
                .expectException(Rejection.class)
                .expectNoEvents();
    }

    @Test
    void a_sponsor_reads_no_audit_history() {
        fixture.givenNoPriorActivity()
                .when(new RecordHistoryRead(TODAY, "/api/audit/streams", ""), Senders.sentBy(Senders.SPONSOR))
                .expectException(Rejection.class)
                .expectNoEvents();
    }

    @Test
    void an_erasure_is_recorded_with_its_subjects_and_kinds_but_none_of_the_erased_data() {
        var subject = new SubjectId("ds-5f0c2a4e-8b1d-4e6f-9a3c-1d2e3f4a5b6c");
        fixture.givenNoPriorActivity()
                .when(new RecordPersonalDataErasure(TODAY, List.of(subject), List.of("registration"), 1),
                        Senders.sentBy(Senders.OFFICE))
                .expectEvents(new PersonalDataErased(TODAY, List.of(subject), List.of("registration"), 1));
    }

    @Test
    void an_access_request_answered_is_recorded() {
        var subject = new SubjectId("ds-5f0c2a4e-8b1d-4e6f-9a3c-1d2e3f4a5b6c");
        fixture.givenNoPriorActivity()
                .when(new RecordPersonalDataDisclosure(TODAY, List.of(subject), 2), Senders.sentBy(Senders.OFFICE))
                .expectEvents(new PersonalDataDisclosed(TODAY, List.of(subject), 2));
    }

    @Test
    void only_the_network_office_answers_access_requests() {
        var subject = new SubjectId("ds-5f0c2a4e-8b1d-4e6f-9a3c-1d2e3f4a5b6c");
        fixture.givenNoPriorActivity()
                .when(new RecordPersonalDataDisclosure(TODAY, List.of(subject), 2), Senders.sentBy(Senders.AUDITOR))
                .expectException(Rejection.class)
                .expectNoEvents();
    }

    @Test
    void an_entry_records_the_networks_its_principal_held_a_role_in() {
        fixture.givenNoPriorActivity()
                .when(new RecordHistoryRead(TODAY, "/api/audit/streams", ""), Senders.sentBy(Senders.OFFICE_NRW))
                .expectEventsMatching(exactSequenceOf(
                        predicate(event -> List.of("hessen", "nordrhein-westfalen")
                                .equals(event.getMetaData().get(EventMetaData.PRINCIPAL_NETWORKS))),
                        andNoMore()));
    }

    @Test
    void an_entry_of_a_principal_whose_roles_hold_everywhere_names_no_network() {
        fixture.givenNoPriorActivity()
                .when(new RecordHistoryRead(TODAY, "/api/audit/streams", ""), Senders.sentBy(Senders.AUDITOR))
                .expectEventsMatching(exactSequenceOf(
                        predicate(event -> List.of()
                                .equals(event.getMetaData().get(EventMetaData.PRINCIPAL_NETWORKS))),
                        andNoMore()));
    }
}
