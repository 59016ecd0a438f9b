package de.regionet.kernel.targetagreement;

import de.regionet.kernel.Require;
import de.regionet.kernel.TextLimits;
import de.regionet.kernel.access.SentBy;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;

import static de.regionet.kernel.access.Role.NETWORK_OFFICE;
import static de.regionet.kernel.access.Role.REGIONAL_COORDINATOR;

/**
 * Commands to a {@code TargetAgreement}: its parties sign it (the network office, or the region's coordination,
 * records each signature), targets change only by an amendment every party signs, and controlling reviews record
 * where the region stands. Drafting goes through the region ({@code RegionCommand.DraftTargetAgreement}), which
 * keeps a region's targets for one indicator from overlapping in time.
 */
public sealed interface TargetAgreementCommand {

    TargetAgreementId agreementId();

    Long expectedVersion();

    @SentBy({NETWORK_OFFICE, REGIONAL_COORDINATOR})
    record SignTargetAgreement(@TargetAggregateIdentifier TargetAgreementId agreementId, String party,
                               LocalDate signedOn, Long expectedVersion) implements TargetAgreementCommand {
        public SignTargetAgreement {
            Require.present(agreementId, "agreementId");
            party = Require.text(party, "party", TextLimits.NAME);
            Require.present(signedOn, "signedOn");
        }
    }

    /** Proposes new values (and milestones) for targets the agreement has; in force once every party signed. */
    @SentBy(NETWORK_OFFICE)
    record ProposeTargetAmendment(@TargetAggregateIdentifier TargetAgreementId agreementId, List<Target> targets,
                                  String reason, LocalDate proposedOn, Long expectedVersion)
            implements TargetAgreementCommand {

        public static final int MAX_REASON = 2000;

        public ProposeTargetAmendment {
            Require.present(agreementId, "agreementId");
            if (targets == null || targets.isEmpty()) {
                throw new IllegalArgumentException("an amendment adjusts at least one target");
            }
            targets = List.copyOf(targets);
            reason = Require.text(reason, "reason", MAX_REASON);
            Require.present(proposedOn, "proposedOn");
        }
    }

    @SentBy({NETWORK_OFFICE, REGIONAL_COORDINATOR})
    record SignTargetAmendment(@TargetAggregateIdentifier TargetAgreementId agreementId, int amendment, String party,
                               LocalDate signedOn, Long expectedVersion) implements TargetAgreementCommand {
        public SignTargetAmendment {
            Require.present(agreementId, "agreementId");
            party = Require.text(party, "party", TextLimits.NAME);
            Require.present(signedOn, "signedOn");
        }
    }

    /**
     * Records a controlling review on {@code date}: the figures as they stood then (computed by RegioNet from the
     * results, not sent by the client), the assessment and the measures agreed.
     */
    @SentBy({NETWORK_OFFICE, REGIONAL_COORDINATOR})
    record RecordReview(@TargetAggregateIdentifier TargetAgreementId agreementId, LocalDate date,
                        Assessment assessment, String measures, List<TargetFigure> figures, Long expectedVersion)
            implements TargetAgreementCommand {
        public RecordReview {
            Require.present(agreementId, "agreementId");
            Require.present(date, "date");
            Require.present(assessment, "assessment");
            measures = Require.optionalText(measures, "measures", TextLimits.TEXT);
            figures = figures == null ? List.of() : List.copyOf(figures);
        }
    }
}
