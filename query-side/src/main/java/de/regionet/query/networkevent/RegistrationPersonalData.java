package de.regionet.query.networkevent;

import de.regionet.kernel.NetworkTime;
import de.regionet.kernel.personal.PersonalDataVault;
import de.regionet.kernel.personal.SubjectId;
import de.regionet.query.personal.PersonalDataHolder;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * What the network events' read model holds about a person (kind {@code registration}): each active registration
 * sealed under one of the person's subjects, with the event's title, the participant opened (or erased), the
 * organisation, where it stands and the day it was made. Registrations given back are no longer in the read model;
 * their events still hold the sealed participant until it expires.
 */
@Component
class RegistrationPersonalData implements PersonalDataHolder {

    static final String KIND = "registration";

    private final NetworkEventProjection projection;
    private final PersonalDataVault vault;

    RegistrationPersonalData(NetworkEventProjection projection, PersonalDataVault vault) {
        this.projection = projection;
        this.vault = vault;
    }

    @Override
    public List<Held> about(Collection<SubjectId> subjects) {
        var wanted = new HashSet<>(subjects);
        if (wanted.isEmpty()) {
            return List.of();
        }
        return projection.events().all("_id").stream()
                .flatMap(event -> event.registrations().stream()
                        .filter(registration -> registration.participant() != null
                                && wanted.contains(registration.participant().subject()))
                        .map(registration -> held(event, registration)))
                .toList();
    }

    private Held held(NetworkEventView event, NetworkEventView.Registration registration) {
        var participant = registration.participant();
        var name = vault.open(participant.name());
        var email = vault.open(participant.email());
        var data = new LinkedHashMap<String, Object>();
        data.put("event", event.title());
        data.put("name", name.orElse(null));
        data.put("email", email.orElse(null));
        data.put("organisation", registration.organisation());
        data.put("status", registration.status().name());
        data.put("registeredOn", registration.registeredAt() == null ? null
                : NetworkTime.dayOf(registration.registeredAt()).toString());
        return new Held(KIND, registration.id(), participant.subject(), data, name.isEmpty() || email.isEmpty());
    }
}
