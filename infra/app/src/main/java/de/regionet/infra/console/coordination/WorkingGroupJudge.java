package de.regionet.infra.console.coordination;

import de.regionet.command.workinggroup.ResolutionJudgement;
import de.regionet.kernel.workinggroup.DecisionCommand.PreviewResolution;
import de.regionet.kernel.workinggroup.DecisionCommand.RecordResolution;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

/**
 * Asks the working group itself, as {@code POST /api/working-groups/{id}/resolutions/preview} does: the preview
 * command is judged by the aggregate with the rules it records by, and nothing is stored (ADR 0018).
 */
@Component
class WorkingGroupJudge implements ResolutionJudge {

    private final CommandGateway commands;

    WorkingGroupJudge(CommandGateway commands) {
        this.commands = commands;
    }

    @Override
    public Judgement judge(RecordResolution resolution) {
        ResolutionJudgement judgement = commands.sendAndWait(new PreviewResolution(resolution));
        return new Judgement(judgement.quorate(), judgement.votingMembers().size(), judgement.takingPart(),
                judgement.quorumNeeded(), judgement.yes(), judgement.no(), judgement.abstain(),
                judgement.recusals().size(), judgement.outcome().name());
    }
}
