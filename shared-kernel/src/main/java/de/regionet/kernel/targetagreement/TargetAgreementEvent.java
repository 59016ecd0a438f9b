package de.regionet.kernel.targetagreement;

import de.regionet.kernel.Period;
import de.regionet.kernel.region.RegionKey;

import java.time.LocalDate;
import java.util.List;

/** Facts in a target agreement's stream, each in the agreement's region. */
public sealed interface TargetAgreementEvent {

    TargetAgreementId agreementId();

    /** Drafted by the network office for {@code regionKey} and {@code period}, between {@code parties}. */
    record TargetAgreementDrafted(TargetAgreementId agreementId, RegionKey regionKey, Period period,
                                  List<String> parties, List<Target> targets) implements TargetAgreementEvent {
    }

    record TargetAgreementSigned(TargetAgreementId agreementId, String party, LocalDate signedOn)
            implements TargetAgreementEvent {
    }

    /** Every party signed; the agreement holds from {@code effectiveOn} (its start, or the last signature). */
    record TargetAgreementEnteredIntoForce(TargetAgreementId agreementId, LocalDate effectiveOn)
            implements TargetAgreementEvent {
    }

    /** Amendment {@code amendment} (numbered from 1) proposes {@code targets} in place of those they measure. */
    record TargetAmendmentProposed(TargetAgreementId agreementId, int amendment, List<Target> targets, String reason,
                                   LocalDate proposedOn) implements TargetAgreementEvent {
    }

    record TargetAmendmentSigned(TargetAgreementId agreementId, int amendment, String party, LocalDate signedOn)
            implements TargetAgreementEvent {
    }

    /** Every party signed the amendment: its targets replace those they measure from {@code effectiveOn}. */
    record TargetAmendmentEnteredIntoForce(TargetAgreementId agreementId, int amendment, LocalDate effectiveOn)
            implements TargetAgreementEvent {
    }

    /** Controlling review {@code review} (numbered from 1) on {@code date}, with the figures frozen as they stood. */
    record ReviewRecorded(TargetAgreementId agreementId, int review, LocalDate date, Assessment assessment,
                          String measures, List<TargetFigure> figures) implements TargetAgreementEvent {
    }
}
