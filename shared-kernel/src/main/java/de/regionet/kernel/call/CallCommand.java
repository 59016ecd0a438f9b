package de.regionet.kernel.call;

import de.regionet.kernel.Euro;
import de.regionet.kernel.Require;
import de.regionet.kernel.TextLimits;
import de.regionet.kernel.access.SentBy;
import de.regionet.kernel.indicator.IndicatorValues;
import de.regionet.kernel.programme.FundingArea;
import de.regionet.kernel.programme.ProgrammeId;
import de.regionet.kernel.region.RegionKey;
import de.regionet.kernel.workinggroup.ResolutionId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.List;

import static de.regionet.kernel.access.Role.NETWORK_OFFICE;
import static de.regionet.kernel.access.Role.PROJECT_SPONSOR;
import static de.regionet.kernel.access.Role.REGIONAL_COORDINATOR;

/**
 * Commands of a competition procedure ({@code Call}): the regional coordination opens it for its region, sponsors
 * propose until the deadline, the working group's resolution selects. Each names the call version the sender based
 * it on ({@code null}: the sender does not care).
 */
public sealed interface CallCommand {

    CallId callId();

    Long expectedVersion();

    /** Opens a call in {@code regionKey} for a funding area of a programme, taking proposals until {@code deadline}. */
    @SentBy({NETWORK_OFFICE, REGIONAL_COORDINATOR})
    record OpenCall(@TargetAggregateIdentifier CallId callId, RegionKey regionKey, ProgrammeId programmeId,
                    FundingArea fundingArea, String title, Euro budget, Instant deadline, List<String> criteria)
            implements CallCommand {
        public OpenCall {
            Require.present(callId, "callId");
            Require.present(regionKey, "regionKey");
            Require.present(programmeId, "programmeId");
            Require.present(fundingArea, "fundingArea");
            title = Require.text(title, "title", TextLimits.NAME);
            Require.present(budget, "budget");
            if (!budget.isPositive()) {
                throw new IllegalArgumentException("a call's budget is more than 0 €");
            }
            Require.present(deadline, "deadline");
            criteria = criteria == null ? List.of()
                    : criteria.stream().map(criterion -> Require.text(criterion, "criterion", TextLimits.SUMMARY))
                    .toList();
        }

        @Override
        public Long expectedVersion() {
            return null;
        }
    }

    /**
     * A sponsor's proposal to the call. A project sponsor proposes for its own organisation; the regional
     * coordination or the network office may record a proposal on a sponsor's behalf.
     */
    @SentBy({NETWORK_OFFICE, REGIONAL_COORDINATOR, PROJECT_SPONSOR})
    record SubmitProposal(@TargetAggregateIdentifier CallId callId, ProposalId proposalId, String sponsor,
                          String title, String summary, Euro requested, int durationMonths,
                          IndicatorValues plannedIndicators, Long expectedVersion) implements CallCommand {
        public SubmitProposal {
            Require.present(callId, "callId");
            Require.present(proposalId, "proposalId");
            sponsor = Require.text(sponsor, "sponsor", TextLimits.NAME);
            title = Require.text(title, "title", TextLimits.NAME);
            summary = Require.text(summary, "summary", TextLimits.TEXT);
            Require.present(requested, "requested");
            if (!requested.isPositive()) {
                throw new IllegalArgumentException("a proposal requests more than 0 €");
            }
            if (durationMonths < 1 || durationMonths > 120) {
                throw new IllegalArgumentException("a project runs between 1 and 120 months");
            }
            plannedIndicators = plannedIndicators == null ? IndicatorValues.NONE : plannedIndicators;
        }
    }

    /**
     * Records the selection the working group decided by {@code resolutionId}: every proposal of the call is either
     * selected, with the amount granted, or not selected, with the reason.
     */
    @SentBy({NETWORK_OFFICE, REGIONAL_COORDINATOR})
    record SelectProposals(@TargetAggregateIdentifier CallId callId, ResolutionId resolutionId, List<Award> selected,
                           List<NotSelected> notSelected, Long expectedVersion) implements CallCommand {
        public SelectProposals {
            Require.present(callId, "callId");
            Require.present(resolutionId, "resolutionId");
            selected = selected == null ? List.of() : List.copyOf(selected);
            notSelected = notSelected == null ? List.of() : List.copyOf(notSelected);
        }
    }
}
