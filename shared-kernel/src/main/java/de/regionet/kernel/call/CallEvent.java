package de.regionet.kernel.call;

import de.regionet.kernel.Euro;
import de.regionet.kernel.indicator.IndicatorValues;
import de.regionet.kernel.network.NetworkId;
import de.regionet.kernel.programme.FundingArea;
import de.regionet.kernel.programme.ProgrammeId;
import de.regionet.kernel.project.FundAmount;
import de.regionet.kernel.project.ProjectId;
import de.regionet.kernel.region.RegionKey;
import de.regionet.kernel.workinggroup.ResolutionId;
import de.regionet.kernel.workinggroup.WorkingGroupId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Facts in a call's stream, each in the call's region. */
public sealed interface CallEvent {

    CallId callId();

    /**
     * The call was opened on {@code openedOn} in region {@code regionKey} ({@code null}: state-wide), decided by
     * {@code procedure} ({@code null} in calls stored before there was a choice, and in every call its working group
     * selects: {@link DecisionProcedure#REGIONAL_SELECTION}).
     * {@code workingGroupId} is the working group that selects; a call the state decides may have none.
     * {@code network} is the network the call belongs to: a regional call's is its region's, a state-wide call's the
     * one it was opened in. Calls stored before calls recorded their network name none: they are Saxony-Anhalt's.
     */
    record CallOpened(CallId callId, RegionKey regionKey, WorkingGroupId workingGroupId, ProgrammeId programmeId,
                      FundingArea fundingArea, String title, Euro budget, Instant deadline, List<String> criteria,
                      LocalDate openedOn, DecisionProcedure procedure, NetworkId network) implements CallEvent {

        public CallOpened {
            network = network == null ? NetworkId.SACHSEN_ANHALT : network;
        }

        /** A call of Saxony-Anhalt's network, as every call stored before calls recorded their network. */
        public CallOpened(CallId callId, RegionKey regionKey, WorkingGroupId workingGroupId, ProgrammeId programmeId,
                          FundingArea fundingArea, String title, Euro budget, Instant deadline, List<String> criteria,
                          LocalDate openedOn, DecisionProcedure procedure) {
            this(callId, regionKey, workingGroupId, programmeId, fundingArea, title, budget, deadline, criteria,
                    openedOn, procedure, null);
        }

        /** A regional call selected by its working group. */
        public CallOpened(CallId callId, RegionKey regionKey, WorkingGroupId workingGroupId, ProgrammeId programmeId,
                          FundingArea fundingArea, String title, Euro budget, Instant deadline, List<String> criteria,
                          LocalDate openedOn) {
            this(callId, regionKey, workingGroupId, programmeId, fundingArea, title, budget, deadline, criteria,
                    openedOn, null);
        }
    }

    /**
     * A proposal was submitted; {@code regionKey} names its region in a state-wide call and is {@code null} in a
     * regional call (the call's region), as in every proposal stored before state-wide calls.
     */
    record ProposalSubmitted(CallId callId, ProposalId proposalId, String sponsor, String title, String summary,
                             Euro requested, int durationMonths, IndicatorValues plannedIndicators,
                             Instant submittedAt, RegionKey regionKey) implements CallEvent {

        /** A proposal in the call's own region. */
        public ProposalSubmitted(CallId callId, ProposalId proposalId, String sponsor, String title, String summary,
                                 Euro requested, int durationMonths, IndicatorValues plannedIndicators,
                                 Instant submittedAt) {
            this(callId, proposalId, sponsor, title, summary, requested, durationMonths, plannedIndicators,
                    submittedAt, null);
        }
    }

    /** The submission deadline passed; the call takes no more proposals. */
    record CallClosed(CallId callId, Instant closedAt) implements CallEvent {
    }

    /**
     * The working group selected by resolution {@code resolutionId}: each selected proposal becomes project
     * {@link Selected#projectId}, the others are recorded as not selected with the reason.
     */
    record ProposalsSelected(CallId callId, ResolutionId resolutionId, List<Selected> selected,
                             List<NotSelected> notSelected) implements CallEvent {
    }

    /** A proposal granted {@code amount}, funded as project {@code projectId}. */
    record Selected(ProposalId proposalId, ProjectId projectId, Euro amount) {
    }

    /** Region {@code regionKey} advised on {@code advisedOn} on its proposals of a call the state decides. */
    record ProposalsAdvised(CallId callId, RegionKey regionKey, List<Advice> advice, LocalDate advisedOn)
            implements CallEvent {
    }

    /**
     * The state's granting authority decided on {@code decidedOn}: each granted proposal becomes project
     * {@link Granted#projectId}, funded from its funds; the refused ones are recorded with the reason.
     */
    record FundingDecided(CallId callId, List<Granted> granted, List<FundingRefusal> refused, LocalDate decidedOn)
            implements CallEvent {
    }

    /** A proposal granted by the state, funded as project {@code projectId} from {@code funds}. */
    record Granted(ProposalId proposalId, ProjectId projectId, List<FundAmount> funds) {
    }
}
