package de.regionet.query.agreement;

import de.regionet.kernel.access.Actor;
import de.regionet.kernel.access.Role;
import de.regionet.kernel.agreement.AgreementEvent.AgreementEnteredIntoForce;
import de.regionet.kernel.agreement.AgreementId;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Every agreement event goes to {@code /topic/agreements}, which every signed-in reader and no one else reads. */
class AgreementTopicsTest {

    private final AgreementTopics topics = new AgreementTopics();

    @Test
    void every_agreement_event_goes_to_the_agreements_topic() {
        var inForce = new AgreementEnteredIntoForce(new AgreementId("a-1"), LocalDate.of(2025, 1, 1));
        assertThat(topics.routes(inForce, Map.of())).extracting(route -> route.destination())
                .containsExactly("/topic/agreements");
    }

    @Test
    void other_events_are_no_agreement_events() {
        assertThat(topics.routes("something else", Map.of())).isEmpty();
    }

    @Test
    void every_signed_in_reader_and_no_anonymous_one_reads_the_agreements() {
        var sponsor = new Actor("s", Set.of(Role.PROJECT_SPONSOR), Set.of(), "Bildungswerk");
        assertThat(AgreementTopics.AGREEMENTS.admits(Optional.of(sponsor), "/topic/agreements")).isTrue();
        assertThat(AgreementTopics.AGREEMENTS.admits(Optional.empty(), "/topic/agreements")).isFalse();
    }
}
