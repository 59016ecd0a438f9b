package de.regionet.infra.audit;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.ConcurrencyException;

/**
 * Sends a command to the day's audit log, again when another node appended to the same day's log at the same moment
 * (up to five attempts): every node records into one log per day, so concurrent appends are expected, not errors.
 */
public final class AuditLogAppends {

    private static final int ATTEMPTS = 5;

    private AuditLogAppends() {
    }

    public static void send(CommandGateway commands, Object command) {
        for (int attempt = 1; ; attempt++) {
            try {
                commands.sendAndWait(command);
                return;
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS || !causedByConcurrency(e)) {
                    throw e;
                }
            }
        }
    }

    private static boolean causedByConcurrency(Throwable e) {
        for (var cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof ConcurrencyException) {
                return true;
            }
        }
        return false;
    }
}
