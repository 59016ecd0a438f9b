package de.regionet.command.access;

import de.regionet.kernel.Rejection;
import de.regionet.kernel.access.Actor;
import de.regionet.kernel.region.RegionCommand.RegisterRegion;
import de.regionet.kernel.region.RegionKey;
import de.regionet.kernel.region.RegionKind;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class CommandSendersTest {

    private static final RegisterRegion REGISTER = new RegisterRegion(new RegionKey("15089"), "Salzlandkreis",
            RegionKind.DISTRICT);

    /** A command whose type forgot to declare who may send it. */
    record Undeclared(String value) {
    }

    @Test
    void a_sender_holding_a_declared_role_passes() {
        assertThatCode(() -> CommandSenders.check(sent(REGISTER, Senders.sentBy(Senders.OFFICE))))
                .doesNotThrowAnyException();
    }

    @Test
    void a_sender_without_a_declared_role_is_refused() {
        var refusal = refusal(sent(REGISTER, Senders.sentBy(Senders.coordinatorOf("15089"))));
        assertThat(refusal.kind()).isEqualTo(Rejection.Kind.FORBIDDEN);
        assertThat(refusal).hasMessage(
                "RegisterRegion may be sent by NETWORK_OFFICE only; " + Senders.pseudonymOf("coordinator-15089")
                        + " has REGIONAL_COORDINATOR");
    }

    @Test
    void an_auditor_changes_nothing() {
        assertThat(refusal(sent(REGISTER, Senders.sentBy(Senders.AUDITOR))).kind())
                .isEqualTo(Rejection.Kind.FORBIDDEN);
    }

    @Test
    void a_command_without_a_sender_is_refused() {
        assertThat(refusal(sent(REGISTER, Map.of()))).hasMessage("RegisterRegion must be sent by a signed-in user");
    }

    @Test
    void a_command_type_that_declares_no_senders_is_refused_to_everyone() {
        var refusal = refusal(sent(new Undeclared("x"), Senders.sentBy(Senders.OFFICE)));
        assertThat(refusal.kind()).isEqualTo(Rejection.Kind.FORBIDDEN);
        assertThat(refusal).hasMessage("Undeclared declares no senders, so nobody may send it");
    }

    @Test
    void the_sender_survives_the_trip_through_metadata() {
        var coordinator = Senders.coordinatorOf("15089", "15001");
        assertThat(Actor.fromMetaData(coordinator.toMetaData())).contains(coordinator);
    }

    private static GenericCommandMessage<Object> sent(Object command, Map<String, ?> metaData) {
        return new GenericCommandMessage<>(command, metaData);
    }

    private static Rejection refusal(GenericCommandMessage<?> command) {
        return catchThrowableOfType(Rejection.class, () -> CommandSenders.check(command));
    }
}
