/**
 * Who may do what: roles, the principal a message comes from ({@link de.regionet.kernel.access.Actor}), and the
 * declarations features make about their commands ({@link de.regionet.kernel.access.SentBy}) and reads
 * ({@link de.regionet.kernel.access.ReadableBy}). Plain Java; the application enforces them.
 */
package de.regionet.kernel.access;
