package de.regionet.infra.console.sponsor;

import de.regionet.infra.web.ProblemTexts;
import de.regionet.kernel.Euro;
import de.regionet.kernel.Rejection;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.context.i18n.LocaleContextHolder;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * What a console form says is wrong, field by field, for its error summary ({@code role="alert"}) and the messages
 * beside its inputs. Input a page cannot even read (an amount that is no number) is named by a message key in the
 * page's language; a refusal of the domain keeps the domain's own words (as the API's problem documents do) and
 * names the field when the rule does, so the form and the API refuse the same things for the same reasons.
 */
public final class FormErrors {

    /** One finding: the field it concerns ({@code null}: the whole form), a message key, the domain's own text. */
    public record Entry(String field, String key, String detail) {

        /** The field's label key: a field of one row ({@code amount.<proposal>}) is labelled by its column. */
        public String label() {
            return field == null || !field.contains(".") ? field : field.substring(0, field.indexOf('.'));
        }
    }

    private final List<Entry> entries = new ArrayList<>();

    public List<Entry> entries() {
        return List.copyOf(entries);
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /** Whether {@code field} has a finding, for {@code aria-invalid} and the message beside the input. */
    public boolean has(String field) {
        return entries.stream().anyMatch(entry -> field.equals(entry.field()));
    }

    public Entry of(String field) {
        return entries.stream().filter(entry -> field.equals(entry.field())).findFirst().orElse(null);
    }

    public void reject(String field, String key) {
        entries.add(new Entry(field, key, null));
    }

    /** Text the form requires; {@code null} (and a finding) when it is blank. */
    public String required(String field, String value) {
        if (value == null || value.isBlank()) {
            reject(field, "sponsor.error.required");
            return null;
        }
        return value.strip();
    }

    /**
     * An amount in euro as people type it here: {@code 250000}, {@code 250.000}, {@code 250.000,50} or
     * {@code 250000.50}.
     */
    public Euro euro(String field, String value) {
        var text = required(field, value);
        if (text == null) {
            return null;
        }
        var plain = text.replace(" ", "").replace("€", "");
        if (plain.contains(",")) {
            plain = plain.replace(".", "").replace(',', '.');
        } else if (plain.matches("\\d{1,3}(\\.\\d{3})+")) {
            plain = plain.replace(".", "");
        }
        try {
            return Euro.of(plain);
        } catch (RuntimeException notAnAmount) {
            reject(field, "sponsor.error.amount");
            return null;
        }
    }

    /** A number such as an indicator's value, with a decimal comma or point. */
    public BigDecimal number(String field, String value) {
        var text = required(field, value);
        if (text == null) {
            return null;
        }
        try {
            return new BigDecimal(text.replace(" ", "").replace(',', '.'));
        } catch (NumberFormatException notANumber) {
            reject(field, "sponsor.error.number");
            return null;
        }
    }

    public Integer whole(String field, String value) {
        var number = number(field, value);
        if (number == null) {
            return null;
        }
        try {
            return number.intValueExact();
        } catch (ArithmeticException notWhole) {
            reject(field, "sponsor.error.number");
            return null;
        }
    }

    /** A day from a date input ({@code yyyy-MM-dd}); {@code null} without a finding when optional and empty. */
    public LocalDate day(String field, String value, boolean optional) {
        if (optional && (value == null || value.isBlank())) {
            return null;
        }
        var text = required(field, value);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException notADay) {
            reject(field, "sponsor.error.day");
            return null;
        }
    }

    /**
     * Records why a command was refused: the domain's {@link Rejection} (the field named when it is one of the
     * form's {@code fields}), a value object's refusal, or a concurrent change. Anything else is not a refusal and
     * is thrown on, to the error page.
     */
    public FormErrors refused(RuntimeException failure, Set<String> fields) {
        return refused(failure, rejection -> rejection.field() != null && fields.contains(rejection.field())
                ? rejection.field() : null);
    }

    /**
     * As {@link #refused(RuntimeException, Set)}, the form's field of a domain refusal chosen by {@code fieldOf}
     * ({@code null}: the whole form): for forms of one row per item, whose refusals name the item in their words.
     */
    public FormErrors refused(RuntimeException failure, Function<Rejection, String> fieldOf) {
        var cause = failure instanceof CommandExecutionException && failure.getCause() != null
                ? failure.getCause() : failure;
        if (cause instanceof Rejection rejection) {
            var field = fieldOf.apply(rejection);
            entries.add(new Entry(field, "sponsor.error.refused",
                    ProblemTexts.said(rejection, LocaleContextHolder.getLocale())));
        } else if (cause instanceof IllegalArgumentException invalid) {
            entries.add(new Entry(null, "sponsor.error.refused", invalid.getMessage()));
        } else if (cause instanceof ConcurrencyException) {
            entries.add(new Entry(null, "sponsor.error.concurrent", null));
        } else {
            throw failure;
        }
        return this;
    }
}
