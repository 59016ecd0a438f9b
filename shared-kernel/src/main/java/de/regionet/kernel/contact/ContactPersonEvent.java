package de.regionet.kernel.contact;

import de.regionet.kernel.network.NetworkId;
import de.regionet.kernel.personal.Sealed;
import de.regionet.kernel.personal.SubjectId;
import de.regionet.kernel.region.RegionKey;
import de.regionet.kernel.workinggroup.WorkingGroupId;

import java.time.LocalDate;

/**
 * Facts in a contact person's stream. Where the person belongs (kind, region, working group) is plain; who the
 * person is (name, function, telephone, e-mail) is personal data, each field {@link Sealed} on its own under the
 * record's data subject (ADR 0022), {@code null} where not given. Events of a person with a region carry it in
 * their metadata.
 */
public sealed interface ContactPersonEvent {

    ContactPersonId contactPersonId();

    /**
     * A contact person was recorded for {@code kind}: {@code regionKey} is {@code null} for the network office,
     * {@code workingGroupId} set for a chair or deputy only. {@code network} is the network the person is a contact
     * in: a regional contact's is its region's, a network office's contact the office's. Records stored before
     * contact persons recorded their network name none: they are Saxony-Anhalt's.
     */
    record ContactPersonRecorded(ContactPersonId contactPersonId, ContactKind kind, RegionKey regionKey,
                                 WorkingGroupId workingGroupId, SubjectId subject, Sealed name, Sealed function,
                                 Sealed telephone, Sealed email, NetworkId network) implements ContactPersonEvent {

        public ContactPersonRecorded {
            network = network == null ? NetworkId.SACHSEN_ANHALT : network;
        }

        /** A contact person of Saxony-Anhalt's network, as every one stored before they recorded their network. */
        public ContactPersonRecorded(ContactPersonId contactPersonId, ContactKind kind, RegionKey regionKey,
                                     WorkingGroupId workingGroupId, SubjectId subject, Sealed name, Sealed function,
                                     Sealed telephone, Sealed email) {
            this(contactPersonId, kind, regionKey, workingGroupId, subject, name, function, telephone, email, null);
        }
    }

    /**
     * The person's details now read as given, sealed under {@code subject}: the record's subject as before, or a
     * new one where the e-mail address changed (so that the blind index finds the record by its current address).
     */
    record ContactPersonChanged(ContactPersonId contactPersonId, SubjectId subject, Sealed name, Sealed function,
                                Sealed telephone, Sealed email) implements ContactPersonEvent {
    }

    /** The person agreed on {@code on} to be shown on the public portal. */
    record PublicationConsented(ContactPersonId contactPersonId, LocalDate on) implements ContactPersonEvent {
    }

    /** The person withdrew on {@code on} the consent to publication. */
    record PublicationConsentWithdrawn(ContactPersonId contactPersonId, LocalDate on) implements ContactPersonEvent {
    }

    /** The person is no longer a contact; the record is shown nowhere from now on. */
    record ContactPersonRemoved(ContactPersonId contactPersonId) implements ContactPersonEvent {
    }
}
