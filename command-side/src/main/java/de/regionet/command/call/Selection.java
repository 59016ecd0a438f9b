package de.regionet.command.call;

import de.regionet.kernel.Euro;
import de.regionet.kernel.Rejection;
import de.regionet.kernel.call.Award;
import de.regionet.kernel.call.CallCommand.SelectProposals;
import de.regionet.kernel.call.CallEvent.ProposalSubmitted;
import de.regionet.kernel.call.CallEvent.Selected;
import de.regionet.kernel.call.NotSelected;
import de.regionet.kernel.call.ProposalId;
import de.regionet.kernel.project.ProjectId;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Judges a selection against the call's proposals and budget: every proposal is decided exactly once, selected
 * (granted at most what it requested) or not selected with a reason, and the grants together stay within the budget.
 * Proposals together may ask for more than the budget; the selection may not grant more.
 */
record Selection(Map<ProposalId, ProposalSubmitted> proposals, Euro budget) {

    List<Selected> judge(SelectProposals command) {
        var decided = new HashSet<ProposalId>();
        Stream.concat(command.selected().stream().map(Award::proposalId),
                command.notSelected().stream().map(NotSelected::proposalId)).forEach(proposal -> {
            if (!proposals.containsKey(proposal)) {
                throw Rejection.invalid("selected", "no proposal " + proposal + " in this call");
            }
            if (!decided.add(proposal)) {
                throw Rejection.invalid("selected", "proposal " + proposal + " is decided twice");
            }
        });
        var undecided = proposals.keySet().stream().filter(proposal -> !decided.contains(proposal)).toList();
        if (!undecided.isEmpty()) {
            throw Rejection.invalid("notSelected", "every proposal is either selected or not selected with a "
                    + "reason; undecided: " + undecided);
        }
        var granted = Euro.ZERO;
        var selected = new ArrayList<Selected>();
        for (var award : command.selected()) {
            var requested = proposals.get(award.proposalId()).requested();
            if (award.amount().compareTo(requested) > 0) {
                throw Rejection.invalid("selected", "proposal " + award.proposalId() + " requested " + requested
                        + " and cannot be granted " + award.amount());
            }
            granted = granted.plus(award.amount());
            selected.add(new Selected(award.proposalId(), ProjectId.forProposal(award.proposalId()), award.amount()));
        }
        if (granted.compareTo(budget) > 0) {
            throw Rejection.invalid("selected", "the selection grants " + granted + ", more than the call's budget of "
                    + budget);
        }
        return selected;
    }
}
