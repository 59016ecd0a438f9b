package de.regionet.command.workinggroup;

import de.regionet.kernel.workinggroup.Recusal;
import de.regionet.kernel.workinggroup.RulesOfProcedure.Majority;
import de.regionet.kernel.workinggroup.RulesOfProcedure.Quorum;

import java.time.LocalDate;
import java.util.List;

/**
 * The answer to {@code POST /api/working-groups/{id}/resolutions/preview}: the judgement of a meeting's resolution
 * as a coordinator reads it before saving. {@code takingPart} are the present members with a vote who are not
 * recused; the body is quorate when they reach {@code quorumNeeded} of {@code votingMembers}.
 */
public record ResolutionPreview(LocalDate date, boolean quorate, int votingMembers, int takingPart,
                                int quorumNeeded, int yes, int no, int abstain, List<Recusal> recusals,
                                ResolutionJudgement.Verdict outcome, Quorum quorum, Majority majority) {

    public static ResolutionPreview of(ResolutionJudgement judgement) {
        return new ResolutionPreview(judgement.date(), judgement.quorate(), judgement.votingMembers().size(),
                judgement.takingPart(), judgement.quorumNeeded(), judgement.yes(), judgement.no(),
                judgement.abstain(), judgement.recusals(), judgement.outcome(), judgement.rules().quorum(),
                judgement.rules().majority());
    }
}
