package de.regionet.infra.personal;

import de.regionet.infra.audit.AuditLogAppends;
import de.regionet.kernel.EventMetaData;
import de.regionet.kernel.NetworkTime;
import de.regionet.kernel.auditlog.AuditLogCommand.RecordPersonalDataDisclosure;
import de.regionet.kernel.auditlog.AuditLogCommand.RecordPersonalDataErasure;
import de.regionet.kernel.auditlog.AuditLogId;
import de.regionet.kernel.personal.PersonalDataVault;
import de.regionet.kernel.personal.SubjectId;
import de.regionet.query.personal.PersonalDataHolder;
import de.regionet.query.personal.PersonalDataHolder.Held;
import de.regionet.query.readmodel.EventPosition;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The data subject's rights (GDPR Art. 15 and 17, ADR 0022), for the network office. A person is named by an
 * e-mail address (every record sealed under its blind index: contact details, registrations) or a user by its user
 * name. An access request gathers what every read model holds ({@link PersonalDataHolder}) and every event that
 * holds the person's sealed data or was sent by the user, opened; an erasure destroys the subjects' keys. Both are
 * recorded in the audit trail by subject id and count, never with the data or the address asked about.
 *
 * <p>Finding the events reads the whole store once (about 8,000 events/s on the embedded default): an access request
 * is rare, and an index of which event names whom would itself be personal data to keep and erase.
 */
@Component
public class PersonalDataRequests {

    static final String USER = "user";

    private final PersonalDataVault vault;
    private final List<PersonalDataHolder> holders;
    private final EventStore events;
    private final CommandGateway commands;
    private final Clock clock;

    PersonalDataRequests(PersonalDataVault vault, List<PersonalDataHolder> holders, EventStore events,
                         CommandGateway commands, Clock clock) {
        this.vault = vault;
        this.holders = holders;
        this.events = events;
        this.commands = commands;
        this.clock = clock;
    }

    /** Who a request is about: an e-mail address or a user name, exactly one of them. */
    public record Person(String email, String user) {

        public Person {
            email = blankToNull(email);
            user = blankToNull(user);
            if ((email == null) == (user == null)) {
                throw new IllegalArgumentException("name the person by exactly one of email or user");
            }
        }

        private static String blankToNull(String text) {
            return text == null || text.isBlank() ? null : text;
        }
    }

    /** One event that holds the person's data or was sent by the user. */
    public record EventAbout(Long position, String type, String aggregateType, String aggregateId, Long sequence,
                      Instant recordedAt, boolean sentByUser, Map<String, String> fields, boolean erased) {
    }

    public record Disclosure(List<SubjectId> subjects, String userName, List<Held> records, List<EventAbout> events) {
    }

    public record Erasure(List<SubjectId> erased, List<String> kinds, List<Held> records) {
    }

    public Disclosure disclose(Person person) {
        var subjects = subjectsOf(person);
        var records = recordsAbout(subjects);
        var found = eventsAbout(person, subjects);
        var userName = person.user() == null ? null : subjects.stream().findFirst().flatMap(vault::userName)
                .orElse(null);
        if (!subjects.isEmpty()) {
            AuditLogAppends.send(commands, new RecordPersonalDataDisclosure(today(), subjects,
                    records.size() + found.size()));
        }
        return new Disclosure(subjects, userName, records, found);
    }

    public Erasure erase(Person person) {
        var subjects = subjectsOf(person).stream().filter(subject -> !vault.isErased(subject)).toList();
        var records = recordsAbout(subjects).stream()
                .map(held -> new Held(held.kind(), held.id(), held.subject(), Map.of(), true)).toList();
        var kinds = new LinkedHashSet<String>();
        records.forEach(held -> kinds.add(held.kind()));
        if (person.user() != null && !subjects.isEmpty()) {
            kinds.add(USER);
        }
        if (!subjects.isEmpty()) {
            // recorded first: the audit log's rule of who may erase (the operator, the default network's office)
            // is judged before a single key is destroyed
            AuditLogAppends.send(commands, new RecordPersonalDataErasure(today(), subjects, List.copyOf(kinds),
                    records.size()));
        }
        var erased = subjects.stream().filter(vault::erase).toList();
        return new Erasure(erased, List.copyOf(kinds), records);
    }

    private List<SubjectId> subjectsOf(Person person) {
        if (person.email() != null) {
            return vault.subjectsByEmail(person.email());
        }
        var user = vault.userSubject(person.user());
        return vault.userName(user).isPresent() || vault.isErased(user) ? List.of(user) : List.of();
    }

    private List<Held> recordsAbout(List<SubjectId> subjects) {
        if (subjects.isEmpty()) {
            return List.of();
        }
        var records = new ArrayList<Held>();
        holders.forEach(holder -> records.addAll(holder.about(subjects)));
        return records;
    }

    private List<EventAbout> eventsAbout(Person person, List<SubjectId> subjects) {
        if (subjects.isEmpty()) {
            return List.of();
        }
        Set<String> principals = new HashSet<>();
        if (person.user() != null) {
            subjects.forEach(subject -> principals.add(subject.value()));
            principals.add(person.user());
        }
        var found = new ArrayList<EventAbout>();
        try (var stream = events.openStream(null)) {
            while (stream.hasNextAvailable()) {
                about(stream.nextAvailable(), subjects, principals).ifPresent(found::add);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the event store", e);
        }
        return found;
    }

    private Optional<EventAbout> about(TrackedEventMessage<?> event, List<SubjectId> subjects,
                                                 Set<String> principals) {
        var sentByUser = principals.contains(EventMetaData.text(event.getMetaData(), EventMetaData.PRINCIPAL));
        var fields = new TreeMap<String, String>();
        boolean erased = false;
        for (var value : SealedValues.in(event.getPayload())) {
            if (subjects.contains(value.sealed().subject())) {
                var text = vault.open(value.sealed());
                erased |= text.isEmpty();
                fields.put(value.path(), text.orElse(null));
            }
        }
        if (!sentByUser && fields.isEmpty()) {
            return Optional.empty();
        }
        String aggregateType = null;
        String aggregateId = null;
        Long sequence = null;
        if (event instanceof DomainEventMessage<?> domain) {
            aggregateType = domain.getType();
            aggregateId = domain.getAggregateIdentifier();
            sequence = domain.getSequenceNumber();
        }
        return Optional.of(new EventAbout(EventPosition.of(event, event.trackingToken()),
                event.getPayloadType().getSimpleName(), aggregateType, aggregateId, sequence, event.getTimestamp(),
                sentByUser, new LinkedHashMap<>(fields), erased));
    }

    private AuditLogId today() {
        return AuditLogId.of(NetworkTime.today(clock));
    }
}
