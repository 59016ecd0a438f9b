package de.regionet.command.targetagreement;

/** What a command that numbers what it records answers: the agreement's new version and the number given. */
public record Numbered(long version, int number) {
}
