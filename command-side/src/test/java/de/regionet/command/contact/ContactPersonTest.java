package de.regionet.command.contact;

import de.regionet.command.access.CommandSenders;
import de.regionet.command.access.Senders;
import de.regionet.command.personal.InMemoryVault;
import de.regionet.kernel.Rejection;
import de.regionet.kernel.contact.ContactDetails;
import de.regionet.kernel.contact.ContactKind;
import de.regionet.kernel.contact.ContactPersonCommand.ChangeContactPerson;
import de.regionet.kernel.contact.ContactPersonCommand.ConsentToPublication;
import de.regionet.kernel.contact.ContactPersonCommand.RecordContactPerson;
import de.regionet.kernel.contact.ContactPersonCommand.RemoveContactPerson;
import de.regionet.kernel.contact.ContactPersonCommand.WithdrawPublicationConsent;
import de.regionet.kernel.contact.ContactPersonEvent.ContactPersonChanged;
import de.regionet.kernel.contact.ContactPersonEvent.ContactPersonRecorded;
import de.regionet.kernel.contact.ContactPersonEvent.ContactPersonRemoved;
import de.regionet.kernel.contact.ContactPersonEvent.PublicationConsentWithdrawn;
import de.regionet.kernel.contact.ContactPersonEvent.PublicationConsented;
import de.regionet.kernel.contact.ContactPersonId;
import de.regionet.kernel.network.NetworkId;
import de.regionet.kernel.network.Networks;
import de.regionet.kernel.personal.SubjectId;
import de.regionet.kernel.region.RegionKey;
import de.regionet.kernel.workinggroup.WorkingGroupId;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import static de.regionet.command.access.Rejections.rejected;
import static de.regionet.command.access.Rejections.rejectedAs;
import static de.regionet.command.personal.InMemoryVault.sealed;
import static de.regionet.command.personal.InMemoryVault.subject;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The contact persons of the Salzlandkreis's coordination office, its working group and the network office. */
class ContactPersonTest {

    private static final ContactPersonId ANNA = new ContactPersonId("contact-anna");
    private static final RegionKey SALZLANDKREIS = new RegionKey("15089");
    private static final RegionKey DORTMUND = new RegionKey("05913");
    private static final NetworkId NRW = new NetworkId("nordrhein-westfalen");
    private static final WorkingGroupId RAK = new WorkingGroupId("rak-salzlandkreis");
    private static final Instant NOW = Instant.parse("2026-11-20T09:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    private static final ContactDetails DETAILS = new ContactDetails("Anna Beispiel", "Regionalkoordinatorin",
            "+49 3471 684-0", "anna.beispiel@example.org");

    private final InMemoryVault vault = new InMemoryVault();
    private FixtureConfiguration<ContactPerson> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ContactPerson.class);
        fixture.registerInjectableResource(vault);
        fixture.registerInjectableResource((Networks) Networks::known);
        fixture.registerInjectableResource((WorkingGroupRegions) group ->
                group.equals(RAK) ? Optional.of(SALZLANDKREIS) : Optional.empty());
        fixture.registerCommandDispatchInterceptor(Senders.byDefault(Senders.coordinatorOf("15089")));
        fixture.registerCommandHandlerInterceptor(new CommandSenders());
    }

    private static ContactPersonRecorded recorded(ContactKind kind, RegionKey region, WorkingGroupId group,
                                                  SubjectId subject, ContactDetails details) {
        return new ContactPersonRecorded(ANNA, kind, region, group, subject, sealed(subject, details.name()),
                sealed(subject, details.function()), sealed(subject, details.telephone()),
                sealed(subject, details.email()));
    }

    /** Anna recorded as the coordination office's contact, under the vault's first subject. */
    private ContactPersonRecorded annaRecorded() {
        vault.newSubject(DETAILS.email());
        return recorded(ContactKind.COORDINATION_OFFICE, SALZLANDKREIS, null, subject(1), DETAILS);
    }

    @Test
    void the_coordination_records_its_office_contact_sealed_under_a_subject_of_its_own() {
        fixture.givenNoPriorActivity()
                .when(new RecordContactPerson(ANNA, ContactKind.COORDINATION_OFFICE, SALZLANDKREIS, null, DETAILS))
                .expectSuccessfulHandlerExecution()
                .expectEvents(recorded(ContactKind.COORDINATION_OFFICE, SALZLANDKREIS, null, subject(1), DETAILS));
        assertThat(vault.subjectsByEmail("Anna.Beispiel@example.org")).containsExactly(subject(1));
    }

    @Test
    void a_chair_belongs_to_the_region_of_its_working_group() {
        fixture.givenNoPriorActivity()
                .when(new RecordContactPerson(ANNA, ContactKind.WORKING_GROUP_CHAIR, null, RAK, DETAILS))
                .expectEvents(recorded(ContactKind.WORKING_GROUP_CHAIR, SALZLANDKREIS, RAK, subject(1), DETAILS));
    }

    @Test
    void a_chair_of_an_unknown_working_group_is_refused_naming_the_field() {
        fixture.givenNoPriorActivity()
                .when(new RecordContactPerson(ANNA, ContactKind.WORKING_GROUP_DEPUTY, null,
                        new WorkingGroupId("no-such-group"), DETAILS))
                .expectException(rejected(Rejection.Kind.INVALID, "workingGroupId"));
    }

    @Test
    void a_coordinator_of_another_region_may_not_record_its_contacts() {
        fixture.givenNoPriorActivity()
                .when(new RecordContactPerson(ANNA, ContactKind.COORDINATION_OFFICE, SALZLANDKREIS, null, DETAILS),
                        Senders.sentBy(Senders.coordinatorOf("15001")))
                .expectException(rejectedAs(Rejection.Kind.FORBIDDEN))
                .expectNoEvents();
    }

    @Test
    void only_the_network_office_records_its_own_contacts() {
        fixture.givenNoPriorActivity()
                .when(new RecordContactPerson(ANNA, ContactKind.NETWORK_OFFICE, null, null, DETAILS))
                .expectException(rejectedAs(Rejection.Kind.FORBIDDEN));
        fixture.givenNoPriorActivity()
                .when(new RecordContactPerson(ANNA, ContactKind.NETWORK_OFFICE, SALZLANDKREIS, null, DETAILS),
                        Senders.sentBy(Senders.OFFICE))
                .expectEvents(recorded(ContactKind.NETWORK_OFFICE, null, null, subject(1), DETAILS));
    }

    @Test
    void auditors_and_sponsors_record_no_contacts() {
        fixture.givenNoPriorActivity()
                .when(new RecordContactPerson(ANNA, ContactKind.COORDINATION_OFFICE, SALZLANDKREIS, null, DETAILS),
                        Senders.sentBy(Senders.AUDITOR))
                .expectException(rejectedAs(Rejection.Kind.FORBIDDEN));
    }

    @Test
    void a_change_keeping_the_address_stays_under_the_same_subject() {
        var given = annaRecorded();
        var changed = new ContactDetails("Anna Beispiel", "Leiterin der REKO", "03471 684-100",
                "ANNA.BEISPIEL@example.org");
        fixture.given(given)
                .when(new ChangeContactPerson(ANNA, changed, 0L))
                .expectEvents(new ContactPersonChanged(ANNA, subject(1), sealed(subject(1), "Anna Beispiel"),
                        sealed(subject(1), "Leiterin der REKO"), sealed(subject(1), "03471 684-100"),
                        sealed(subject(1), "ANNA.BEISPIEL@example.org")));
    }

    @Test
    void a_changed_address_makes_the_record_a_new_subject_found_by_the_new_address() {
        var given = annaRecorded();
        var moved = new ContactDetails("Anna Beispiel", "Regionalkoordinatorin", null, "a.beispiel@example.net");
        fixture.given(given)
                .when(new ChangeContactPerson(ANNA, moved, null))
                .expectEvents(new ContactPersonChanged(ANNA, subject(2), sealed(subject(2), "Anna Beispiel"),
                        sealed(subject(2), "Regionalkoordinatorin"), null,
                        sealed(subject(2), "a.beispiel@example.net")));
        assertThat(vault.subjectsByEmail("a.beispiel@example.net")).containsExactly(subject(2));
    }

    @Test
    void a_change_to_what_the_record_already_says_records_nothing() {
        fixture.given(annaRecorded())
                .when(new ChangeContactPerson(ANNA, DETAILS, null))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void details_of_an_erased_person_are_sealed_under_a_new_subject() {
        var given = annaRecorded();
        vault.erase(subject(1));
        fixture.given(given)
                .when(new ChangeContactPerson(ANNA, DETAILS, null))
                .expectEvents(new ContactPersonChanged(ANNA, subject(2), sealed(subject(2), DETAILS.name()),
                        sealed(subject(2), DETAILS.function()), sealed(subject(2), DETAILS.telephone()),
                        sealed(subject(2), DETAILS.email())));
    }

    @Test
    void a_change_based_on_an_older_version_is_refused() {
        fixture.given(annaRecorded(), new PublicationConsented(ANNA, TODAY))
                .when(new ChangeContactPerson(ANNA, DETAILS, 0L))
                .expectException(rejectedAs(Rejection.Kind.STALE_VERSION));
    }

    @Test
    void the_consent_to_publication_is_recorded_with_its_day_and_can_be_withdrawn() {
        fixture.given(annaRecorded())
                .andGivenCurrentTime(NOW)
                .when(new ConsentToPublication(ANNA, TODAY, null))
                .expectEvents(new PublicationConsented(ANNA, TODAY));
        fixture.given(annaRecorded(), new PublicationConsented(ANNA, TODAY.minusDays(3)))
                .andGivenCurrentTime(NOW)
                .when(new WithdrawPublicationConsent(ANNA, TODAY, null))
                .expectEvents(new PublicationConsentWithdrawn(ANNA, TODAY));
    }

    @Test
    void consenting_twice_or_withdrawing_no_consent_is_refused() {
        fixture.given(annaRecorded(), new PublicationConsented(ANNA, TODAY))
                .andGivenCurrentTime(NOW)
                .when(new ConsentToPublication(ANNA, TODAY, null))
                .expectException(rejectedAs(Rejection.Kind.CONFLICT));
        fixture.given(annaRecorded())
                .andGivenCurrentTime(NOW)
                .when(new WithdrawPublicationConsent(ANNA, TODAY, null))
                .expectException(rejectedAs(Rejection.Kind.CONFLICT));
    }

    @Test
    void a_consent_dated_ahead_is_refused_naming_the_day() {
        fixture.given(annaRecorded())
                .andGivenCurrentTime(NOW)
                .when(new ConsentToPublication(ANNA, TODAY.plusDays(1), null))
                .expectException(rejected(Rejection.Kind.INVALID, "on"));
    }

    @Test
    void a_removed_contact_takes_no_more_commands() {
        fixture.given(annaRecorded())
                .when(new RemoveContactPerson(ANNA, null))
                .expectEvents(new ContactPersonRemoved(ANNA));
        fixture.given(annaRecorded(), new ContactPersonRemoved(ANNA))
                .when(new ChangeContactPerson(ANNA, DETAILS, null))
                .expectException(rejectedAs(Rejection.Kind.CONFLICT));
    }

    @Test
    void a_coordinator_of_another_region_may_not_touch_the_record() {
        fixture.given(annaRecorded())
                .when(new RemoveContactPerson(ANNA, null), Senders.sentBy(Senders.coordinatorOf("15001")))
                .expectException(rejectedAs(Rejection.Kind.FORBIDDEN));
    }

    @Test
    void details_refuse_invalid_values_naming_the_field_but_never_the_value() {
        assertThatThrownBy(() -> new ContactDetails("Anna", null, "call me 0391", null))
                .hasMessageStartingWith("telephone").hasMessageNotContaining("0391");
        assertThatThrownBy(() -> new ContactDetails("Anna", null, null, "anna at example.org"))
                .hasMessageStartingWith("email").hasMessageNotContaining("anna at");
        assertThatThrownBy(() -> new ContactDetails(" ", null, null, null)).hasMessageStartingWith("name");
    }

    @Test
    void commands_with_personal_data_leave_it_out_of_their_text() {
        var command = new RecordContactPerson(ANNA, ContactKind.COORDINATION_OFFICE, SALZLANDKREIS, null, DETAILS);
        assertThat(command.toString()).doesNotContain("Anna", "684", "example.org");
        assertThat(new ChangeContactPerson(ANNA, DETAILS, 3L).toString()).doesNotContain("Anna", "684", "example");
    }

    // ---- networks

    private static ContactPersonRecorded inNetwork(ContactKind kind, RegionKey region, NetworkId network) {
        var subject = subject(1);
        return new ContactPersonRecorded(ANNA, kind, region, null, subject, sealed(subject, DETAILS.name()),
                sealed(subject, DETAILS.function()), sealed(subject, DETAILS.telephone()),
                sealed(subject, DETAILS.email()), network);
    }

    @Test
    void a_network_office_contact_belongs_to_the_network_of_the_office_that_records_it() {
        fixture.givenNoPriorActivity()
                .when(new RecordContactPerson(ANNA, ContactKind.NETWORK_OFFICE, null, null, DETAILS),
                        Senders.sentBy(Senders.OFFICE_NRW))
                .expectEvents(inNetwork(ContactKind.NETWORK_OFFICE, null, NRW));
    }

    @Test
    void an_office_of_one_network_may_not_record_a_contact_of_another_networks_office() {
        fixture.givenNoPriorActivity()
                .when(new RecordContactPerson(ANNA, ContactKind.NETWORK_OFFICE, null, null, DETAILS, NRW),
                        Senders.sentBy(Senders.OFFICE_SACHSEN_ANHALT))
                .expectException(rejectedAs(Rejection.Kind.FORBIDDEN))
                .expectNoEvents();
    }

    @Test
    void a_contact_in_an_unknown_network_is_refused_naming_the_field() {
        fixture.givenNoPriorActivity()
                .when(new RecordContactPerson(ANNA, ContactKind.NETWORK_OFFICE, null, null, DETAILS,
                        new NetworkId("bayern")), Senders.sentBy(Senders.OFFICE))
                .expectException(rejected(Rejection.Kind.INVALID, "network"))
                .expectNoEvents();
    }

    @Test
    void the_office_of_another_network_may_not_keep_a_network_office_contact() {
        vault.newSubject(DETAILS.email());
        fixture.given(inNetwork(ContactKind.NETWORK_OFFICE, null, NRW))
                .when(new RemoveContactPerson(ANNA, null), Senders.sentBy(Senders.OFFICE_SACHSEN_ANHALT))
                .expectException(rejectedAs(Rejection.Kind.FORBIDDEN))
                .expectNoEvents();
        fixture.given(inNetwork(ContactKind.NETWORK_OFFICE, null, NRW))
                .when(new RemoveContactPerson(ANNA, null), Senders.sentBy(Senders.OFFICE_NRW))
                .expectEvents(new ContactPersonRemoved(ANNA));
    }

    @Test
    void a_network_office_contact_stored_before_networks_is_kept_by_saxony_anhalts_office_only() {
        vault.newSubject(DETAILS.email());
        fixture.given(recorded(ContactKind.NETWORK_OFFICE, null, null, subject(1), DETAILS))
                .when(new RemoveContactPerson(ANNA, null), Senders.sentBy(Senders.OFFICE_NRW))
                .expectException(rejectedAs(Rejection.Kind.FORBIDDEN));
        fixture.given(recorded(ContactKind.NETWORK_OFFICE, null, null, subject(1), DETAILS))
                .when(new RemoveContactPerson(ANNA, null), Senders.sentBy(Senders.OFFICE_SACHSEN_ANHALT))
                .expectEvents(new ContactPersonRemoved(ANNA));
    }

    @Test
    void a_coordination_office_contact_belongs_to_its_regions_network() {
        fixture.givenNoPriorActivity()
                .when(new RecordContactPerson(ANNA, ContactKind.COORDINATION_OFFICE, DORTMUND, null, DETAILS),
                        Senders.sentBy(Senders.coordinatorOf("05913")))
                .expectEvents(inNetwork(ContactKind.COORDINATION_OFFICE, DORTMUND, NRW));
        fixture.givenNoPriorActivity()
                .when(new RecordContactPerson(ANNA, ContactKind.COORDINATION_OFFICE, DORTMUND, null, DETAILS,
                        NetworkId.SACHSEN_ANHALT), Senders.sentBy(Senders.coordinatorOf("05913")))
                .expectException(rejected(Rejection.Kind.INVALID, "network"));
    }
}
