package de.regionet.kernel.workinggroup;

import de.regionet.kernel.Period;

import java.time.LocalDate;
import java.util.List;

/**
 * Facts about a working group's decisions, in the working group's stream: the membership and the rules a decision
 * is judged by are the working group's, so they stay consistent with it.
 */
public sealed interface DecisionEvent extends WorkingGroupEvent {

    /** Rules of procedure in force from {@code rules.validFrom()}; a version with the same date replaces it. */
    record RulesOfProcedureSet(WorkingGroupId workingGroupId, RulesOfProcedure rules) implements DecisionEvent {
    }

    /**
     * A resolution, with everything an auditor needs to judge it again: the rules it was judged by, the members who
     * had a vote, who was present (in a written procedure: who voted), who voted how, who was recused and why,
     * whether the body was quorate, and the outcome that follows. {@code circulation} numbers the written procedure
     * it came from ({@code null} for a meeting); {@code agendaItem} is {@code null} for a written procedure;
     * {@code subject} is {@code null} for the working group's own affairs. {@code effect} follows from the working
     * group's kind: an advisory group's resolution is a recommendation; events stored before effects existed have
     * none and read as a {@code DECISION}.
     */
    record ResolutionRecorded(WorkingGroupId workingGroupId, ResolutionId resolutionId, Procedure procedure,
                              Integer circulation, LocalDate date, String agendaItem, String motion, Subject subject,
                              RulesOfProcedure rules, List<MemberId> votingMembers, List<MemberId> present,
                              List<CastVote> votes, List<Recusal> recusals, boolean quorate, Outcome outcome,
                              ResolutionEffect effect)
            implements DecisionEvent {

        public ResolutionRecorded {
            effect = ResolutionEffect.orDecision(effect);
        }

        /** A decision of a deciding working group, as stored before effects existed. */
        public ResolutionRecorded(WorkingGroupId workingGroupId, ResolutionId resolutionId, Procedure procedure,
                                  Integer circulation, LocalDate date, String agendaItem, String motion,
                                  Subject subject, RulesOfProcedure rules, List<MemberId> votingMembers,
                                  List<MemberId> present, List<CastVote> votes, List<Recusal> recusals,
                                  boolean quorate, Outcome outcome) {
            this(workingGroupId, resolutionId, procedure, circulation, date, agendaItem, motion, subject, rules,
                    votingMembers, present, votes, recusals, quorate, outcome, ResolutionEffect.DECISION);
        }
    }

    /**
     * A written procedure was opened: the motion went to {@code votingMembers} (those with a vote on
     * {@code openedOn}, under {@code rules}), who vote until the end of {@code deadline}. Members of organisations
     * that sponsor the subject are recused from the start.
     */
    record CirculationOpened(WorkingGroupId workingGroupId, int circulation, ResolutionId resolutionId, String motion,
                             Subject subject, LocalDate openedOn, LocalDate deadline, RulesOfProcedure rules,
                             List<MemberId> votingMembers, List<Recusal> recusals) implements DecisionEvent {
    }

    record CirculationVoteCast(WorkingGroupId workingGroupId, int circulation, MemberId memberId, Vote vote,
                               LocalDate castOn) implements DecisionEvent {
    }

    record CirculationRecusalDeclared(WorkingGroupId workingGroupId, int circulation, MemberId memberId,
                                      String reason, LocalDate declaredOn) implements DecisionEvent {
    }

    /** The region's priorities for action for {@code period}, adopted by resolution {@code resolutionId}. */
    record PrioritiesAdopted(WorkingGroupId workingGroupId, ResolutionId resolutionId, Period period,
                             List<PriorityForAction> priorities) implements DecisionEvent {
    }
}
