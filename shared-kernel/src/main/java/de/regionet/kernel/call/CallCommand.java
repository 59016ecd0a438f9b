package de.regionet.kernel.call;

import de.regionet.kernel.Euro;
import de.regionet.kernel.Rejection;
import de.regionet.kernel.Require;
import de.regionet.kernel.TextLimits;
import de.regionet.kernel.access.SentBy;
import de.regionet.kernel.indicator.IndicatorValues;
import de.regionet.kernel.network.NetworkId;
import de.regionet.kernel.programme.FundingArea;
import de.regionet.kernel.programme.ProgrammeId;
import de.regionet.kernel.region.RegionKey;
import de.regionet.kernel.workinggroup.ResolutionId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static de.regionet.kernel.access.Role.GRANTING_AUTHORITY;
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
     * has passed when the call is recorded closes it at once. A {@link Reach#STATE_WIDE state-wide} call has no
     * region ({@code regionKey} {@code null}); {@code reach} and {@code procedure} {@code null} read as a regional
     * call selected regionally, as every call was before they existed. A state-wide call belongs to {@code network}
     * ({@code null}: the one network its sender is the office of, else the default); a regional call to its
     * region's network ({@code null}, or that one). The programme must be of the same network.
     */
    @SentBy({NETWORK_OFFICE, REGIONAL_COORDINATOR})
    record OpenCall(@TargetAggregateIdentifier CallId callId, RegionKey regionKey, ProgrammeId programmeId,
                    FundingArea fundingArea, String title, Euro budget, Instant deadline, List<String> criteria,
                    LocalDate openedOn, Reach reach, DecisionProcedure procedure, NetworkId network)
            implements CallCommand {
        public OpenCall {
            Require.present(callId, "callId");
            reach = Reach.orDefault(reach);
            procedure = DecisionProcedure.orDefault(procedure);
            if (reach == Reach.REGIONAL && regionKey == null) {
                throw Rejection.invalid("regionKey", "a regional call names its region");
            }
            if (reach == Reach.STATE_WIDE && regionKey != null) {
                throw Rejection.invalid("regionKey", "a state-wide call has no region of its own; its proposals "
                        + "name theirs");
            }
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

        /** A call of the network its region or sender decides. */
        public OpenCall(CallId callId, RegionKey regionKey, ProgrammeId programmeId, FundingArea fundingArea,
                        String title, Euro budget, Instant deadline, List<String> criteria, LocalDate openedOn,
                        Reach reach, DecisionProcedure procedure) {
            this(callId, regionKey, programmeId, fundingArea, title, budget, deadline, criteria, openedOn, reach,
                    procedure, null);
        }

        /** A call opened on the day it is recorded. */
        public OpenCall(CallId callId, RegionKey regionKey, ProgrammeId programmeId, FundingArea fundingArea,
                        String title, Euro budget, Instant deadline, List<String> criteria) {
            this(callId, regionKey, programmeId, fundingArea, title, budget, deadline, criteria, null);
        }

        /** A regional call selected by the region's working group. */
        public OpenCall(CallId callId, RegionKey regionKey, ProgrammeId programmeId, FundingArea fundingArea,
                        String title, Euro budget, Instant deadline, List<String> criteria, LocalDate openedOn) {
            this(callId, regionKey, programmeId, fundingArea, title, budget, deadline, criteria, openedOn, null,
                    null);
        }

        @Override
        public Long expectedVersion() {
            return null;
        }
    }

    /**
     * A sponsor's proposal to the call, submitted at {@code submittedAt} ({@code null}: when it is recorded). A
     * project sponsor proposes for its own organisation; the regional coordination or the network office may record
     * a proposal on a sponsor's behalf, also one submitted before the deadline and recorded after it. A proposal to a
     * state-wide call names the region it is for ({@code regionKey}); one to a regional call is in the call's region
     * ({@code null}, or that region).
     */
    @SentBy({NETWORK_OFFICE, REGIONAL_COORDINATOR, PROJECT_SPONSOR})
    record SubmitProposal(@TargetAggregateIdentifier CallId callId, ProposalId proposalId, String sponsor,
                          String title, String summary, Euro requested, int durationMonths,
                          IndicatorValues plannedIndicators, Instant submittedAt, RegionKey regionKey,
                          Long expectedVersion)
            implements CallCommand {

        /** A proposal in the call's own region. */
        public SubmitProposal(CallId callId, ProposalId proposalId, String sponsor, String title, String summary,
                              Euro requested, int durationMonths, IndicatorValues plannedIndicators,
                              Instant submittedAt, Long expectedVersion) {
            this(callId, proposalId, sponsor, title, summary, requested, durationMonths, plannedIndicators,
                    submittedAt, null, expectedVersion);
        }

        /** A proposal submitted when it is recorded. */
        public SubmitProposal(CallId callId, ProposalId proposalId, String sponsor, String title, String summary,
                              Euro requested, int durationMonths, IndicatorValues plannedIndicators,
                              Long expectedVersion) {
            this(callId, proposalId, sponsor, title, summary, requested, durationMonths, plannedIndicators, null,
                    null, expectedVersion);
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

    /**
     * Records the region's advisory vote on proposals of a call decided by the state
     * ({@link DecisionProcedure#REGIONAL_ADVICE_STATE_DECISION}), given on {@code advisedOn} ({@code null}: the day
     * it is recorded). All proposals advised on at once are of one region; the network office or that region's
     * coordination sends it.
     */
    @SentBy({NETWORK_OFFICE, REGIONAL_COORDINATOR})
    record AdviseOnProposals(@TargetAggregateIdentifier CallId callId, List<Advice> advice, LocalDate advisedOn,
                             Long expectedVersion) implements CallCommand {
        public AdviseOnProposals {
            Require.present(callId, "callId");
            advice = advice == null ? List.of() : List.copyOf(advice);
            if (advice.isEmpty()) {
                throw Rejection.invalid("advice", "an advisory vote advises on at least one proposal");
            }
        }
    }

    /**
     * Records the state's funding decision on proposals of a call decided by the state, taken on {@code decidedOn}
     * ({@code null}: the day it is recorded): each proposal named is granted, from the funds given, or refused with
     * the reason. Proposals may be decided in several decisions; each is decided once.
     */
    @SentBy(GRANTING_AUTHORITY)
    record DecideFunding(@TargetAggregateIdentifier CallId callId, List<FundingGrant> granted,
                         List<FundingRefusal> refused, LocalDate decidedOn, Long expectedVersion)
            implements CallCommand {
        public DecideFunding {
            Require.present(callId, "callId");
            granted = granted == null ? List.of() : List.copyOf(granted);
            refused = refused == null ? List.of() : List.copyOf(refused);
            if (granted.isEmpty() && refused.isEmpty()) {
                throw Rejection.invalid("granted", "a funding decision grants or refuses at least one proposal");
            }
        }
    }
}
