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
import java.time.LocalDate;
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

    /**
     * Opens a call on {@code openedOn} in {@code regionKey} for a funding area of a programme, taking proposals until
     * {@code deadline}. {@code openedOn} may lie in the past ({@code null}: the day it is recorded); a deadline that
     * has passed when the call is recorded closes it at once.
     */
    @SentBy({NETWORK_OFFICE, REGIONAL_COORDINATOR})
    record OpenCall(@TargetAggregateIdentifier CallId callId, RegionKey regionKey, ProgrammeId programmeId,
                    FundingArea fundingArea, String title, Euro budget, Instant deadline, List<String> criteria,
                    LocalDate openedOn) implements CallCommand {
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

        /** A call opened on the day it is recorded. */
        public OpenCall(CallId callId, RegionKey regionKey, ProgrammeId programmeId, FundingArea fundingArea,
                        String title, Euro budget, Instant deadline, List<String> criteria) {
            this(callId, regionKey, programmeId, fundingArea, title, budget, deadline, criteria, null);
        }

        @Override
        public Long expectedVersion() {
            return null;
        }
    }

    /**
     * A sponsor's proposal to the call, submitted at {@code submittedAt} ({@code null}: when it is recorded). A
     * project sponsor proposes for its own organisation; the regional coordination or the network office may record
     * a proposal on a sponsor's behalf, also one submitted before the deadline and recorded after it.
     */
    @SentBy({NETWORK_OFFICE, REGIONAL_COORDINATOR, PROJECT_SPONSOR})
    record SubmitProposal(@TargetAggregateIdentifier CallId callId, ProposalId proposalId, String sponsor,
                          String title, String summary, Euro requested, int durationMonths,
                          IndicatorValues plannedIndicators, Instant submittedAt, Long expectedVersion)
            implements CallCommand {

        /** A proposal submitted when it is recorded. */
        public SubmitProposal(CallId callId, ProposalId proposalId, String sponsor, String title, String summary,
                              Euro requested, int durationMonths, IndicatorValues plannedIndicators,
                              Long expectedVersion) {
            this(callId, proposalId, sponsor, title, summary, requested, durationMonths, plannedIndicators, null,
                    expectedVersion);
        }

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
