package de.regionet.infra.security;

/**
 * A user of {@code regionet.users} that cannot sign in as configured; the message names the setting and what it
 * must be. The application does not start with it ({@link UserSettingsFailureAnalyzer} says so in one line).
 */
final class InvalidUserSetting extends IllegalStateException {

    InvalidUserSetting(String message) {
        super(message);
    }
}
