package de.regionet.command.workinggroup;

import de.regionet.kernel.workinggroup.MemberId;
import de.regionet.kernel.workinggroup.Outcome;
import de.regionet.kernel.workinggroup.Recusal;
import de.regionet.kernel.workinggroup.RulesOfProcedure;

import java.time.LocalDate;
import java.util.List;

/**
 * What a meeting's resolution decides under the rules of procedure of its date, judged before anything is
 * recorded: the one verdict both the working group (which records it) and the preview (which only shows it) use.
 *
 * @param votingMembers the members with a vote that day, in a stable order
 * @param takingPart    how many of them take part: present and not recused
 * @param quorumNeeded  how many must take part for the body to be quorate
 * @param recusals      the recusals as sent, each checked
 */
public record ResolutionJudgement(LocalDate date, RulesOfProcedure rules, List<MemberId> votingMembers,
                                  int takingPart, int quorumNeeded, int yes, int no, int abstain,
                                  List<Recusal> recusals, Verdict outcome) {

    /**
     * The outcome in the domain's terms: adopted or rejected by the majority the rules ask for, or inquorate, which
     * a meeting cannot decide at all (recording it is refused).
     */
    public enum Verdict {
        ADOPTED, REJECTED, INQUORATE;

        static Verdict of(Outcome outcome) {
            return outcome == Outcome.ADOPTED ? ADOPTED : REJECTED;
        }
    }

    public ResolutionJudgement {
        votingMembers = List.copyOf(votingMembers);
        recusals = List.copyOf(recusals);
    }

    public boolean quorate() {
        return outcome != Verdict.INQUORATE;
    }

    /** The outcome a recorded resolution carries; only a quorate body has one. */
    Outcome recordedOutcome() {
        return switch (outcome) {
            case ADOPTED -> Outcome.ADOPTED;
            case REJECTED -> Outcome.REJECTED;
            case INQUORATE -> throw new IllegalStateException("an inquorate meeting decides nothing");
        };
    }
}
