package de.regionet.kernel.workinggroup;

/** What a resolution decided; always computed from the votes and the rules, never sent by a client. */
public enum Outcome { ADOPTED, REJECTED }
