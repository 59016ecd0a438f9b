package de.regionet.command.contact;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonCreator;
import de.regionet.command.access.NetworkScope;
import de.regionet.command.access.RegionScope;
import de.regionet.command.stream.ExpectedVersion;
import de.regionet.kernel.NetworkTime;
import de.regionet.kernel.Rejection;
import de.regionet.kernel.contact.ContactDetails;
import de.regionet.kernel.contact.ContactKind;
import de.regionet.kernel.contact.ContactPersonCommand;
import de.regionet.kernel.contact.ContactPersonCommand.ChangeContactPerson;
import de.regionet.kernel.contact.ContactPersonCommand.ConsentToPublication;
import de.regionet.kernel.contact.ContactPersonCommand.RecordContactPerson;
import de.regionet.kernel.contact.ContactPersonCommand.RemoveContactPerson;
import de.regionet.kernel.contact.ContactPersonCommand.WithdrawPublicationConsent;
import de.regionet.kernel.contact.ContactPersonEvent.ContactPersonChanged;
import de.regionet.kernel.contact.ContactPersonEvent.ContactPersonRecorded;
import de.regionet.kernel.contact.ContactPersonEvent.ContactPersonRemoved;
import de.regionet.kernel.contact.ContactPersonEvent.PublicationConsentWithdrawn;
import de.regionet.kernel.contact.ContactPersonEvent.PublicationConsented;
import de.regionet.kernel.contact.ContactPersonId;
import de.regionet.kernel.network.Network;
import de.regionet.kernel.network.NetworkId;
import de.regionet.kernel.network.Networks;
import de.regionet.kernel.personal.PersonalDataVault;
import de.regionet.kernel.personal.Sealed;
import de.regionet.kernel.personal.SubjectId;
import de.regionet.kernel.region.RegionKey;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.LocalDate;
import java.util.Objects;

import static de.regionet.command.stream.EventContext.inRegion;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One contact person's record: whose contact they are (fixed when recorded), how they are reached (sealed per data
 * subject, ADR 0022), and whether they agreed to be shown on the public portal. The details are sealed here, in the
 * command handlers, with the vault Axon hands in; state and snapshots hold only what the events hold. A record
 * belongs to a region (coordination office, a working group's chair or deputy), whose coordinator may keep it, or
 * to the network office, which only the network office keeps.
 */
@Aggregate(snapshotTriggerDefinition = "snapshotTrigger")
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
public class ContactPerson {

    @AggregateIdentifier
    private ContactPersonId id;
    // not final: a snapshot is read back into these fields
    private ContactKind kind;
    private RegionKey regionKey;
    private SubjectId subject;
    private Sealed name;
    private Sealed function;
    private Sealed telephone;
    private Sealed email;
    private boolean consented;
    private boolean removed;
    /** {@code null} in snapshots taken before contact persons recorded their network: Saxony-Anhalt's. */
    private NetworkId network;

    /** For Axon, and for Jackson when it reads a snapshot. */
    @JsonCreator
    protected ContactPerson() {
    }

    @CommandHandler
    ContactPerson(RecordContactPerson command, MetaData metaData, PersonalDataVault vault,
                  WorkingGroupRegions workingGroups, Networks networks) {
        var region = regionOf(command, workingGroups);
        var network = networkOf(command, region, metaData, networks);
        var details = command.details();
        var subject = vault.newSubject(details.email());
        apply(new ContactPersonRecorded(command.contactPersonId(), command.kind(), region, command.workingGroupId(),
                subject, vault.seal(subject, details.name()), vault.seal(subject, details.function()),
                vault.seal(subject, details.telephone()), vault.seal(subject, details.email()), network),
                context(region));
    }

    /**
     * A network office's contact belongs to the network the command names, else its sender's own, whose office
     * alone records it ({@link NetworkScope#forNew}); a regional contact to its region's network (a named other one
     * is refused), recorded by whoever acts for the region.
     */
    private static NetworkId networkOf(RecordContactPerson command, RegionKey region, MetaData metaData,
                                       Networks networks) {
        if (command.kind() == ContactKind.NETWORK_OFFICE) {
            return NetworkScope.forNew(metaData, command.network(), networks, "the network office's contact persons");
        }
        RegionScope.check(metaData, region);
        var of = networks.of(region).map(Network::id).orElseGet(() -> networks.defaultNetwork().id());
        if (command.network() != null && !command.network().equals(of)) {
            throw Rejection.invalid("network", "region " + region + " belongs to network " + of + ", not "
                    + command.network());
        }
        return of;
    }

    private static RegionKey regionOf(RecordContactPerson command, WorkingGroupRegions workingGroups) {
        if (!command.kind().ofWorkingGroup()) {
            return command.regionKey();
        }
        var region = workingGroups.regionOf(command.workingGroupId()).orElseThrow(() -> Rejection.invalid(
                "workingGroupId", "there is no working group " + command.workingGroupId()));
        if (command.regionKey() != null && !command.regionKey().equals(region)) {
            throw Rejection.invalid("regionKey", "working group " + command.workingGroupId() + " belongs to region "
                    + region + ", not to " + command.regionKey());
        }
        return region;
    }

    /** The sender must keep contacts where this one belongs; only then does the version it saw matter. */
    @CommandHandlerInterceptor
    Object checkSenderAndVersion(ContactPersonCommand command, MetaData metaData, InterceptorChain chain)
            throws Exception {
        checkScope(metaData, kind, regionKey, network == null ? NetworkId.SACHSEN_ANHALT : network);
        ExpectedVersion.check(command.expectedVersion());
        if (removed) {
            throw Rejection.conflict("this contact person was removed");
        }
        return chain.proceed();
    }

    private static void checkScope(MetaData metaData, ContactKind kind, RegionKey region, NetworkId network) {
        if (kind == ContactKind.NETWORK_OFFICE) {
            NetworkScope.checkOffice(metaData, network, "the network office's contact persons");
        } else {
            RegionScope.check(metaData, region);
        }
    }

    /**
     * A changed e-mail address makes the record a new data subject, found by the blind index of the new address;
     * the earlier details stay sealed under the earlier subject, found by the earlier address. A record whose
     * subject was erased also gets a new one, since nothing can be sealed under a destroyed key.
     */
    @CommandHandler
    long handle(ChangeContactPerson command, PersonalDataVault vault) {
        var details = command.details();
        var erased = vault.isErased(subject);
        var sameEmail = !erased && details.sameEmail(vault.openNullable(email).orElse(null));
        if (sameEmail && reads(details, vault)) {
            return version();
        }
        var sealedUnder = sameEmail ? subject : vault.newSubject(details.email());
        apply(new ContactPersonChanged(id, sealedUnder, vault.seal(sealedUnder, details.name()),
                vault.seal(sealedUnder, details.function()), vault.seal(sealedUnder, details.telephone()),
                vault.seal(sealedUnder, details.email())), context(regionKey));
        return version();
    }

    /** Whether the record already says exactly {@code details}. */
    private boolean reads(ContactDetails details, PersonalDataVault vault) {
        return Objects.equals(details.name(), open(vault, name))
                && Objects.equals(details.function(), open(vault, function))
                && Objects.equals(details.telephone(), open(vault, telephone))
                && Objects.equals(details.email(), open(vault, email));
    }

    private static String open(PersonalDataVault vault, Sealed sealed) {
        return vault.openNullable(sealed).orElse(null);
    }

    @CommandHandler
    long handle(ConsentToPublication command) {
        requireNotAfterToday(command.on());
        if (consented) {
            throw Rejection.conflict("this contact person's consent to publication is already recorded");
        }
        apply(new PublicationConsented(id, command.on()), context(regionKey));
        return version();
    }

    @CommandHandler
    long handle(WithdrawPublicationConsent command) {
        requireNotAfterToday(command.on());
        if (!consented) {
            throw Rejection.conflict("this contact person has no consent to publication to withdraw");
        }
        apply(new PublicationConsentWithdrawn(id, command.on()), context(regionKey));
        return version();
    }

    @CommandHandler
    long handle(RemoveContactPerson command) {
        apply(new ContactPersonRemoved(id), context(regionKey));
        return version();
    }

    private static void requireNotAfterToday(LocalDate on) {
        if (on.isAfter(NetworkTime.dayOf(GenericEventMessage.clock.instant()))) {
            throw Rejection.invalid("on", "a consent is recorded on the day it was given or withdrawn, not ahead");
        }
    }

    private static MetaData context(RegionKey region) {
        return region == null ? MetaData.emptyInstance() : inRegion(region);
    }

    private static long version() {
        return AggregateLifecycle.getVersion();
    }

    @EventSourcingHandler
    void on(ContactPersonRecorded event) {
        id = event.contactPersonId();
        kind = event.kind();
        regionKey = event.regionKey();
        subject = event.subject();
        name = event.name();
        function = event.function();
        telephone = event.telephone();
        email = event.email();
        network = event.network();
    }

    @EventSourcingHandler
    void on(ContactPersonChanged event) {
        subject = event.subject();
        name = event.name();
        function = event.function();
        telephone = event.telephone();
        email = event.email();
    }

    @EventSourcingHandler
    void on(PublicationConsented event) {
        consented = true;
    }

    @EventSourcingHandler
    void on(PublicationConsentWithdrawn event) {
        consented = false;
    }

    @EventSourcingHandler
    void on(ContactPersonRemoved event) {
        removed = true;
    }
}
