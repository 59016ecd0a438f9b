package de.regionet.query.networkevent;

import com.fasterxml.jackson.annotation.JsonInclude;
import de.regionet.kernel.networkevent.RegistrationStatus;
import de.regionet.kernel.personal.PersonalDataVault;
import de.regionet.query.networkevent.NetworkEventView.Registration;

import java.time.Instant;

/**
 * How registrations are answered to those who see them (the network office, auditors): each participant opened
 * through the vault at answer time, or, where its key is gone, {@code null} fields and {@code "erased": true}
 * (ADR 0022). {@link #WITHHELD} answers registrations without their participants, where no vault is at hand.
 */
final class Participants {

    static final Participants WITHHELD = new Participants(null);

    private final PersonalDataVault vault;

    Participants(PersonalDataVault vault) {
        this.vault = vault;
    }

    /** A registration as answered; {@code participant} and {@code erased} only where a participant was named. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record RegistrationLine(String id, String organisation, RegistrationStatus status, ParticipantLine participant,
                            Instant registeredAt, Boolean erased) {
    }

    /** Name and address, both {@code null} once erased. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record ParticipantLine(String name, String email) {
    }

    RegistrationLine line(Registration registration) {
        if (registration.participant() == null || vault == null) {
            return new RegistrationLine(registration.id(), registration.organisation(), registration.status(), null,
                    registration.registeredAt(), null);
        }
        var name = vault.open(registration.participant().name());
        var email = vault.open(registration.participant().email());
        var erased = name.isEmpty() || email.isEmpty();
        return new RegistrationLine(registration.id(), registration.organisation(), registration.status(),
                erased ? new ParticipantLine(null, null) : new ParticipantLine(name.get(), email.get()),
                registration.registeredAt(), erased ? Boolean.TRUE : null);
    }
}
