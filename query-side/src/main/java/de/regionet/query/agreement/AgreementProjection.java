package de.regionet.query.agreement;

import com.mongodb.client.MongoDatabase;
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
import de.regionet.kernel.agreement.AgreementScope;
import de.regionet.kernel.region.RegionKey;
import de.regionet.query.agreement.AgreementView.Consent;
import de.regionet.query.agreement.AgreementView.PartyTimeline;
import de.regionet.query.agreement.AgreementView.TextVersion;
import de.regionet.query.readmodel.VersionedCollection;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Projects agreement streams into the {@code agreements} read collection, one document per agreement. */
@Component
@ProcessingGroup(AgreementProjection.NAME)
public class AgreementProjection {

    public static final String NAME = "agreements";

    private final VersionedCollection<AgreementView> agreements;

    AgreementProjection(MongoDatabase database, MeterRegistry meters) {
        this.agreements = VersionedCollection.withRecordHistory(database, NAME, AgreementView.class, meters);
    }

    @EventHandler
    void on(AgreementDrafted event, @SequenceNumber long version) {
        var id = event.agreementId().value();
        var parties = event.parties().stream().map(party -> new PartyTimeline(party.name(), key(party.regionKey()),
                true, null, null, null, null)).toList();
        var signedText = new TextVersion(1, event.documentSha256().value(), null, null, List.of(), null);
        agreements.create(id, version, new AgreementView(id, event.title(), event.scope(), key(event.regionKey()),
                event.validFrom(), event.validUntil(), parties, List.of(signedText), null, null, null, version,
                event.network().value()));
    }

    @EventHandler
    void on(AgreementSigned event, @SequenceNumber long version) {
        agreements.update(event.agreementId().value(), version, agreement -> agreement.withCurrentParty(event.party(),
                party -> new PartyTimeline(party.party(), party.regionKey(), true, event.signedOn(),
                        event.signatory(), null, null), version));
    }

    @EventHandler
    void on(AgreementEnteredIntoForce event, @SequenceNumber long version) {
        agreements.update(event.agreementId().value(), version,
                agreement -> agreement.inForceFrom(event.effectiveOn(), version));
    }

    @EventHandler
    void on(PartyAcceded event, @SequenceNumber long version) {
        var party = new PartyTimeline(event.party().name(), key(event.party().regionKey()), false, null, null,
                event.accededOn(), null);
        agreements.update(event.agreementId().value(), version, agreement -> agreement.withParty(party, version));
    }

    @EventHandler
    void on(PartyWithdrew event, @SequenceNumber long version) {
        agreements.update(event.agreementId().value(), version, agreement -> agreement.withCurrentParty(event.party(),
                party -> new PartyTimeline(party.party(), party.regionKey(), party.original(), party.signedOn(),
                        party.signatory(), party.accededOn(), event.withdrawnOn()), version));
    }

    @EventHandler
    void on(AmendmentProposed event, @SequenceNumber long version) {
        var text = new TextVersion(event.amendment(), event.documentSha256().value(), event.summary(),
                event.proposedOn(), List.of(), null);
        agreements.update(event.agreementId().value(), version, agreement -> agreement.withVersion(text, version));
    }

    @EventHandler
    void on(AmendmentConsented event, @SequenceNumber long version) {
        agreements.update(event.agreementId().value(), version, agreement -> agreement.withTextVersion(
                event.amendment(), text -> {
                    var consents = new ArrayList<>(text.consents());
                    consents.add(new Consent(event.party(), event.consentedOn()));
                    return new TextVersion(text.version(), text.documentSha256(), text.summary(), text.proposedOn(),
                            List.copyOf(consents), null);
                }, version));
    }

    @EventHandler
    void on(AmendmentEnteredIntoForce event, @SequenceNumber long version) {
        agreements.update(event.agreementId().value(), version, agreement -> agreement.withTextVersion(
                event.amendment(), text -> new TextVersion(text.version(), text.documentSha256(), text.summary(),
                        text.proposedOn(), text.consents(), event.effectiveOn()), version));
    }

    @EventHandler
    void on(AgreementTerminated event, @SequenceNumber long version) {
        agreements.update(event.agreementId().value(), version,
                agreement -> agreement.terminated(event.effectiveOn(), event.reason(), version));
    }

    /** Expiry is derived from {@code validUntil} for any day asked about; the event only moves the version on. */
    @EventHandler
    void on(AgreementExpired event, @SequenceNumber long version) {
        agreements.update(event.agreementId().value(), version, agreement -> agreement.seen(version));
    }

    @ResetHandler
    void reset() {
        agreements.clear();
    }

    public VersionedCollection<AgreementView> agreements() {
        return agreements;
    }

    /** An agreement a region is bound by. */
    public record BindingAgreement(String id, String title) {
    }

    /** For each region key, the state-wide agreements that bind a party standing for that region on {@code day}. */
    public Map<String, List<BindingAgreement>> stateAgreementsByRegion(LocalDate day) {
        var byRegion = new LinkedHashMap<String, List<BindingAgreement>>();
        for (var agreement : agreements.all("title")) {
            if (agreement.scope() != AgreementScope.STATE) {
                continue;
            }
            agreement.parties().stream()
                    .filter(party -> party.regionKey() != null && agreement.binds(party, day))
                    .map(PartyTimeline::regionKey).distinct()
                    .forEach(region -> byRegion.computeIfAbsent(region, key -> new ArrayList<>())
                            .add(new BindingAgreement(agreement.id(), agreement.title())));
        }
        return byRegion;
    }

    /**
     * The agreements in force on {@code day} that concern {@code region} (as the agreement's region or a party's):
     * what {@code GET /api/agreements?region=&status=IN_FORCE} answers anyone, the portal's region page included.
     */
    public List<BindingAgreement> inForceFor(String region, LocalDate day) {
        return agreements.all("title").stream()
                .filter(agreement -> region.equals(agreement.regionKey()) || agreement.parties().stream()
                        .anyMatch(party -> region.equals(party.regionKey())))
                .filter(agreement -> AgreementAsOf.statusOn(agreement, day) == AgreementAsOf.Status.IN_FORCE)
                .map(agreement -> new BindingAgreement(agreement.id(), agreement.title()))
                .toList();
    }

    private static String key(RegionKey region) {
        return region == null ? null : region.value();
    }
}
