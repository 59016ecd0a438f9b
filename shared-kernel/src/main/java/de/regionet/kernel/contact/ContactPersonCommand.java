package de.regionet.kernel.contact;

import de.regionet.kernel.Rejection;
import de.regionet.kernel.Require;
import de.regionet.kernel.access.SentBy;
import de.regionet.kernel.network.NetworkId;
import de.regionet.kernel.region.RegionKey;
import de.regionet.kernel.workinggroup.WorkingGroupId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

import static de.regionet.kernel.access.Role.NETWORK_OFFICE;
import static de.regionet.kernel.access.Role.REGIONAL_COORDINATOR;

/**
 * Commands to a {@code ContactPerson}. The network office keeps every contact person; a regional coordinator those
 * of its own regions (its coordination office, its working group's chair and deputies), which the aggregate checks
 * against the region the person belongs to. Commands that carry {@link ContactDetails} hold personal data in plain
 * text in memory only: their {@code toString()} leaves it out.
 */
public sealed interface ContactPersonCommand {

    ContactPersonId contactPersonId();

    Long expectedVersion();

    /**
     * Records a contact person for {@code kind}: of the coordination office of {@code regionKey}, of the network
     * office (no region), or of the working group {@code workingGroupId} (whose region the aggregate looks up). A
     * network office's contact belongs to {@code network} ({@code null}: the one network its sender is the office
     * of, else the default); a regional contact to its region's network ({@code null}, or that one).
     */
    @SentBy({NETWORK_OFFICE, REGIONAL_COORDINATOR})
    record RecordContactPerson(@TargetAggregateIdentifier ContactPersonId contactPersonId, ContactKind kind,
                               RegionKey regionKey, WorkingGroupId workingGroupId, ContactDetails details,
                               NetworkId network)
            implements ContactPersonCommand {

        /** A contact of the network its region or sender decides. */
        public RecordContactPerson(ContactPersonId contactPersonId, ContactKind kind, RegionKey regionKey,
                                   WorkingGroupId workingGroupId, ContactDetails details) {
            this(contactPersonId, kind, regionKey, workingGroupId, details, null);
        }

        public RecordContactPerson {
            Require.present(contactPersonId, "contactPersonId");
            Require.present(kind, "kind");
            Require.present(details, "details");
            switch (kind) {
                case COORDINATION_OFFICE -> {
                    if (regionKey == null) {
                        throw Rejection.invalid("regionKey", "a coordination office's contact names its region");
                    }
                    workingGroupId = null;
                }
                case NETWORK_OFFICE -> {
                    regionKey = null;
                    workingGroupId = null;
                }
                case WORKING_GROUP_CHAIR, WORKING_GROUP_DEPUTY -> {
                    if (workingGroupId == null) {
                        throw Rejection.invalid("workingGroupId", "a chair or deputy names the working group");
                    }
                }
            }
        }

        @Override
        public Long expectedVersion() {
            return null;
        }

        @Override
        public String toString() {
            return "RecordContactPerson[" + contactPersonId + ", " + kind + ", " + regionKey + ", " + workingGroupId
                    + ", " + network + ", personal data left out]";
        }
    }

    /** Replaces the person's details; a changed e-mail address makes the record a new data subject. */
    @SentBy({NETWORK_OFFICE, REGIONAL_COORDINATOR})
    record ChangeContactPerson(@TargetAggregateIdentifier ContactPersonId contactPersonId, ContactDetails details,
                               Long expectedVersion) implements ContactPersonCommand {
        public ChangeContactPerson {
            Require.present(contactPersonId, "contactPersonId");
            Require.present(details, "details");
        }

        @Override
        public String toString() {
            return "ChangeContactPerson[" + contactPersonId + ", personal data left out, " + expectedVersion + "]";
        }
    }

    /** Records that the person agreed on {@code on} to be shown on the public portal. */
    @SentBy({NETWORK_OFFICE, REGIONAL_COORDINATOR})
    record ConsentToPublication(@TargetAggregateIdentifier ContactPersonId contactPersonId, LocalDate on,
                                Long expectedVersion) implements ContactPersonCommand {
        public ConsentToPublication {
            Require.present(contactPersonId, "contactPersonId");
            Require.present(on, "on");
        }
    }

    /** Records that the person withdrew on {@code on} their consent to publication; the portal no longer shows them. */
    @SentBy({NETWORK_OFFICE, REGIONAL_COORDINATOR})
    record WithdrawPublicationConsent(@TargetAggregateIdentifier ContactPersonId contactPersonId, LocalDate on,
                                      Long expectedVersion) implements ContactPersonCommand {
        public WithdrawPublicationConsent {
            Require.present(contactPersonId, "contactPersonId");
            Require.present(on, "on");
        }
    }

    /**
     * The person is no longer a contact; the record ends and is shown nowhere. Not an erasure: the sealed details
     * stay until an erasure request destroys the subject's key.
     */
    @SentBy({NETWORK_OFFICE, REGIONAL_COORDINATOR})
    record RemoveContactPerson(@TargetAggregateIdentifier ContactPersonId contactPersonId, Long expectedVersion)
            implements ContactPersonCommand {
        public RemoveContactPerson {
            Require.present(contactPersonId, "contactPersonId");
        }
    }
}
