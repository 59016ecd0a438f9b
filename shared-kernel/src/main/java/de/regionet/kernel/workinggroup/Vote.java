package de.regionet.kernel.workinggroup;

/** How a member voted on a motion. Abstentions count for participation, not for the majority. */
public enum Vote { YES, NO, ABSTAIN }
