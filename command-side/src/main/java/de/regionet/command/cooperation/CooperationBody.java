package de.regionet.command.cooperation;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonCreator;
import de.regionet.command.access.RegionScope;
import de.regionet.command.stream.ExpectedVersion;
import de.regionet.kernel.Rejection;
import de.regionet.kernel.agreement.AgreementScope;
import de.regionet.kernel.cooperation.CooperationBodyCommand;
import de.regionet.kernel.cooperation.CooperationBodyCommand.AdmitCooperationPartner;
import de.regionet.kernel.cooperation.CooperationBodyCommand.ChangeCooperationSite;
import de.regionet.kernel.cooperation.CooperationBodyCommand.DissolveCooperationBody;
import de.regionet.kernel.cooperation.CooperationBodyCommand.EstablishCooperationBody;
import de.regionet.kernel.cooperation.CooperationBodyCommand.WithdrawCooperationPartner;
import de.regionet.kernel.cooperation.CooperationBodyEvent.CooperationBodyDissolved;
import de.regionet.kernel.cooperation.CooperationBodyEvent.CooperationBodyEstablished;
import de.regionet.kernel.cooperation.CooperationBodyEvent.CooperationPartnerAdmitted;
import de.regionet.kernel.cooperation.CooperationBodyEvent.CooperationPartnerWithdrawn;
import de.regionet.kernel.cooperation.CooperationBodyEvent.CooperationSiteChanged;
import de.regionet.kernel.cooperation.CooperationBodyId;
import de.regionet.kernel.cooperation.CooperationBodyKind;
import de.regionet.kernel.cooperation.Partner;
import de.regionet.kernel.cooperation.PartnerId;
import de.regionet.kernel.region.RegionKey;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static de.regionet.command.stream.EventContext.inRegion;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A local cooperation body (Hesse: a joint Arbeitsmarktbüro, a Jugendberufsagentur, or a kind the network names):
 * founded in one region at a site with its partner organisations, optionally implementing a cooperation agreement;
 * partners join and leave, the site changes, and once dissolved it changes no more. It decides nothing itself, so
 * it keeps no votes; what it is for is that the network can see who cooperates where. Every handler answers the
 * aggregate version after the change.
 */
@Aggregate(snapshotTriggerDefinition = "snapshotTrigger")
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
public class CooperationBody {

    /** An organisation's partnership, from admission to withdrawal ({@code null}: active). */
    private record Partnership(Partner partner, LocalDate admittedOn, LocalDate withdrawnOn) {

        boolean active() {
            return withdrawnOn == null;
        }
    }

    @AggregateIdentifier
    private CooperationBodyId id;
    private RegionKey regionKey;
    private LocalDate foundedOn;
    private String site;
    private LocalDate lastMovedOn;
    private LocalDate dissolvedOn;
    // not final: a snapshot is read back into these fields
    /** Every partnership ever, by id: an id names one partnership and is never reused; withdrawn ones stay. */
    private Map<PartnerId, Partnership> partners = new LinkedHashMap<>();

    /** For Axon, and for Jackson when it reads a snapshot. */
    @JsonCreator
    protected CooperationBody() {
    }

    @CommandHandler
    public CooperationBody(EstablishCooperationBody command, MetaData metaData, Foundations foundations) {
        RegionScope.check(metaData, command.regionKey());
        checkKindName(command.kind(), command.kindName());
        if (!foundations.regionRegistered(command.regionKey())) {
            throw Rejection.invalid("regionKey", "no region " + command.regionKey() + " is registered");
        }
        if (command.agreementId() != null) {
            checkAgreement(command, foundations);
        }
        checkFoundingPartners(command.partners());
        apply(new CooperationBodyEstablished(command.cooperationBodyId(), command.regionKey(), command.kind(),
                command.kindName(), command.name(), command.site(), command.partners(), command.agreementId(),
                command.foundedOn()), inRegion(command.regionKey()));
    }

    private static void checkKindName(CooperationBodyKind kind, String kindName) {
        if (kind == CooperationBodyKind.OTHER && kindName == null) {
            throw Rejection.invalid("kindName", "a cooperation body of another kind names its kind (kindName)");
        }
        if (kind != CooperationBodyKind.OTHER && kindName != null) {
            throw Rejection.invalid("kindName", "only a cooperation body of kind OTHER names its kind; a " + kind
                    + " has its name already");
        }
    }

    private static void checkAgreement(EstablishCooperationBody command, Foundations foundations) {
        var agreement = foundations.agreement(command.agreementId()).orElseThrow(() -> Rejection.invalid(
                "agreementId", "no cooperation agreement " + command.agreementId() + " exists"));
        if (agreement.scope() == AgreementScope.REGIONAL && !command.regionKey().equals(agreement.regionKey())) {
            throw Rejection.invalid("agreementId", "agreement " + command.agreementId() + " belongs to region "
                    + agreement.regionKey() + "; a body in " + command.regionKey() + " cannot implement it");
        }
    }

    private static void checkFoundingPartners(List<Partner> founding) {
        if (founding.isEmpty()) {
            throw Rejection.invalid("partners", "a cooperation body is founded by at least one partner organisation");
        }
        var ids = new HashSet<PartnerId>();
        var names = new HashSet<String>();
        for (var partner : founding) {
            if (!ids.add(partner.partnerId()) || !names.add(partner.organisation().toLowerCase())) {
                throw Rejection.invalid("partners", partner.organisation() + " is listed twice");
            }
        }
    }

    /** The sender must act for the body's region; only then does the version it saw matter. */
    @CommandHandlerInterceptor
    Object checkSenderAndVersion(CooperationBodyCommand command, MetaData metaData, InterceptorChain chain)
            throws Exception {
        RegionScope.check(metaData, regionKey);
        ExpectedVersion.check(command.expectedVersion());
        return chain.proceed();
    }

    @CommandHandler
    long handle(AdmitCooperationPartner command) {
        requireNotDissolved("admit partners");
        var partner = command.partner();
        if (partners.containsKey(partner.partnerId())) {
            throw Rejection.conflict("partner id " + partner.partnerId() + " is already taken in this body");
        }
        if (command.admittedOn().isBefore(foundedOn)) {
            throw Rejection.invalid("admittedOn", "the body was founded on " + foundedOn
                    + "; nobody can be admitted before (" + command.admittedOn() + ")");
        }
        if (partners.values().stream().anyMatch(held -> held.active()
                && held.partner().sameOrganisation(partner.organisation()))) {
            throw Rejection.conflict(partner.organisation() + " is already a partner of this body");
        }
        apply(new CooperationPartnerAdmitted(id, partner, command.admittedOn()), inRegion(regionKey));
        return version();
    }

    @CommandHandler
    long handle(WithdrawCooperationPartner command) {
        requireNotDissolved("withdraw partners");
        var partnership = partners.get(command.partnerId());
        if (partnership == null || !partnership.active()) {
            throw Rejection.notFound("no active partner " + command.partnerId() + " in this body");
        }
        if (command.withdrawnOn().isBefore(partnership.admittedOn())) {
            throw Rejection.invalid("withdrawnOn", "a withdrawal cannot precede the partner's admission ("
                    + partnership.admittedOn() + ")");
        }
        apply(new CooperationPartnerWithdrawn(id, command.partnerId(), command.withdrawnOn()), inRegion(regionKey));
        return version();
    }

    @CommandHandler
    long handle(ChangeCooperationSite command) {
        requireNotDissolved("move");
        if (command.site().equalsIgnoreCase(site)) {
            throw Rejection.conflict("the body already works at " + site);
        }
        var since = lastMovedOn != null ? lastMovedOn : foundedOn;
        if (command.movedOn().isBefore(since)) {
            throw Rejection.invalid("movedOn", "the body works at its present site since " + since
                    + "; a move cannot be dated before (" + command.movedOn() + ")");
        }
        apply(new CooperationSiteChanged(id, command.site(), command.movedOn()), inRegion(regionKey));
        return version();
    }

    @CommandHandler
    long handle(DissolveCooperationBody command) {
        requireNotDissolved("dissolve");
        if (command.dissolvedOn().isBefore(foundedOn)) {
            throw Rejection.invalid("dissolvedOn", "the body was founded on " + foundedOn
                    + "; it cannot be dissolved before (" + command.dissolvedOn() + ")");
        }
        apply(new CooperationBodyDissolved(id, command.dissolvedOn(), command.reason()), inRegion(regionKey));
        return version();
    }

    private void requireNotDissolved(String what) {
        if (dissolvedOn != null) {
            throw Rejection.conflict("the body was dissolved on " + dissolvedOn + "; nobody can " + what
                    + " any more");
        }
    }

    private static long version() {
        return AggregateLifecycle.getVersion();
    }

    // ---- state

    @EventSourcingHandler
    void on(CooperationBodyEstablished event) {
        id = event.cooperationBodyId();
        regionKey = event.regionKey();
        foundedOn = event.foundedOn();
        site = event.site();
        event.partners().forEach(partner -> partners.put(partner.partnerId(),
                new Partnership(partner, event.foundedOn(), null)));
    }

    @EventSourcingHandler
    void on(CooperationPartnerAdmitted event) {
        partners.put(event.partner().partnerId(), new Partnership(event.partner(), event.admittedOn(), null));
    }

    @EventSourcingHandler
    void on(CooperationPartnerWithdrawn event) {
        partners.computeIfPresent(event.partnerId(),
                (partnerId, held) -> new Partnership(held.partner(), held.admittedOn(), event.withdrawnOn()));
    }

    @EventSourcingHandler
    void on(CooperationSiteChanged event) {
        site = event.site();
        lastMovedOn = event.movedOn();
    }

    @EventSourcingHandler
    void on(CooperationBodyDissolved event) {
        dissolvedOn = event.dissolvedOn();
    }
}
