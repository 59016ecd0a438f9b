package de.regionet.query.contact;

import com.mongodb.client.MongoDatabase;
import de.regionet.kernel.contact.ContactPersonEvent.ContactPersonChanged;
import de.regionet.kernel.contact.ContactPersonEvent.ContactPersonRecorded;
import de.regionet.kernel.contact.ContactPersonEvent.ContactPersonRemoved;
import de.regionet.kernel.contact.ContactPersonEvent.PublicationConsentWithdrawn;
import de.regionet.kernel.contact.ContactPersonEvent.PublicationConsented;
import de.regionet.query.readmodel.VersionedCollection;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

/**
 * Projects contact person streams into the {@code contact_persons} read collection, copying the sealed details as
 * they are: the projection never sees plain text, so a replay from the first event shows an erased person erased.
 */
@Component
@ProcessingGroup(ContactPersonProjection.NAME)
public class ContactPersonProjection {

    public static final String NAME = "contact_persons";

    private final VersionedCollection<ContactPersonView> contacts;

    ContactPersonProjection(MongoDatabase database, MeterRegistry meters) {
        this.contacts = new VersionedCollection<>(database, NAME, ContactPersonView.class, meters);
    }

    @EventHandler
    void on(ContactPersonRecorded event, @SequenceNumber long version) {
        var id = event.contactPersonId().value();
        contacts.create(id, version, new ContactPersonView(id, event.kind(),
                event.regionKey() == null ? null : event.regionKey().value(),
                event.workingGroupId() == null ? null : event.workingGroupId().value(), event.subject().value(),
                event.name(), event.function(), event.telephone(), event.email(), false, null, null, false,
                event.network().value(), version));
    }

    @EventHandler
    void on(ContactPersonChanged event, @SequenceNumber long version) {
        contacts.update(event.contactPersonId().value(), version, contact -> contact.details(event.subject().value(),
                event.name(), event.function(), event.telephone(), event.email(), version));
    }

    @EventHandler
    void on(PublicationConsented event, @SequenceNumber long version) {
        contacts.update(event.contactPersonId().value(), version, contact -> contact.consentGiven(event.on(), version));
    }

    @EventHandler
    void on(PublicationConsentWithdrawn event, @SequenceNumber long version) {
        contacts.update(event.contactPersonId().value(), version,
                contact -> contact.consentWithdrawn(event.on(), version));
    }

    @EventHandler
    void on(ContactPersonRemoved event, @SequenceNumber long version) {
        contacts.update(event.contactPersonId().value(), version, contact -> contact.removed(version));
    }

    @ResetHandler
    void reset() {
        contacts.clear();
    }

    public VersionedCollection<ContactPersonView> contacts() {
        return contacts;
    }
}
