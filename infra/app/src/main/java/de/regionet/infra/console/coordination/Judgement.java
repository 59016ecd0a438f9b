package de.regionet.infra.console.coordination;

/**
 * What recording a meeting's resolution would decide, as the meeting page shows it before saving: whether the body
 * is quorate ({@code takingPart} of {@code votingMembers} present and not recused, {@code quorumNeeded} needed),
 * the votes, how many are recused, and the outcome in the domain's terms ({@code ADOPTED}, {@code REJECTED}, or
 * {@code INQUORATE}: a meeting that is not quorate decides nothing, and the working group refuses to record it).
 */
record Judgement(boolean quorate, int votingMembers, int takingPart, int quorumNeeded, int yes, int no, int abstain,
                 int recused, String outcome) {
}
