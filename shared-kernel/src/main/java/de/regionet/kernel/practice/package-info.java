/**
 * Examples of good practice (Gute Praxis) a network describes so that others learn from them: Hesse's cooperation
 * wants them "spread to places that do not cooperate yet" (issue 22, ADR 0025).
 */
package de.regionet.kernel.practice;
