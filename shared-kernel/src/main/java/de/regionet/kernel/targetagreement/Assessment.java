package de.regionet.kernel.targetagreement;

/** How a controlling review judges a region's progress towards its targets. */
public enum Assessment { ON_TRACK, AT_RISK, OFF_TRACK }
