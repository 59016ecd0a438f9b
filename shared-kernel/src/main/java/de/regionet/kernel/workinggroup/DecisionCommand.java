package de.regionet.kernel.workinggroup;

import de.regionet.kernel.Period;
import de.regionet.kernel.Require;
import de.regionet.kernel.TextLimits;
import de.regionet.kernel.access.SentBy;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static de.regionet.kernel.access.Role.NETWORK_OFFICE;
import static de.regionet.kernel.access.Role.REGIONAL_COORDINATOR;

/**
 * Commands about a working group's decisions: its rules of procedure, resolutions from meetings, written
 * (circulation) procedures and the priorities for action it adopts. The regional coordination records them for
 * the working group (members themselves are not users); the network office may too. The outcome of a vote is
 * never part of a command: the working group computes it.
 */
public sealed interface DecisionCommand extends WorkingGroupCommand {

    /** Sets the rules of procedure in force from {@code rules.validFrom()} until the next version's start. */
    @SentBy({NETWORK_OFFICE, REGIONAL_COORDINATOR})
    record SetRulesOfProcedure(@TargetAggregateIdentifier WorkingGroupId workingGroupId, RulesOfProcedure rules,
                               Long expectedVersion) implements DecisionCommand {
        public SetRulesOfProcedure {
            Require.present(workingGroupId, "workingGroupId");
            Require.present(rules, "rules");
        }
    }

    /**
     * Records a resolution taken in a meeting on {@code date}: who was present, who voted how, who was recused.
     * Without a subject ({@code null}) the resolution decides about the working group's own affairs, such as its
     * priorities for action.
     */
    @SentBy({NETWORK_OFFICE, REGIONAL_COORDINATOR})
    record RecordResolution(@TargetAggregateIdentifier WorkingGroupId workingGroupId, ResolutionId resolutionId,
                            LocalDate date, String agendaItem, String motion, Subject subject,
                            List<MemberId> present, List<CastVote> votes, List<Recusal> recusals,
                            Long expectedVersion) implements DecisionCommand {

        public static final int MAX_AGENDA_ITEM = 100;

        public RecordResolution {
            Require.present(workingGroupId, "workingGroupId");
            Require.present(resolutionId, "resolutionId");
            Require.present(date, "date");
            agendaItem = Require.text(agendaItem, "agendaItem", MAX_AGENDA_ITEM);
            motion = Require.text(motion, "motion", TextLimits.TEXT);
            present = present == null ? List.of() : List.copyOf(present);
            votes = votes == null ? List.of() : List.copyOf(votes);
            recusals = recusals == null ? List.of() : List.copyOf(recusals);
        }
    }

    /**
     * Judges {@code resolution} exactly as {@link RecordResolution} would and records nothing: the working group
     * answers what would be decided (quorum, counts, outcome) or refuses it as it would refuse the resolution. So
     * the coordination sees a meeting's quorum and outcome before saving, by the one set of rules. Sent by those
     * who may record the resolution.
     */
    @SentBy({NETWORK_OFFICE, REGIONAL_COORDINATOR})
    record PreviewResolution(RecordResolution resolution) implements DecisionCommand {
        public PreviewResolution {
            Require.present(resolution, "resolution");
        }

        @Override
        @TargetAggregateIdentifier
        public WorkingGroupId workingGroupId() {
            return resolution.workingGroupId();
        }

        @Override
        public Long expectedVersion() {
            return resolution.expectedVersion();
        }
    }

    /**
     * Opens a written procedure on {@code openedOn}: the motion goes to the members with a vote that day, who vote
     * until the end of {@code deadline}; {@code closesAt} is that moment in the network's time zone.
     */
    @SentBy({NETWORK_OFFICE, REGIONAL_COORDINATOR})
    record OpenCirculation(@TargetAggregateIdentifier WorkingGroupId workingGroupId, ResolutionId resolutionId,
                           String motion, Subject subject, LocalDate openedOn, LocalDate deadline, Instant closesAt,
                           Long expectedVersion) implements DecisionCommand {
        public OpenCirculation {
            Require.present(workingGroupId, "workingGroupId");
            Require.present(resolutionId, "resolutionId");
            motion = Require.text(motion, "motion", TextLimits.TEXT);
            Require.present(openedOn, "openedOn");
            Require.present(deadline, "deadline");
            Require.present(closesAt, "closesAt");
            if (deadline.isBefore(openedOn)) {
                throw new IllegalArgumentException("the deadline (" + deadline + ") must not be before the opening ("
                        + openedOn + ")");
            }
        }
    }

    /** Records a member's vote in a written procedure, cast on {@code castOn}. */
    @SentBy({NETWORK_OFFICE, REGIONAL_COORDINATOR})
    record CastCirculationVote(@TargetAggregateIdentifier WorkingGroupId workingGroupId, int circulation,
                               MemberId memberId, Vote vote, LocalDate castOn, Long expectedVersion)
            implements DecisionCommand {
        public CastCirculationVote {
            Require.present(workingGroupId, "workingGroupId");
            Require.present(memberId, "memberId");
            Require.present(vote, "vote");
            Require.present(castOn, "castOn");
        }
    }

    /** Records that a member recuses itself from a written procedure for a conflict of interest. */
    @SentBy({NETWORK_OFFICE, REGIONAL_COORDINATOR})
    record DeclareCirculationRecusal(@TargetAggregateIdentifier WorkingGroupId workingGroupId, int circulation,
                                     MemberId memberId, String reason, LocalDate declaredOn, Long expectedVersion)
            implements DecisionCommand {
        public DeclareCirculationRecusal {
            Require.present(workingGroupId, "workingGroupId");
            Require.present(memberId, "memberId");
            reason = Require.text(reason, "reason", TextLimits.SUMMARY);
            Require.present(declaredOn, "declaredOn");
        }
    }

    /**
     * Adopts the region's priorities for action for {@code period}, as decided by an adopted resolution of this
     * working group. They supersede earlier priorities from the period's start.
     */
    @SentBy({NETWORK_OFFICE, REGIONAL_COORDINATOR})
    record AdoptPriorities(@TargetAggregateIdentifier WorkingGroupId workingGroupId, ResolutionId resolutionId,
                           Period period, List<PriorityForAction> priorities, Long expectedVersion)
            implements DecisionCommand {
        public AdoptPriorities {
            Require.present(workingGroupId, "workingGroupId");
            Require.present(resolutionId, "resolutionId");
            Require.present(period, "period");
            if (priorities == null || priorities.isEmpty()) {
                throw new IllegalArgumentException("priorities must name at least one priority for action");
            }
            priorities = List.copyOf(priorities);
        }
    }
}
