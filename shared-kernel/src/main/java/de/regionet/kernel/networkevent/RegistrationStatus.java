package de.regionet.kernel.networkevent;

/** Where a registration stands: a place at the event, or a place on its waiting list. */
public enum RegistrationStatus { REGISTERED, WAITLISTED }
