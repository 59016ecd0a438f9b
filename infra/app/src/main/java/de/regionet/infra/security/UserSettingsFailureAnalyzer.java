package de.regionet.infra.security;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * A start that fails on a bad {@code regionet.users} entry: the setting and what it must be in one line, instead
 * of the line deep inside a stack trace. Registered in {@code META-INF/spring.factories}.
 */
class UserSettingsFailureAnalyzer extends AbstractFailureAnalyzer<InvalidUserSetting> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, InvalidUserSetting cause) {
        return new FailureAnalysis("Bad user setting: " + cause.getMessage() + ".",
                "Correct it where it is set (application.yml, the environment as REGIONET_USERS_<i>_..., or the "
                        + "command line as --regionet.users[i]...) and start again; README \"Users and sign-in\" "
                        + "shows a complete user.", cause);
    }
}
