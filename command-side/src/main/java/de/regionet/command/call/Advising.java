package de.regionet.command.call;

import de.regionet.kernel.Rejection;
import de.regionet.kernel.call.Advice;
import de.regionet.kernel.call.CallCommand.AdviseOnProposals;
import de.regionet.kernel.call.ProposalId;

import java.util.HashSet;
import java.util.Set;

/**
 * Judges an advisory vote against the call: each proposal advised on exists, is advised on once (a vote is not
 * revised: the state decides on what the region said) and not yet decided by the state.
 */
record Advising(Set<ProposalId> proposals, Set<ProposalId> advised, Set<ProposalId> decided) {

    void judge(AdviseOnProposals command) {
        var named = new HashSet<ProposalId>();
        for (Advice advice : command.advice()) {
            var proposal = advice.proposalId();
            if (!proposals.contains(proposal)) {
                throw Rejection.invalid("advice", "no proposal " + proposal + " in this call");
            }
            if (!named.add(proposal)) {
                throw Rejection.invalid("advice", "proposal " + proposal + " is advised on twice");
            }
            if (advised.contains(proposal)) {
                throw Rejection.conflict("the region already advised on proposal " + proposal);
            }
            if (decided.contains(proposal)) {
                throw Rejection.conflict("the state already decided on proposal " + proposal);
            }
        }
    }
}
