package de.regionet.infra.console.office;

import de.regionet.kernel.Rejection;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;

import java.util.Map;
import java.util.Optional;

/**
 * Turns what the command bus refuses into a problem a console form shows, as {@code ProblemResponses} turns it into
 * a problem document for the API: a {@link Rejection} by its kind (and field), a stale or concurrent version as
 * "changed in the meantime", an invalid value as invalid input. Anything else is not a refusal and propagates
 * (the error page). {@code fields} maps the command's field names to the form's.
 */
final class Refusals {

    private Refusals() {
    }

    static Optional<FormProblem> of(RuntimeException failure, Map<String, String> fields) {
        Throwable cause = failure instanceof CommandExecutionException && failure.getCause() != null
                ? failure.getCause() : failure;
        if (cause instanceof Rejection rejection) {
            var field = rejection.field() == null ? null : fields.get(rejection.field());
            var kind = rejection.kind() == Rejection.Kind.PRECONDITION_REQUIRED
                    ? Rejection.Kind.STALE_VERSION : rejection.kind();
            return Optional.of(FormProblem.of(field, "office.refused." + kind));
        }
        if (cause instanceof ConcurrencyException) {
            return Optional.of(FormProblem.of(null, "office.refused." + Rejection.Kind.STALE_VERSION));
        }
        if (cause instanceof AggregateNotFoundException) {
            return Optional.of(FormProblem.of(null, "office.refused." + Rejection.Kind.NOT_FOUND));
        }
        if (cause instanceof IllegalArgumentException) {
            return Optional.of(FormProblem.of(null, "office.refused." + Rejection.Kind.INVALID));
        }
        return Optional.empty();
    }
}
