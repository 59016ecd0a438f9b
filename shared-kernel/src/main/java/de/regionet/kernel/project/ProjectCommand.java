package de.regionet.kernel.project;

import de.regionet.kernel.Period;
import de.regionet.kernel.Require;
import de.regionet.kernel.TextLimits;
import de.regionet.kernel.access.SentBy;
import de.regionet.kernel.indicator.IndicatorValues;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;

import static de.regionet.kernel.access.Role.NETWORK_OFFICE;
import static de.regionet.kernel.access.Role.PROJECT_SPONSOR;
import static de.regionet.kernel.access.Role.REGIONAL_COORDINATOR;

/**
 * Commands to a {@code Project}. The project's sponsor reports; the region's coordination and the network office
 * may record on its behalf. Projects themselves are launched by the selection of their proposal, not by a command.
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
