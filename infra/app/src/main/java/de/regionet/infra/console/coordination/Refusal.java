package de.regionet.infra.console.coordination;

import de.regionet.infra.web.ProblemTexts;
import de.regionet.kernel.Rejection;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.context.i18n.LocaleContextHolder;

import java.util.regex.Pattern;

/**
 * Why the domain refused what a form sent, for the form's error summary: the field it names (a message key's last
 * part, {@code null} when it names none) and its explanation in the page's language where the domain gave it a
 * text of the bundle (else its English sentence; {@code null}: the page's own text for the field, or for a record
 * changed meanwhile). The same refusals the API answers as problem documents; anything else is not a
 * refusal and is thrown on, to the error page.
 */
record Refusal(String field, String detail) {

    /** The kernel's value checks start their message with the field they check ("motion must not be blank"). */
    private static final Pattern FIELD = Pattern.compile("([a-z][A-Za-z]{1,40}) ");

    static Refusal of(RuntimeException failure) {
        var cause = failure instanceof CommandExecutionException && failure.getCause() instanceof RuntimeException inner
                ? inner : failure;
        if (cause instanceof Rejection rejection) {
            return new Refusal(rejection.field(), ProblemTexts.said(rejection, LocaleContextHolder.getLocale()));
        }
        if (cause instanceof IllegalArgumentException invalid) {
            var named = FIELD.matcher(String.valueOf(invalid.getMessage()));
            return new Refusal(named.lookingAt() ? named.group(1) : null, invalid.getMessage());
        }
        if (cause instanceof ConcurrencyException) {
            return new Refusal(null, null);
        }
        throw failure;
    }
}
