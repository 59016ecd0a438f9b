package de.regionet.kernel.call;

import de.regionet.kernel.Euro;
import de.regionet.kernel.indicator.IndicatorValues;
import de.regionet.kernel.programme.FundingArea;
import de.regionet.kernel.programme.ProgrammeId;
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

    /** The call was opened on {@code openedOn} by the region whose working group {@code workingGroupId} decides it. */
    record CallOpened(CallId callId, RegionKey regionKey, WorkingGroupId workingGroupId, ProgrammeId programmeId,
                      FundingArea fundingArea, String title, Euro budget, Instant deadline, List<String> criteria,
                      LocalDate openedOn) implements CallEvent {
    }

    record ProposalSubmitted(CallId callId, ProposalId proposalId, String sponsor, String title, String summary,
                             Euro requested, int durationMonths, IndicatorValues plannedIndicators,
                             Instant submittedAt) implements CallEvent {
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
}
