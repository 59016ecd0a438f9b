package de.regionet.command.agreement;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonCreator;
import de.regionet.command.access.NetworkScope;
import de.regionet.command.access.RegionScope;
import de.regionet.command.signing.SignatureRules;
import de.regionet.command.stream.ExpectedVersion;
import de.regionet.kernel.NetworkTime;
import de.regionet.kernel.Rejection;
import de.regionet.kernel.agreement.AgreementCommand;
import de.regionet.kernel.agreement.AgreementCommand.AccedeToAgreement;
import de.regionet.kernel.agreement.AgreementCommand.AmendAgreement;
import de.regionet.kernel.agreement.AgreementCommand.ConsentToAmendment;
import de.regionet.kernel.agreement.AgreementCommand.DraftAgreement;
import de.regionet.kernel.agreement.AgreementCommand.SignAgreement;
import de.regionet.kernel.agreement.AgreementCommand.TerminateAgreement;
import de.regionet.kernel.agreement.AgreementCommand.WithdrawFromAgreement;
import de.regionet.kernel.agreement.AgreementEvent.AgreementDrafted;
import de.regionet.kernel.agreement.AgreementEvent.AgreementEnteredIntoForce;
import de.regionet.kernel.agreement.AgreementEvent.AgreementExpired;
import de.regionet.kernel.agreement.AgreementEvent.AgreementSigned;
import de.regionet.kernel.agreement.AgreementEvent.AgreementTerminated;
import de.regionet.kernel.agreement.AgreementEvent.AmendmentConsented;
import de.regionet.kernel.agreement.AgreementEvent.AmendmentEnteredIntoForce;
import de.regionet.kernel.agreement.AgreementEvent.AmendmentProposed;
import de.regionet.kernel.agreement.AgreementEvent.PartyAcceded;
import de.regionet.kernel.agreement.AgreementEvent.PartyWithdrew;
import de.regionet.kernel.agreement.AgreementId;
import de.regionet.kernel.agreement.AgreementScope;
import de.regionet.kernel.agreement.DocumentHash;
import de.regionet.kernel.agreement.Party;
import de.regionet.kernel.network.Network;
import de.regionet.kernel.network.NetworkId;
import de.regionet.kernel.network.Networks;
import de.regionet.kernel.region.RegionKey;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static de.regionet.command.stream.EventContext.inRegion;
import static de.regionet.command.stream.EventContext.inRegions;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A cooperation agreement: drafted with its original parties, in force once the last of them has signed, joined by
 * acceding parties and left by withdrawing ones, amended with every current party's consent, and ended by
 * termination or by running past its validity (a deadline). Once terminated or expired it changes no more.
 * Every event is placed in the regions it concerns: a regional agreement's region, or the regions of a state-wide
 * agreement's parties.
 */
@Aggregate(snapshotTriggerDefinition = "snapshotTrigger")
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
public class CooperationAgreement {

    /** The deadline that expires an agreement after its {@code validUntil}. */
    static final String EXPIRY = "agreement-expiry";

    enum Phase { DRAFT, IN_FORCE, TERMINATED, EXPIRED }

    /** A party bound now, and the day from which it is bound. */
    private record Membership(Party party, LocalDate since) {
    }

    /** The amendment awaiting consent: consents by party key, and the last withdrawal of a party that had not. */
    private record OpenAmendment(int number, DocumentHash documentSha256, LocalDate proposedOn,
                                 Map<String, LocalDate> consents, LocalDate lastWithdrawal) {
    }

    @AggregateIdentifier
    private AgreementId id;
    private AgreementScope scope;
    private RegionKey regionKey;
    /** {@code null} in snapshots taken before networks: Saxony-Anhalt's. */
    private NetworkId network;
    private LocalDate validFrom;
    private LocalDate validUntil;
    private Phase phase;
    private LocalDate inForceFrom;
    private LocalDate terminatedOn;
    // not final: a snapshot is read back into these fields
    /** The original parties by key, in the order of the draft, and the days they signed. */
    private Map<String, Party> originalParties = new LinkedHashMap<>();
    private Map<String, LocalDate> signatures = new HashMap<>();
    /** Parties bound now, by key; empty until the agreement enters into force. */
    private Map<String, Membership> parties = new LinkedHashMap<>();
    /** The last withdrawal of each party that is no longer bound. */
    private Map<String, LocalDate> withdrawals = new HashMap<>();
    private int textVersion = 1;
    private DocumentHash textInForce;
    private OpenAmendment openAmendment;
    /** The latest day any step of this agreement was dated. */
    private LocalDate lastRecordedDay;

    /** For Axon, and for Jackson when it reads a snapshot. */
    @JsonCreator
    protected CooperationAgreement() {
    }

    @CommandHandler
    public CooperationAgreement(DraftAgreement command, MetaData metaData, Networks networks) {
        if (command.scope() == AgreementScope.REGIONAL && command.regionKey() == null) {
            throw Rejection.invalid("regionKey", "a regional agreement names its region (regionKey)");
        }
        if (command.scope() == AgreementScope.STATE && command.regionKey() != null) {
            throw Rejection.invalid("regionKey",
                    "a state-wide agreement belongs to no single region: leave regionKey empty");
        }
        var in = networkOf(command, metaData, networks);
        checkSender(metaData, command.scope(), command.regionKey(), in);
        checkParties(command);
        for (var party : command.parties()) {
            if (party.regionKey() != null && !in.equals(networkOf(party.regionKey(), networks))) {
                throw Rejection.invalid("parties", party.name() + " of " + party.regionKey() + " belongs to network "
                        + networkOf(party.regionKey(), networks) + ", not to this agreement's network " + in);
            }
        }
        if (command.validUntil() != null && command.validUntil().isBefore(command.validFrom())) {
            throw Rejection.invalid("validUntil", "validUntil (" + command.validUntil()
                    + ") must not be before validFrom (" + command.validFrom() + ")");
        }
        var event = new AgreementDrafted(command.agreementId(), command.title(), command.scope(),
                command.regionKey(), command.parties(), command.documentSha256(), command.validFrom(),
                command.validUntil(), in);
        apply(event, where(command.scope(), command.regionKey(),
                command.parties().stream().map(Party::regionKey).toList()));
    }

    /**
     * The sender must act for the agreement's region (or be its network's office); only then does its version count.
     * A draft is checked where it is written.
     */
    @CommandHandlerInterceptor
    Object checkSenderAndVersion(AgreementCommand command, MetaData metaData, InterceptorChain chain)
            throws Exception {
        if (command instanceof DraftAgreement) {
            return chain.proceed();
        }
        checkSender(metaData, scope, regionKey, network());
        ExpectedVersion.check(command.expectedVersion());
        return chain.proceed();
    }

    @CommandHandler
    long handle(SignAgreement command, DeadlineManager deadlines) {
        requireNotEnded("signed");
        var rules = new SignatureRules(SignatureRules.byKey(originalParties.values().stream().map(Party::name)
                .toList()), signatures, validUntil);
        var acceded = parties.containsKey(Party.keyOf(command.party()))
                ? " (it acceded; acceding parties do not sign)" : "";
        var name = rules.check(command.party(), command.signedOn(), acceded);
        var inForceFrom = rules.inForceAfter(name, command.signedOn(), validFrom);
        apply(new AgreementSigned(id, name, command.signedOn(), command.signatory()), where());
        if (inForceFrom.isPresent()) {
            apply(new AgreementEnteredIntoForce(id, inForceFrom.get()), where());
            if (validUntil != null) {
                deadlines.schedule(endOfValidity(), EXPIRY);
            }
        }
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(AccedeToAgreement command, Networks networks) {
        if (phase == Phase.DRAFT) {
            throw Rejection.conflict("nobody can accede to a draft: this agreement has not entered into force yet "
                    + "(its original parties have not all signed)");
        }
        requireNotEnded("acceded to");
        var party = command.party();
        if (parties.containsKey(party.key())) {
            throw Rejection.conflict(party.name() + " is already a party to this agreement");
        }
        if (scope == AgreementScope.REGIONAL && party.regionKey() != null && !party.regionKey().equals(regionKey)) {
            throw Rejection.invalid("regionKey", "a regional agreement of " + regionKey
                    + " binds parties of that region only, not of " + party.regionKey());
        }
        if (party.regionKey() != null && !network().equals(networkOf(party.regionKey(), networks))) {
            throw Rejection.invalid("regionKey", "region " + party.regionKey() + " belongs to network "
                    + networkOf(party.regionKey(), networks) + "; this agreement is network " + network() + "'s");
        }
        var accededOn = command.accededOn();
        if (accededOn.isBefore(inForceFrom)) {
            throw Rejection.invalid("accededOn", "an accession on " + accededOn
                    + " cannot precede the agreement's entry into force on " + inForceFrom);
        }
        var withdrawn = withdrawals.get(party.key());
        if (withdrawn != null && accededOn.isBefore(withdrawn)) {
            throw Rejection.invalid("accededOn", party.name() + " withdrew on " + withdrawn
                    + "; it can accede again from that day on");
        }
        requireWithinValidity("accededOn", accededOn, "an accession");
        apply(new PartyAcceded(id, party, accededOn), where(party.regionKey()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(WithdrawFromAgreement command) {
        if (phase == Phase.DRAFT) {
            throw Rejection.conflict("a draft binds nobody yet: a party that does not want to join does not sign");
        }
        requireNotEnded("withdrawn from");
        var membership = currentParty(command.party());
        if (command.withdrawnOn().isBefore(membership.since())) {
            throw Rejection.invalid("withdrawnOn", "a withdrawal on " + command.withdrawnOn()
                    + " cannot precede the day " + membership.party().name() + " became a party ("
                    + membership.since() + ")");
        }
        if (parties.size() <= 2) {
            throw Rejection.conflict(membership.party().name()
                    + " cannot withdraw: fewer than two parties would remain; terminate the agreement instead");
        }
        apply(new PartyWithdrew(id, membership.party().name(), command.withdrawnOn()), where());
        amendmentIntoForceOnceAllConsented();
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    Proposal handle(AmendAgreement command) {
        if (phase == Phase.DRAFT) {
            throw Rejection.conflict("a draft cannot be amended: amendments change an agreement in force "
                    + "(draft a new agreement instead)");
        }
        requireNotEnded("amended");
        if (openAmendment != null) {
            throw Rejection.conflict("amendment " + openAmendment.number() + " still awaits consent; another "
                    + "amendment can be proposed once it is in force");
        }
        if (command.documentSha256().equals(textInForce)) {
            throw Rejection.conflict("the text with SHA-256 " + textInForce + " is already in force (version "
                    + textVersion + ")");
        }
        if (command.proposedOn().isBefore(inForceFrom)) {
            throw Rejection.invalid("proposedOn", "an amendment proposed on " + command.proposedOn()
                    + " cannot precede the agreement's entry into force on " + inForceFrom);
        }
        requireWithinValidity("proposedOn", command.proposedOn(), "an amendment");
        int number = textVersion + 1;
        apply(new AmendmentProposed(id, number, command.documentSha256(), command.summary(), command.proposedOn()),
                where());
        return new Proposal(number, AggregateLifecycle.getVersion());
    }

    /** What proposing an amendment answers: the amendment's number and the agreement's new version. */
    record Proposal(int amendment, long version) {
    }

    @CommandHandler
    long handle(ConsentToAmendment command) {
        requireNotEnded("changed");
        int number = command.amendment();
        if (number < 2 || number > textVersion + (openAmendment == null ? 0 : 1)) {
            throw Rejection.notFound("there is no amendment " + number + " to this agreement (amendments are "
                    + "numbered by the text version they create: the first is 2)");
        }
        if (openAmendment == null || openAmendment.number() != number) {
            throw Rejection.conflict("amendment " + number + " is already in force");
        }
        var membership = currentParty(command.party());
        var key = membership.party().key();
        if (openAmendment.consents().containsKey(key)) {
            throw Rejection.conflict(membership.party().name() + " already consented to amendment " + number
                    + " on " + openAmendment.consents().get(key));
        }
        var consentedOn = command.consentedOn();
        if (consentedOn.isBefore(openAmendment.proposedOn())) {
            throw Rejection.invalid("consentedOn", "a consent on " + consentedOn
                    + " cannot precede the amendment's proposal on " + openAmendment.proposedOn());
        }
        if (consentedOn.isBefore(membership.since())) {
            throw Rejection.invalid("consentedOn", "a consent on " + consentedOn + " cannot precede the day "
                    + membership.party().name() + " became a party (" + membership.since() + ")");
        }
        apply(new AmendmentConsented(id, number, membership.party().name(), consentedOn), where());
        amendmentIntoForceOnceAllConsented();
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(TerminateAgreement command, DeadlineManager deadlines) {
        requireNotEnded("terminated");
        var effectiveOn = command.effectiveOn();
        if (inForceFrom != null && effectiveOn.isBefore(inForceFrom)) {
            throw Rejection.invalid("effectiveOn", "a termination effective " + effectiveOn
                    + " cannot precede the agreement's entry into force on " + inForceFrom);
        }
        if (lastRecordedDay != null && effectiveOn.isBefore(lastRecordedDay)) {
            throw Rejection.invalid("effectiveOn", "a termination effective " + effectiveOn
                    + " cannot precede the last recorded step of this agreement (" + lastRecordedDay + ")");
        }
        if (validUntil != null && effectiveOn.isAfter(validUntil)) {
            throw Rejection.invalid("effectiveOn", "the agreement ends by itself after " + validUntil
                    + "; a termination must take effect by then");
        }
        apply(new AgreementTerminated(id, effectiveOn, command.reason()), where());
        deadlines.cancelAllWithinScope(EXPIRY);
        return AggregateLifecycle.getVersion();
    }

    /** Delivered at least once: an agreement that has already ended stays as it is. */
    @DeadlineHandler(deadlineName = EXPIRY)
    void expire() {
        if (phase == Phase.IN_FORCE && validUntil != null) {
            apply(new AgreementExpired(id, validUntil), where());
        }
    }

    private void amendmentIntoForceOnceAllConsented() {
        if (openAmendment == null || !openAmendment.consents().keySet().containsAll(parties.keySet())) {
            return;
        }
        var effectiveOn = Stream.concat(parties.keySet().stream().map(openAmendment.consents()::get),
                        Stream.ofNullable(openAmendment.lastWithdrawal()))
                .max(LocalDate::compareTo).orElse(openAmendment.proposedOn());
        apply(new AmendmentEnteredIntoForce(id, openAmendment.number(), effectiveOn), where());
    }

    private Membership currentParty(String name) {
        var membership = parties.get(Party.keyOf(name));
        if (membership == null) {
            throw Rejection.invalid("party", name + " is not a party to this agreement; its parties are "
                    + names(parties.values().stream().map(Membership::party).toList()));
        }
        return membership;
    }

    private void requireNotEnded(String whatWouldHappen) {
        if (phase == Phase.TERMINATED) {
            throw Rejection.conflict("this agreement was terminated (effective " + terminatedOn
                    + ") and cannot be " + whatWouldHappen + " any more");
        }
        if (phase == Phase.EXPIRED) {
            throw Rejection.conflict("this agreement expired after " + validUntil + " and cannot be "
                    + whatWouldHappen + " any more");
        }
    }

    private void requireWithinValidity(String field, LocalDate day, String what) {
        if (validUntil != null && day.isAfter(validUntil)) {
            throw Rejection.invalid(field, what + " on " + day + " comes after the agreement's validity ended ("
                    + validUntil + ")");
        }
    }

    private Instant endOfValidity() {
        return NetworkTime.endOf(validUntil);
    }

    private static void checkSender(MetaData metaData, AgreementScope scope, RegionKey region, NetworkId network) {
        if (scope == AgreementScope.REGIONAL) {
            RegionScope.check(metaData, region);
        } else {
            NetworkScope.checkOffice(metaData, network, "state-wide agreements");
        }
    }

    /**
     * A regional agreement belongs to its region's network (a named other one is refused); a state-wide one to the
     * network the command names, else the sender's own ({@link NetworkScope#forNew}).
     */
    private static NetworkId networkOf(DraftAgreement command, MetaData metaData, Networks networks) {
        if (command.scope() != AgreementScope.REGIONAL || command.regionKey() == null) {
            return NetworkScope.forNew(metaData, command.network(), networks, "state-wide agreements");
        }
        var of = networkOf(command.regionKey(), networks);
        if (command.network() != null && !command.network().equals(of)) {
            throw Rejection.invalid("network", "region " + command.regionKey() + " belongs to network " + of
                    + ", not " + command.network());
        }
        return of;
    }

    private static NetworkId networkOf(RegionKey region, Networks networks) {
        return networks.of(region).map(Network::id).orElse(NetworkId.SACHSEN_ANHALT);
    }

    private NetworkId network() {
        return network == null ? NetworkId.SACHSEN_ANHALT : network;
    }

    private static void checkParties(DraftAgreement command) {
        if (command.parties().size() < 2) {
            throw Rejection.invalid("parties", "an agreement needs at least two parties");
        }
        var seen = new HashMap<String, Party>();
        for (var party : command.parties()) {
            if (seen.putIfAbsent(party.key(), party) != null) {
                throw Rejection.invalid("parties", party.name() + " is named more than once among the parties");
            }
            if (command.scope() == AgreementScope.REGIONAL && party.regionKey() != null
                    && !party.regionKey().equals(command.regionKey())) {
                throw Rejection.invalid("parties", "a regional agreement of " + command.regionKey()
                        + " binds parties of that region only, not " + party.name() + " of " + party.regionKey());
            }
        }
    }

    /** The regions this agreement's next event concerns: its own, or its parties' and those the event names. */
    private MetaData where(RegionKey... named) {
        var concerned = new ArrayList<RegionKey>();
        (phase == Phase.DRAFT ? originalParties.values().stream()
                : parties.values().stream().map(Membership::party)).map(Party::regionKey).forEach(concerned::add);
        concerned.addAll(Arrays.asList(named));
        return where(scope, regionKey, concerned);
    }

    private static MetaData where(AgreementScope scope, RegionKey region, Collection<RegionKey> partyRegions) {
        if (scope == AgreementScope.REGIONAL) {
            return inRegion(region).mergedWith(inRegions(List.of(region)));
        }
        return inRegions(partyRegions.stream().filter(Objects::nonNull).toList());
    }

    private static String names(Collection<Party> parties) {
        return parties.stream().map(Party::name).collect(Collectors.joining(", "));
    }

    private static LocalDate later(LocalDate one, LocalDate other) {
        return one.isAfter(other) ? one : other;
    }

    private void recorded(LocalDate day) {
        lastRecordedDay = lastRecordedDay == null ? day : later(lastRecordedDay, day);
    }

    @EventSourcingHandler
    void on(AgreementDrafted event) {
        id = event.agreementId();
        scope = event.scope();
        regionKey = event.regionKey();
        network = event.network();
        validFrom = event.validFrom();
        validUntil = event.validUntil();
        textInForce = event.documentSha256();
        phase = Phase.DRAFT;
        event.parties().forEach(party -> originalParties.put(party.key(), party));
    }

    @EventSourcingHandler
    void on(AgreementSigned event) {
        signatures.put(Party.keyOf(event.party()), event.signedOn());
        recorded(event.signedOn());
    }

    @EventSourcingHandler
    void on(AgreementEnteredIntoForce event) {
        phase = Phase.IN_FORCE;
        inForceFrom = event.effectiveOn();
        originalParties.forEach((key, party) -> parties.put(key, new Membership(party, event.effectiveOn())));
        recorded(event.effectiveOn());
    }

    @EventSourcingHandler
    void on(PartyAcceded event) {
        parties.put(event.party().key(), new Membership(event.party(), event.accededOn()));
        withdrawals.remove(event.party().key());
        recorded(event.accededOn());
    }

    @EventSourcingHandler
    void on(PartyWithdrew event) {
        var key = Party.keyOf(event.party());
        parties.remove(key);
        withdrawals.put(key, event.withdrawnOn());
        if (openAmendment != null && !openAmendment.consents().containsKey(key)) {
            var last = Optional.ofNullable(openAmendment.lastWithdrawal())
                    .map(earlier -> later(earlier, event.withdrawnOn())).orElse(event.withdrawnOn());
            openAmendment = new OpenAmendment(openAmendment.number(), openAmendment.documentSha256(),
                    openAmendment.proposedOn(), openAmendment.consents(), last);
        }
        recorded(event.withdrawnOn());
    }

    @EventSourcingHandler
    void on(AmendmentProposed event) {
        openAmendment = new OpenAmendment(event.amendment(), event.documentSha256(), event.proposedOn(),
                new HashMap<>(), null);
        recorded(event.proposedOn());
    }

    @EventSourcingHandler
    void on(AmendmentConsented event) {
        openAmendment.consents().put(Party.keyOf(event.party()), event.consentedOn());
        recorded(event.consentedOn());
    }

    @EventSourcingHandler
    void on(AmendmentEnteredIntoForce event) {
        textVersion = event.amendment();
        textInForce = openAmendment.documentSha256();
        openAmendment = null;
        recorded(event.effectiveOn());
    }

    @EventSourcingHandler
    void on(AgreementTerminated event) {
        phase = Phase.TERMINATED;
        terminatedOn = event.effectiveOn();
        recorded(event.effectiveOn());
    }

    @EventSourcingHandler
    void on(AgreementExpired event) {
        phase = Phase.EXPIRED;
    }
}
