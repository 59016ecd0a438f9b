package de.regionet.query.contact;

import de.regionet.kernel.contact.ContactKind;
import de.regionet.kernel.network.NetworkId;
import de.regionet.kernel.personal.Sealed;
import de.regionet.query.readmodel.VersionedCollection;
import org.bson.codecs.pojo.annotations.BsonId;

import java.time.LocalDate;

/**
 * A contact person as the {@code contact_persons} read model keeps it: where they belong in plain, who they are
 * {@link Sealed} exactly as the events carry it (opened only when a query answers), the consent to publication with
 * its day, whether the record was removed (kept, so a replay and a re-delivery find it), and the network it
 * belongs to.
 */
public record ContactPersonView(@BsonId String id, ContactKind kind, String regionKey, String workingGroupId,
                                String subject, Sealed name, Sealed function, Sealed telephone, Sealed email,
                                boolean consented, LocalDate consentGivenOn, LocalDate consentWithdrawnOn,
                                boolean removed, String network, long version)
        implements VersionedCollection.Versioned {

    /** A document written before contact persons recorded their network is Saxony-Anhalt's. */
    public ContactPersonView {
        network = network == null ? NetworkId.SACHSEN_ANHALT.value() : network;
    }

    ContactPersonView details(String newSubject, Sealed newName, Sealed newFunction, Sealed newTelephone,
                              Sealed newEmail, long newVersion) {
        return new ContactPersonView(id, kind, regionKey, workingGroupId, newSubject, newName, newFunction,
                newTelephone, newEmail, consented, consentGivenOn, consentWithdrawnOn, removed, network, newVersion);
    }

    ContactPersonView consentGiven(LocalDate on, long newVersion) {
        return new ContactPersonView(id, kind, regionKey, workingGroupId, subject, name, function, telephone, email,
                true, on, null, removed, network, newVersion);
    }

    ContactPersonView consentWithdrawn(LocalDate on, long newVersion) {
        return new ContactPersonView(id, kind, regionKey, workingGroupId, subject, name, function, telephone, email,
                false, consentGivenOn, on, removed, network, newVersion);
    }

    ContactPersonView removed(long newVersion) {
        return new ContactPersonView(id, kind, regionKey, workingGroupId, subject, name, function, telephone, email,
                consented, consentGivenOn, consentWithdrawnOn, true, network, newVersion);
    }

    /** Shown on the public portal: still a contact, and the person agreed to it. */
    public boolean shownPublicly() {
        return consented && !removed;
    }
}
