package de.regionet.infra.personal;

import de.regionet.infra.ApiClient;
import de.regionet.infra.RegioNetTest;
import de.regionet.infra.TestUsers;
import de.regionet.kernel.auditlog.AuditLogEvent.PersonalDataErased;
import de.regionet.kernel.personal.PersonalDataVault;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The network office answers access and erasure requests (issue 21, contract): a person is named by exactly one of
 * an e-mail address or a user name; a wrong address is refused naming the field without repeating it; nobody else
 * may ask; an erasure destroys every subject recorded under the address and is recorded in the audit trail without
 * the address.
 */
@RegioNetTest
class PersonalDataRequestsTest {

    @LocalServerPort
    int port;

    @Autowired
    PersonalDataVault vault;

    @Autowired
    EventStorageEngine events;

    @Test
    void a_person_is_named_by_exactly_one_of_email_or_user() {
        var office = new ApiClient(port).as(TestUsers.OFFICE);

        assertThat(office.get("/api/personal-data").status()).isEqualTo(400);
        assertThat(office.get("/api/personal-data?email=a@example.org&user=office").status()).isEqualTo(400);
        assertThat(office.post("/api/personal-data/erasures", "{}").status()).isEqualTo(400);
    }

    @Test
    void an_address_that_is_none_is_refused_naming_the_field_without_repeating_it() {
        var office = new ApiClient(port).as(TestUsers.OFFICE);

        var asked = office.get("/api/personal-data?email=hanna.vogt-at-example.org");
        var erased = office.post("/api/personal-data/erasures", """
                {"email":"hanna.vogt-at-example.org"}""");

        for (var answer : List.of(asked, erased)) {
            assertThat(answer.status()).isEqualTo(400);
            assertThat(answer.contentType()).startsWith("application/problem+json");
            assertThat(answer.body()).contains("email").doesNotContain("hanna.vogt");
        }
    }

    @Test
    void only_the_network_office_answers_a_persons_requests() {
        for (var user : List.of(TestUsers.COORDINATOR_SALZLAND, TestUsers.SPONSOR, TestUsers.AUDITOR)) {
            var client = new ApiClient(port).as(user);
            assertThat(client.get("/api/personal-data?email=anyone@example.org").status()).as(user).isEqualTo(403);
            assertThat(client.post("/api/personal-data/erasures", """
                    {"email":"anyone@example.org"}""").status()).as(user).isEqualTo(403);
        }
        assertThat(new ApiClient(port).get("/api/personal-data?email=anyone@example.org").status()).isEqualTo(401);
    }

    @Test
    void an_address_nothing_is_recorded_under_has_nothing_to_show_or_erase() {
        var office = new ApiClient(port).as(TestUsers.OFFICE);

        var asked = office.get("/api/personal-data?email=nobody.here@example.org");
        var erased = office.post("/api/personal-data/erasures", """
                {"email":"nobody.here@example.org"}""");

        assertThat(asked.status()).isEqualTo(200);
        assertThat(asked.json().get("subjects")).isEmpty();
        assertThat(erased.status()).isEqualTo(200);
        assertThat(erased.json().get("erased")).isEmpty();
    }

    @Test
    void an_erasure_destroys_every_subject_under_the_address_and_is_recorded_without_it() {
        var contact = vault.newSubject("Jana.Kraft@example.org");
        var registration = vault.newSubject("jana.kraft@example.org");
        var name = vault.seal(registration, "Jana Kraft");
        var office = new ApiClient(port).as(TestUsers.OFFICE);

        var erased = office.post("/api/personal-data/erasures", """
                {"email":"JANA.KRAFT@example.org"}""");

        assertThat(erased.status()).isEqualTo(200);
        assertThat(erased.json().get("erased").valueStream().map(node -> node.asString()).toList())
                .containsExactlyInAnyOrder(contact.value(), registration.value());
        assertThat(vault.open(name)).isEmpty();
        assertThat(office.get("/api/personal-data?email=jana.kraft@example.org").json().get("subjects")).isEmpty();
        var recorded = events.readEvents(null, false).map(EventMessage::getPayload)
                .filter(PersonalDataErased.class::isInstance).map(PersonalDataErased.class::cast)
                .filter(event -> event.subjects().contains(contact)).toList();
        assertThat(recorded).hasSize(1);
        assertThat(recorded.get(0).toString()).doesNotContainIgnoringCase("jana");
    }
}
