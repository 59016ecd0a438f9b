package de.regionet.kernel.workinggroup;

/** How a working group decided: in a meeting, or in writing (circulation procedure, Umlaufverfahren). */
public enum Procedure { MEETING, WRITTEN }
