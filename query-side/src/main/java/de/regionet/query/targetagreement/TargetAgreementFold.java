package de.regionet.query.targetagreement;

import de.regionet.kernel.targetagreement.TargetAgreementEvent.ReviewRecorded;
import de.regionet.kernel.targetagreement.TargetAgreementEvent.TargetAgreementDrafted;
import de.regionet.kernel.targetagreement.TargetAgreementEvent.TargetAgreementEnteredIntoForce;
import de.regionet.kernel.targetagreement.TargetAgreementEvent.TargetAgreementSigned;
import de.regionet.kernel.targetagreement.TargetAgreementEvent.TargetAmendmentEnteredIntoForce;
import de.regionet.kernel.targetagreement.TargetAgreementEvent.TargetAmendmentProposed;
import de.regionet.kernel.targetagreement.TargetAgreementEvent.TargetAmendmentSigned;
import de.regionet.query.readmodel.EventFold;
import de.regionet.query.targetagreement.TargetAgreementView.Amendment;
import de.regionet.query.targetagreement.TargetAgreementView.Review;
import de.regionet.query.targetagreement.TargetAgreementView.Signature;
import org.axonframework.eventhandling.DomainEventMessage;

import java.time.Instant;
import java.util.List;

/**
 * A target agreement's view folded from its own events ({@link EventFold}), as {@link ControllingProjection}
 * builds it: targets, amendments with their signatures, reviews with the figures they froze. The actuals a reader
 * of {@code GET /api/target-agreements/{id}} also sees come from other streams (projects' results), so the audit
 * of this stream shows what the stream itself says.
 */
public final class TargetAgreementFold implements EventFold<TargetAgreementView> {

    private static final TargetAgreementFold FOLD = new TargetAgreementFold();

    private TargetAgreementFold() {
    }

    /** The target agreement as its events tell it. */
    public static TargetAgreementView view(List<? extends DomainEventMessage<?>> events) {
        return FOLD.over(events);
    }

    @Override
    public TargetAgreementView next(TargetAgreementView agreement, Object event, long version, Instant at) {
        if (event instanceof TargetAgreementDrafted drafted) {
            return new TargetAgreementView(drafted.agreementId().value(), drafted.regionKey().value(),
                    drafted.period().from(), drafted.period().to(), List.copyOf(drafted.parties()), List.of(), null,
                    List.copyOf(drafted.targets()), List.of(), List.of(), version);
        }
        if (agreement == null) {
            return null;
        }
        if (event instanceof TargetAgreementSigned signed) {
            return agreement.signed(new Signature(signed.party(), signed.signedOn()), version);
        }
        if (event instanceof TargetAgreementEnteredIntoForce inForce) {
            return agreement.inForce(inForce.effectiveOn(), version);
        }
        if (event instanceof TargetAmendmentProposed proposed) {
            return agreement.proposed(new Amendment(proposed.amendment(), List.copyOf(proposed.targets()),
                    proposed.reason(), proposed.proposedOn(), List.of(), null), version);
        }
        if (event instanceof TargetAmendmentSigned signed) {
            var signature = new Signature(signed.party(), signed.signedOn());
            return agreement.amendment(signed.amendment(), amendment -> amendment.signed(signature), version);
        }
        if (event instanceof TargetAmendmentEnteredIntoForce inForce) {
            return agreement.amendment(inForce.amendment(), amendment -> amendment.inForceFrom(inForce.effectiveOn()),
                    version);
        }
        if (event instanceof ReviewRecorded review) {
            return agreement.reviewed(new Review(review.review(), review.date(), review.assessment(),
                    review.measures(), List.copyOf(review.figures())), version);
        }
        return agreement;
    }
}
