package de.regionet.infra.personal;

import de.regionet.infra.ApiClient;
import de.regionet.infra.RegioNetTest;
import de.regionet.infra.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Free text that looks like an e-mail address or a telephone number is carried out, but the answer names the field
 * and points to the contact person fields, where personal data is sealed (issue 21, "free text guarded").
 */
@RegioNetTest
class FreeTextWarningTest {

    @LocalServerPort
    int port;

    @Test
    void a_news_text_with_an_address_and_a_telephone_number_is_stored_with_a_warning_naming_both_fields() {
        var office = new ApiClient(port).as(TestUsers.OFFICE);

        var drafted = office.post("/api/news", """
                {"title":"Neue REKO-Leitung","teaser":"Erreichbar unter 0391 567-1234",
                 "body":"Fragen an anna.schulz@example.org","tags":["Fachkräfte"],"regionKeys":["15089"],
                 "fundingAreas":["A"]}""");

        assertThat(drafted.status()).isEqualTo(201);
        assertThat(drafted.headers().get("Personal-Data-Warning")).containsExactlyInAnyOrder(
                "teaser; kind=telephone-number; see=\"/api/contact-persons\"",
                "body; kind=email-address; see=\"/api/contact-persons\"");
    }

    @Test
    void text_without_personal_data_gets_no_warning() {
        var office = new ApiClient(port).as(TestUsers.OFFICE);

        var drafted = office.post("/api/news", """
                {"title":"Sitzung am 01.02.2026","teaser":"In 06110 Halle","body":"Region 15089, Förderbereich J",
                 "tags":["Fachkräfte"],"regionKeys":["15089"],"fundingAreas":["A"]}""");

        assertThat(drafted.status()).isEqualTo(201);
        assertThat(drafted.headers().getOrDefault("Personal-Data-Warning", List.of())).isEmpty();
    }

    @Test
    void the_contact_person_fields_are_meant_for_it_and_get_no_warning() {
        var office = new ApiClient(port).as(TestUsers.OFFICE);

        var recorded = office.post("/api/contact-persons", """
                {"kind":"NETWORK_OFFICE","name":"Petra Lang","function":"Leitung",
                 "telephone":"0391 567-4321","email":"petra.lang@example.org"}""");

        assertThat(recorded.status()).isEqualTo(201);
        assertThat(recorded.headers().getOrDefault("Personal-Data-Warning", List.of())).isEmpty();
    }
}
