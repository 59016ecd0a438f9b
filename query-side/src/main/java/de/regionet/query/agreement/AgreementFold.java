package de.regionet.query.agreement;

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
import de.regionet.kernel.region.RegionKey;
import de.regionet.query.agreement.AgreementView.Consent;
import de.regionet.query.agreement.AgreementView.PartyTimeline;
import de.regionet.query.agreement.AgreementView.TextVersion;
import de.regionet.query.readmodel.EventFold;
import org.axonframework.eventhandling.DomainEventMessage;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * An agreement's view folded from its own events ({@link EventFold}), as {@link AgreementProjection} builds it, and
 * answered as {@code GET /api/agreements/{id}} answers: {@link AgreementAsOf} of one day.
 */
public final class AgreementFold implements EventFold<AgreementView> {

    private static final AgreementFold FOLD = new AgreementFold();

    private AgreementFold() {
    }

    /** The agreement as its events tell it, as it stood on {@code day}. */
    public static AgreementAsOf view(List<? extends DomainEventMessage<?>> events, LocalDate day) {
        var agreement = FOLD.over(events);
        return agreement == null ? null : AgreementAsOf.of(agreement, day);
    }

    @Override
    public AgreementView next(AgreementView agreement, Object event, long version, Instant at) {
        if (event instanceof AgreementDrafted drafted) {
            return drafted(drafted, version);
        }
        if (agreement == null) {
            return null;
        }
        if (event instanceof AgreementSigned signed) {
            return agreement.withCurrentParty(signed.party(), party -> new PartyTimeline(party.party(),
                    party.regionKey(), true, signed.signedOn(), signed.signatory(), null, null), version);
        }
        if (event instanceof AgreementEnteredIntoForce inForce) {
            return agreement.inForceFrom(inForce.effectiveOn(), version);
        }
        if (event instanceof PartyAcceded acceded) {
            return agreement.withParty(new PartyTimeline(acceded.party().name(), key(acceded.party().regionKey()),
                    false, null, null, acceded.accededOn(), null), version);
        }
        if (event instanceof PartyWithdrew withdrew) {
            return agreement.withCurrentParty(withdrew.party(), party -> new PartyTimeline(party.party(),
                    party.regionKey(), party.original(), party.signedOn(), party.signatory(), party.accededOn(),
                    withdrew.withdrawnOn()), version);
        }
        return amended(agreement, event, version);
    }

    private static AgreementView drafted(AgreementDrafted event, long version) {
        var id = event.agreementId().value();
        var parties = event.parties().stream().map(party -> new PartyTimeline(party.name(), key(party.regionKey()),
                true, null, null, null, null)).toList();
        var signedText = new TextVersion(1, event.documentSha256().value(), null, null, List.of(), null);
        return new AgreementView(id, event.title(), event.scope(), key(event.regionKey()), event.validFrom(),
                event.validUntil(), parties, List.of(signedText), null, null, null, version, event.network().value());
    }

    /** Amendments, termination and expiry. */
    private static AgreementView amended(AgreementView agreement, Object event, long version) {
        if (event instanceof AmendmentProposed proposed) {
            return agreement.withVersion(new TextVersion(proposed.amendment(), proposed.documentSha256().value(),
                    proposed.summary(), proposed.proposedOn(), List.of(), null), version);
        }
        if (event instanceof AmendmentConsented consented) {
            return agreement.withTextVersion(consented.amendment(), text -> {
                var consents = new ArrayList<>(text.consents());
                consents.add(new Consent(consented.party(), consented.consentedOn()));
                return new TextVersion(text.version(), text.documentSha256(), text.summary(), text.proposedOn(),
                        List.copyOf(consents), null);
            }, version);
        }
        if (event instanceof AmendmentEnteredIntoForce inForce) {
            return agreement.withTextVersion(inForce.amendment(), text -> new TextVersion(text.version(),
                    text.documentSha256(), text.summary(), text.proposedOn(), text.consents(),
                    inForce.effectiveOn()), version);
        }
        if (event instanceof AgreementTerminated terminated) {
            return agreement.terminated(terminated.effectiveOn(), terminated.reason(), version);
        }
        if (event instanceof AgreementExpired) {
            return agreement.seen(version);
        }
        return agreement;
    }

    private static String key(RegionKey region) {
        return region == null ? null : region.value();
    }
}
