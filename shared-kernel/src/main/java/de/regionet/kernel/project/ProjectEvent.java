package de.regionet.kernel.project;

import de.regionet.kernel.Euro;
import de.regionet.kernel.Period;
import de.regionet.kernel.call.CallId;
import de.regionet.kernel.call.ProposalId;
import de.regionet.kernel.indicator.IndicatorValues;
import de.regionet.kernel.programme.FundingArea;
import de.regionet.kernel.programme.ProgrammeId;
import de.regionet.kernel.region.RegionKey;
import de.regionet.kernel.workinggroup.ResolutionId;

import java.time.LocalDate;
import java.util.List;

/** Facts in a project's stream, each in the project's region. */
public sealed interface ProjectEvent {

    ProjectId projectId();

    /**
     * The project was launched on {@code launchedOn} because resolution {@code resolutionId} selected proposal
     * {@code proposalId} of call {@code callId}, granting {@code grant}. A project selected before RegioNet has no
     * call, proposal or resolution here ({@code null}) and names who selected it when in {@code selection}, which is
     * {@code null} for every project that came out of a RegioNet call (and in events stored before it existed).
     * A project the state funded (a call of procedure {@code REGIONAL_ADVICE_STATE_DECISION}) has no resolution and
     * names its {@code funds}, which sum to {@code grant}; {@code null} for a project granted in one amount whose fund
     * was not recorded (every project selected regionally, and every one stored before funds were).
     */
    record ProjectLaunched(ProjectId projectId, CallId callId, ProposalId proposalId, ResolutionId resolutionId,
                           RegionKey regionKey, ProgrammeId programmeId, FundingArea fundingArea, String sponsor,
                           String title, String summary, Euro grant, int durationMonths,
                           IndicatorValues plannedIndicators, LocalDate launchedOn,
                           SelectedBeforeRegioNet selection, List<FundAmount> funds) implements ProjectEvent {

        /** A project granted in one amount. */
        public ProjectLaunched(ProjectId projectId, CallId callId, ProposalId proposalId, ResolutionId resolutionId,
                               RegionKey regionKey, ProgrammeId programmeId, FundingArea fundingArea, String sponsor,
                               String title, String summary, Euro grant, int durationMonths,
                               IndicatorValues plannedIndicators, LocalDate launchedOn,
                               SelectedBeforeRegioNet selection) {
            this(projectId, callId, proposalId, resolutionId, regionKey, programmeId, fundingArea, sponsor, title,
                    summary, grant, durationMonths, plannedIndicators, launchedOn, selection, null);
        }

        /** A project selected in a RegioNet call. */
        public ProjectLaunched(ProjectId projectId, CallId callId, ProposalId proposalId, ResolutionId resolutionId,
                               RegionKey regionKey, ProgrammeId programmeId, FundingArea fundingArea, String sponsor,
                               String title, String summary, Euro grant, int durationMonths,
                               IndicatorValues plannedIndicators, LocalDate launchedOn) {
            this(projectId, callId, proposalId, resolutionId, regionKey, programmeId, fundingArea, sponsor, title,
                    summary, grant, durationMonths, plannedIndicators, launchedOn, null, null);
        }
    }

    /** Who selected a project before RegioNet recorded the network's decisions ({@code decidedBy}), and when. */
    record SelectedBeforeRegioNet(String decidedBy, LocalDate decidedOn) {
    }

    /**
     * Results for {@code period}, shared with {@code audience}. {@code corrects} names the earlier result this one
     * replaces ({@code null}: a result of its own); the earlier one stays in the history.
     */
    record ResultRecorded(ProjectId projectId, ResultId resultId, Period period, IndicatorValues indicators,
                          String narrative, List<Attachment> attachments, Audience audience, ResultId corrects,
                          LocalDate recordedOn) implements ProjectEvent {
    }

    /**
     * Result {@code resultId} is shared with {@code audience} from {@code sharedOn} on, wider than before; it says
     * what it said, and its recording keeps the audience it was first shared with.
     */
    record ResultShared(ProjectId projectId, ResultId resultId, Audience audience, LocalDate sharedOn)
            implements ProjectEvent {
    }

    record ProjectCompleted(ProjectId projectId, LocalDate completedOn, String finalReport,
                            List<Attachment> attachments) implements ProjectEvent {
    }
}
