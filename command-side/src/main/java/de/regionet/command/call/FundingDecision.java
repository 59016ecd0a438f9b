package de.regionet.command.call;

import de.regionet.kernel.Euro;
import de.regionet.kernel.Rejection;
import de.regionet.kernel.call.CallCommand.DecideFunding;
import de.regionet.kernel.call.CallEvent.Granted;
import de.regionet.kernel.call.CallEvent.ProposalSubmitted;
import de.regionet.kernel.call.FundingGrant;
import de.regionet.kernel.call.FundingRefusal;
import de.regionet.kernel.call.ProposalId;
import de.regionet.kernel.project.ProjectId;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Judges the state's funding decision against the call: each proposal decided exists, was advised on by its region
 * first (the procedure's order; the decision may differ from the advice), is decided once, is granted at most what it
 * requested, and all grants of the call together stay within its budget.
 */
record FundingDecision(Map<ProposalId, ProposalSubmitted> proposals, Set<ProposalId> advised,
                       Set<ProposalId> decided, Euro budget, Euro grantedBefore) {

    List<Granted> judge(DecideFunding command) {
        var named = new HashSet<ProposalId>();
        Stream.concat(command.granted().stream().map(FundingGrant::proposalId),
                command.refused().stream().map(FundingRefusal::proposalId)).forEach(proposal -> {
            if (!proposals.containsKey(proposal)) {
                throw Rejection.invalid("granted", "no proposal " + proposal + " in this call");
            }
            if (!named.add(proposal)) {
                throw Rejection.invalid("granted", "proposal " + proposal + " is decided twice");
            }
            if (decided.contains(proposal)) {
                throw Rejection.conflict("the state already decided on proposal " + proposal);
            }
            if (!advised.contains(proposal)) {
                throw Rejection.conflict("the region has not advised on proposal " + proposal
                        + " yet; the state decides on its advice");
            }
        });
        var total = grantedBefore;
        var granted = new ArrayList<Granted>();
        for (var grant : command.granted()) {
            var requested = proposals.get(grant.proposalId()).requested();
            if (grant.total().compareTo(requested) > 0) {
                throw Rejection.invalid("granted", "proposal " + grant.proposalId() + " requested " + requested
                        + " and cannot be granted " + grant.total());
            }
            total = total.plus(grant.total());
            granted.add(new Granted(grant.proposalId(), ProjectId.forProposal(grant.proposalId()), grant.funds()));
        }
        if (total.compareTo(budget) > 0) {
            throw Rejection.invalid("granted", "the call's grants would come to " + total + ", more than its budget "
                    + "of " + budget);
        }
        return granted;
    }
}
