package de.regionet.query.contact;

import de.regionet.kernel.contact.ContactKind;
import de.regionet.kernel.contact.ContactPersonEvent.ContactPersonChanged;
import de.regionet.kernel.contact.ContactPersonEvent.ContactPersonRecorded;
import de.regionet.kernel.contact.ContactPersonEvent.ContactPersonRemoved;
import de.regionet.kernel.contact.ContactPersonEvent.PublicationConsentWithdrawn;
import de.regionet.kernel.contact.ContactPersonEvent.PublicationConsented;
import de.regionet.kernel.contact.ContactPersonId;
import de.regionet.kernel.network.NetworkId;
import de.regionet.kernel.personal.PersonalDataVault;
import de.regionet.kernel.personal.Sealed;
import de.regionet.kernel.personal.SubjectId;
import de.regionet.kernel.region.RegionKey;
import de.regionet.query.readmodel.InMemoryMongo;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The coordination office's contact of the Salzlandkreis is recorded, agrees to publication, changes address and
 * is erased; the read model keeps only what is sealed, a re-delivered or older event changes nothing.
 */
class ContactPersonProjectionTest {

    private static final ContactPersonId ANNA = new ContactPersonId("contact-anna");
    private static final RegionKey SALZLANDKREIS = new RegionKey("15089");
    private static final SubjectId FIRST = new SubjectId("ds-test-0001");
    private static final SubjectId SECOND = new SubjectId("ds-test-0002");
    private static final LocalDate NOVEMBER_2 = LocalDate.of(2026, 11, 2);

    private final Vault vault = new Vault();
    private InMemoryMongo mongo;
    private ContactPersonProjection projection;
    private ContactPersons contacts;

    @BeforeEach
    void setUp() {
        mongo = new InMemoryMongo();
        projection = new ContactPersonProjection(mongo.database("contacts"), new SimpleMeterRegistry());
        contacts = new ContactPersons(projection, vault);
    }

    @AfterEach
    void tearDown() {
        mongo.close();
    }

    private static ContactPersonRecorded recorded() {
        return new ContactPersonRecorded(ANNA, ContactKind.COORDINATION_OFFICE, SALZLANDKREIS, null, FIRST,
                Vault.sealed(FIRST, "Anna Beispiel"), Vault.sealed(FIRST, "Regionalkoordinatorin"), null,
                Vault.sealed(FIRST, "anna@example.org"));
    }

    @Test
    void the_read_model_keeps_the_details_sealed_and_answers_them_opened() {
        projection.on(recorded(), 0);
        assertThat(mongo.database("contacts").getCollection(ContactPersonProjection.NAME).find().first().toJson())
                .doesNotContain("Anna", "anna@example.org");
        var answer = contacts.ofRegion(SALZLANDKREIS).get(0);
        assertThat(answer.name()).isEqualTo("Anna Beispiel");
        assertThat(answer.email()).isEqualTo("anna@example.org");
        assertThat(answer.telephone()).isNull();
        assertThat(answer.erased()).isFalse();
        assertThat(answer.consent().given()).isFalse();
    }

    @Test
    void only_consented_contacts_are_shown_publicly_and_a_withdrawal_hides_them_again() {
        projection.on(recorded(), 0);
        assertThat(ContactPersons.shownPublicly(contacts.ofRegion(SALZLANDKREIS))).isEmpty();
        projection.on(new PublicationConsented(ANNA, NOVEMBER_2), 1);
        assertThat(ContactPersons.shownPublicly(contacts.ofRegion(SALZLANDKREIS))).hasSize(1);
        projection.on(new PublicationConsentWithdrawn(ANNA, NOVEMBER_2.plusDays(5)), 2);
        var answer = contacts.ofRegion(SALZLANDKREIS).get(0);
        assertThat(ContactPersons.shownPublicly(List.of(answer))).isEmpty();
        assertThat(answer.consent().givenOn()).isEqualTo(NOVEMBER_2);
        assertThat(answer.consent().withdrawnOn()).isEqualTo(NOVEMBER_2.plusDays(5));
    }

    @Test
    void a_re_delivered_or_older_event_changes_nothing() {
        projection.on(recorded(), 0);
        projection.on(new PublicationConsented(ANNA, NOVEMBER_2), 1);
        projection.on(new PublicationConsentWithdrawn(ANNA, NOVEMBER_2), 2);
        projection.on(new PublicationConsented(ANNA, NOVEMBER_2), 1);
        projection.on(recorded(), 0);
        var answer = contacts.ofRegion(SALZLANDKREIS).get(0);
        assertThat(answer.consent().given()).isFalse();
        assertThat(answer.version()).isEqualTo(2);
    }

    @Test
    void an_erased_person_answers_erased_without_details_and_is_not_shown_publicly() {
        projection.on(recorded(), 0);
        projection.on(new PublicationConsented(ANNA, NOVEMBER_2), 1);
        vault.erase(FIRST);
        var answer = contacts.ofRegion(SALZLANDKREIS).get(0);
        assertThat(answer.erased()).isTrue();
        assertThat(answer.name()).isNull();
        assertThat(answer.email()).isNull();
        assertThat(ContactPersons.shownPublicly(List.of(answer))).isEmpty();
    }

    @Test
    void a_changed_address_moves_the_record_to_its_new_subject_for_access_requests() {
        projection.on(recorded(), 0);
        projection.on(new ContactPersonChanged(ANNA, SECOND, Vault.sealed(SECOND, "Anna Beispiel"), null, null,
                Vault.sealed(SECOND, "a.beispiel@example.net")), 1);
        assertThat(contacts.about(Set.of(FIRST))).isEmpty();
        var held = contacts.about(Set.of(SECOND));
        assertThat(held).singleElement().satisfies(record -> {
            assertThat(record.kind()).isEqualTo("contact-person");
            assertThat(record.data()).containsEntry("email", "a.beispiel@example.net");
        });
    }

    @Test
    void a_removed_contact_is_answered_by_nobody() {
        projection.on(recorded(), 0);
        projection.on(new ContactPersonRemoved(ANNA), 1);
        assertThat(contacts.ofRegion(SALZLANDKREIS)).isEmpty();
        assertThat(contacts.one(ANNA.value())).isEmpty();
    }

    /** A reversible stand-in for the vault: the read side only ever opens what the command side sealed. */
    private static final class Vault implements PersonalDataVault {

        private final Set<SubjectId> erased = new HashSet<>();

        static Sealed sealed(SubjectId subject, String text) {
            return new Sealed(subject, Base64.getUrlEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8)));
        }

        @Override
        public SubjectId newSubject(String email) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<SubjectId> subjectsByEmail(String email) {
            return List.of();
        }

        @Override
        public SubjectId userSubject(String userName) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<String> userName(SubjectId subject) {
            return Optional.empty();
        }

        @Override
        public Sealed seal(SubjectId subject, String text) {
            return sealed(subject, text);
        }

        @Override
        public Optional<String> open(Sealed sealed) {
            return erased.contains(sealed.subject()) ? Optional.empty() : Optional.of(
                    new String(Base64.getUrlDecoder().decode(sealed.ciphertext()), StandardCharsets.UTF_8));
        }

        @Override
        public boolean isErased(SubjectId subject) {
            return erased.contains(subject);
        }

        @Override
        public boolean erase(SubjectId subject) {
            return erased.add(subject);
        }
    }

    @Test
    void each_network_office_contact_is_listed_for_its_own_network_and_all_of_them_for_the_public() {
        var nrwContact = new ContactPersonId("contact-nrw");
        projection.on(new ContactPersonRecorded(ANNA, ContactKind.NETWORK_OFFICE, null, null, FIRST,
                Vault.sealed(FIRST, "Anna Beispiel"), null, null, null), 0);
        projection.on(new ContactPersonRecorded(nrwContact, ContactKind.NETWORK_OFFICE, null, null, SECOND,
                Vault.sealed(SECOND, "Nora Beispiel"), null, null, null, new NetworkId("nordrhein-westfalen")), 0);
        assertThat(contacts.ofNetworkOffice("nordrhein-westfalen"::equals)).extracting(ContactPersonAnswer::name)
                .containsExactly("Nora Beispiel");
        assertThat(contacts.ofNetworkOffice("sachsen-anhalt"::equals)).extracting(ContactPersonAnswer::network)
                .containsExactly("sachsen-anhalt");
        assertThat(contacts.ofNetworkOffice()).hasSize(2);
    }
}
