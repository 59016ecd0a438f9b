package de.regionet.kernel.networkevent;

/** What registering answers: the network event's new version and where the registration stands. */
public record RegistrationAnswer(long version, RegistrationStatus status) {
}
