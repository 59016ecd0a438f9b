package de.regionet.kernel.project;

import de.regionet.kernel.Euro;
import de.regionet.kernel.Period;
import de.regionet.kernel.Require;
import de.regionet.kernel.TextLimits;
import de.regionet.kernel.access.SentBy;
import de.regionet.kernel.indicator.IndicatorValues;
import de.regionet.kernel.programme.FundingArea;
import de.regionet.kernel.programme.ProgrammeId;
import de.regionet.kernel.region.RegionKey;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;

import static de.regionet.kernel.access.Role.NETWORK_OFFICE;
import static de.regionet.kernel.access.Role.PROJECT_SPONSOR;
import static de.regionet.kernel.access.Role.REGIONAL_COORDINATOR;

/**
 * Commands to a {@code Project}. The project's sponsor reports; the region's coordination and the network office
 * may record on its behalf. Projects are launched by the selection of their proposal in a call; only a project
 * selected before RegioNet is recorded by a command of its own.
 */
public sealed interface ProjectCommand {

    ProjectId projectId();

    Long expectedVersion();

    /**
     * Records the project's results for {@code period}, shared with {@code audience}. With {@code corrects} the
     * result replaces an earlier one of the project (which stays in the history).
     */
    @SentBy({NETWORK_OFFICE, REGIONAL_COORDINATOR, PROJECT_SPONSOR})
    record RecordResult(@TargetAggregateIdentifier ProjectId projectId, ResultId resultId, Period period,
                        IndicatorValues indicators, String narrative, List<Attachment> attachments,
                        Audience audience, ResultId corrects, LocalDate recordedOn, Long expectedVersion)
            implements ProjectCommand {
        public RecordResult {
            Require.present(projectId, "projectId");
            Require.present(resultId, "resultId");
            Require.present(period, "period");
            if (period.to() == null) {
                throw new IllegalArgumentException("a reporting period has an end (periodTo)");
            }
            indicators = indicators == null ? IndicatorValues.NONE : indicators;
            narrative = Require.text(narrative, "narrative", TextLimits.DOCUMENT);
            attachments = attachments == null ? List.of() : List.copyOf(attachments);
            Require.present(audience, "audience");
            Require.present(recordedOn, "recordedOn");
        }
    }

    /**
     * Shares result {@code resultId}, already recorded, with a wider {@code audience} on {@code sharedOn}, without
     * recording it again: a result of one region or network becomes an example for other networks, or for the
     * public. Only widens; a result shared too widely is corrected by a result of its own ({@link RecordResult}
     * with {@code corrects}) that names the narrower audience.
     */
    @SentBy({NETWORK_OFFICE, REGIONAL_COORDINATOR})
    record ShareResult(@TargetAggregateIdentifier ProjectId projectId, ResultId resultId, Audience audience,
                       LocalDate sharedOn, Long expectedVersion) implements ProjectCommand {
        public ShareResult {
            Require.present(projectId, "projectId");
            Require.present(resultId, "resultId");
            Require.present(audience, "audience");
            Require.present(sharedOn, "sharedOn");
        }
    }

    /**
     * Records a project that was selected before RegioNet ({@code selectedBy} on {@code selectedOn}, e.g. by the
     * working group in 2022) and launched on {@code launchedOn}, so that its results can be recorded and shared like
     * any other project's. Its funding area must have been open in the programme on {@code selectedOn}.
     */
    @SentBy({NETWORK_OFFICE, REGIONAL_COORDINATOR})
    record RecordProjectSelectedBeforeRegioNet(@TargetAggregateIdentifier ProjectId projectId, RegionKey regionKey,
                                               ProgrammeId programmeId, FundingArea fundingArea, String sponsor,
                                               String title, String summary, Euro grant, int durationMonths,
                                               IndicatorValues plannedIndicators, String selectedBy,
                                               LocalDate selectedOn, LocalDate launchedOn)
            implements ProjectCommand {
        public RecordProjectSelectedBeforeRegioNet {
            Require.present(projectId, "projectId");
            Require.present(regionKey, "regionKey");
            Require.present(programmeId, "programmeId");
            Require.present(fundingArea, "fundingArea");
            sponsor = Require.text(sponsor, "sponsor", TextLimits.NAME);
            title = Require.text(title, "title", TextLimits.NAME);
            summary = Require.text(summary, "summary", TextLimits.TEXT);
            Require.present(grant, "grant");
            if (!grant.isPositive()) {
                throw new IllegalArgumentException("a project's grant is more than 0 €");
            }
            if (durationMonths < 1 || durationMonths > 120) {
                throw new IllegalArgumentException("a project runs between 1 and 120 months");
            }
            plannedIndicators = plannedIndicators == null ? IndicatorValues.NONE : plannedIndicators;
            selectedBy = Require.text(selectedBy, "selectedBy", TextLimits.NAME);
            Require.present(selectedOn, "selectedOn");
            Require.present(launchedOn, "launchedOn");
        }

        /** A creation: there is no version to be based on. */
        @Override
        public Long expectedVersion() {
            return null;
        }
    }

    /** Closes the project on {@code completedOn} with its final report. */
    @SentBy({NETWORK_OFFICE, REGIONAL_COORDINATOR, PROJECT_SPONSOR})
    record CompleteProject(@TargetAggregateIdentifier ProjectId projectId, LocalDate completedOn, String finalReport,
                           List<Attachment> attachments, Long expectedVersion) implements ProjectCommand {
        public CompleteProject {
            Require.present(projectId, "projectId");
            Require.present(completedOn, "completedOn");
            finalReport = Require.text(finalReport, "finalReport", TextLimits.DOCUMENT);
            attachments = attachments == null ? List.of() : List.copyOf(attachments);
        }
    }
}
