package de.regionet.kernel.networkevent;

import de.regionet.kernel.networkevent.NetworkEventCommand.RegisterForNetworkEvent;
import de.regionet.kernel.networkevent.NetworkEventFact.AttendeeRegistered;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RegistrationPersonalDataTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void a_registration_stored_before_participants_reads_without_participant_and_link() {
        var stored = """
                {"eventId":"e-1","registrationId":"r-1","organisation":"Bildungswerk Salzland"}""";
        assertThat(JSON.readValue(stored, AttendeeRegistered.class)).isEqualTo(new AttendeeRegistered(
                new NetworkEventId("e-1"), new RegistrationId("r-1"), "Bildungswerk Salzland", null, null));
    }

    @Test
    void neither_command_nor_participant_shows_name_address_or_token_in_its_text() {
        var participant = new Participant("Erika Mustermann", "erika@example.org");
        var token = CancellationToken.random();
        var command = new RegisterForNetworkEvent(new NetworkEventId("e-1"), new RegistrationId("r-1"),
                "Bildungswerk Salzland", participant, token);
        assertThat(command.toString() + participant + token)
                .doesNotContain("Erika", "erika@example.org", token.value());
    }

    @Test
    void an_invalid_address_is_refused_naming_the_field_without_repeating_it() {
        assertThatThrownBy(() -> new Participant("Erika Mustermann", "erika-at-example"))
                .hasMessageContaining("participant.email").hasMessageNotContaining("erika-at-example");
        assertThatThrownBy(() -> new Participant(" ", "erika@example.org"))
                .hasMessageContaining("participant.name");
    }

    @Test
    void a_token_has_256_random_bits_and_is_kept_as_its_sha256() {
        var token = CancellationToken.random();
        assertThat(token.value()).hasSize(43).isNotEqualTo(CancellationToken.random().value());
        assertThat(token.hash()).hasSize(64).isEqualTo(new CancellationToken(token.value()).hash())
                .doesNotContain(token.value());
    }
}
