package de.regionet.infra.web;

import de.regionet.command.edge.InvalidHeader;
import de.regionet.infra.web.ProblemTexts.Text;
import de.regionet.kernel.ContradictsRecordedDecisions;
import de.regionet.kernel.Rejection;
import de.regionet.kernel.access.ActorPrincipal;
import de.regionet.kernel.access.Principals;
import de.regionet.kernel.personal.PersonalDataVault;
import jakarta.validation.ConstraintViolationException;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The whole mapping from failures to RFC 9457 problem documents, in one place. Every answer has a {@code type} of
 * the {@link ProblemType} catalogue; input errors name the field in an {@code errors} list; domain rejections keep
 * their message, written for the user; no detail names a Java class. Nothing here answers 5xx except a failure we
 * did not foresee, which is logged. Failures outside Spring MVC are answered by {@link MachineErrors}.
 */
@RestControllerAdvice
class ProblemResponses extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemResponses.class);
    private static final Pattern REJECTED_HEADER = Pattern.compile("header: \"([^\"]{1,100})\"");

    /** A field the answer names, with what is wrong with it ({@code text}: in the client's language). */
    record FieldError(String field, Text text) {

        FieldError(String field, String message) {
            this(field, Text.english(message));
        }
    }

    private final PersonalDataVault vault;

    ProblemResponses() {
        this(null);
    }

    @Autowired
    ProblemResponses(PersonalDataVault vault) {
        this.vault = vault;
    }

    @ExceptionHandler(Rejection.class)
    ResponseEntity<Object> rejected(Rejection rejection) {
        var type = switch (rejection.kind()) {
            case CONFLICT -> ProblemType.CONFLICT;
            case NOT_FOUND -> ProblemType.NOT_FOUND;
            case STALE_VERSION -> ProblemType.PRECONDITION_FAILED;
            case INVALID -> ProblemType.RULE_VIOLATED;
            case FORBIDDEN -> ProblemType.FORBIDDEN;
            case PRECONDITION_REQUIRED -> ProblemType.PRECONDITION_REQUIRED;
        };
        var text = namingTheSender(new Text(rejection.getMessage(), rejection.textKey(), rejection.textArguments()));
        var errors = rejection.field() == null ? List.<FieldError>of()
                : List.of(new FieldError(rejection.field(), text));
        if (rejection instanceof ContradictsRecordedDecisions contradiction) {
            var answer = problem(ProblemType.CONTRADICTS_RECORDED_DECISIONS, text, errors);
            ((ProblemDetail) answer.getBody()).setProperty("affectedResolutions", contradiction.affected());
            return answer;
        }
        return problem(type, text, errors);
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ResponseEntity<Object> notFound(AggregateNotFoundException e) {
        return problem(ProblemType.NOT_FOUND, Text.of("not-found.resource",
                "no such resource: " + e.getAggregateIdentifier(), e.getAggregateIdentifier()), List.of());
    }

    @ExceptionHandler(ConcurrencyException.class)
    ResponseEntity<Object> concurrentChange(ConcurrencyException e) {
        return problem(ProblemType.CONFLICT, Text.of("conflict.concurrent",
                "the resource was changed concurrently; read it again and retry"), List.of());
    }

    @ExceptionHandler(CommandExecutionException.class)
    ResponseEntity<Object> commandFailed(CommandExecutionException e) {
        var cause = e.getCause();
        if (cause instanceof Rejection rejection) {
            return rejected(rejection);
        }
        if (cause instanceof ConcurrencyException concurrency) {
            return concurrentChange(concurrency);
        }
        return unexpected(e);
    }

    @ExceptionHandler(InvalidHeader.class)
    ResponseEntity<Object> invalidHeader(InvalidHeader e) {
        return problem(ProblemType.INVALID_HEADER, e.getMessage(), List.of(new FieldError(e.header(), e.getMessage())));
    }

    /** Spring Security's firewall refuses, when it is read, a header value that is not printable ASCII. */
    @ExceptionHandler(RequestRejectedException.class)
    ResponseEntity<Object> rejectedByFirewall(RequestRejectedException e) {
        var header = REJECTED_HEADER.matcher(String.valueOf(e.getMessage()));
        if (header.find()) {
            var name = header.group(1).strip();
            var message = name + " holds characters that are not allowed in a header";
            return problem(ProblemType.INVALID_HEADER, message, List.of(new FieldError(name, message)));
        }
        return problem(ProblemType.MALFORMED_REQUEST, "the request holds characters that are not allowed", List.of());
    }

    /** Tomcat decodes the query string when a parameter is first read; invalid percent-encoding fails there. */
    @ExceptionHandler(InvalidParameterException.class)
    ResponseEntity<Object> malformedQuery(InvalidParameterException e) {
        return problem(ProblemType.MALFORMED_REQUEST,
                "the query string is malformed: use percent-encoded UTF-8 (e.g. %C3%BC for ü)", List.of());
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<Object> invalidValue(IllegalArgumentException e) {
        return problem(ProblemType.INVALID_INPUT, e.getMessage(), List.of());
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<Object> invalidParameter(ConstraintViolationException e) {
        var errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(v.getPropertyPath().toString(), v.getMessage())).toList();
        return problem(ProblemType.INVALID_INPUT, "the request is invalid", errors);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> invalidParameter(MethodArgumentTypeMismatchException e) {
        var message = "'" + e.getValue() + "' " + expected(e.getRequiredType(), rootCause(e));
        return problem(ProblemType.INVALID_INPUT, "invalid " + e.getName() + ": " + message,
                List.of(new FieldError(e.getName(), message)));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e) {
        log.error("Unexpected failure", e);
        return problem(ProblemType.INTERNAL_ERROR, ProblemType.INTERNAL_ERROR.defaultDetail(), List.of());
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        var locale = locale();
        var errors = e.getBindingResult().getFieldErrors().stream()
                .map(error -> new FieldError(error.getField(), constraint(error, locale))).toList();
        var english = errors.stream().map(error -> error.field() + " " + error.text().english())
                .collect(Collectors.joining("; "));
        var said = errors.stream().map(error -> error.field() + " " + ProblemTexts.detail(error.text(),
                ProblemType.INVALID_INPUT, List.of(), locale)).collect(Collectors.joining("; "));
        return problem(ProblemType.INVALID_INPUT, Text.of("invalid-input.listed", "the request is invalid: "
                + english, said), errors);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        var tooLarge = causeOfType(e, BodyTooLarge.class);
        if (tooLarge != null) {
            return problem(ProblemType.CONTENT_TOO_LARGE, tooLarge.getMessage(), List.of());
        }
        var refused = causeOfType(e, BodyRefused.class);
        if (refused != null) {
            return problem(refused.type(), refused.getMessage(), List.of());
        }
        var cause = causeOfType(e, JacksonException.class);
        if (cause instanceof StreamReadException malformed) {
            var duplicate = duplicateField(malformed);
            if (duplicate != null) {
                return problem(ProblemType.INVALID_INPUT, "invalid " + duplicate + ": is given more than once",
                        List.of(new FieldError(duplicate, "is given more than once")));
            }
            var location = malformed.getLocation();
            return problem(ProblemType.MALFORMED_REQUEST, "the request body is not well-formed JSON"
                    + (location == null ? "" : " (line " + location.getLineNr() + ", column "
                    + location.getColumnNr() + ")"), List.of());
        }
        if (cause != null && !cause.getPath().isEmpty()) {
            var field = fieldPath(cause);
            var error = new FieldError(field, describe(cause));
            return problem(ProblemType.INVALID_INPUT, "invalid " + field + ": " + error.text().english(), List.of(error));
        }
        if (cause instanceof InputRefused refusedValue) {
            return problem(ProblemType.INVALID_INPUT, "the request body " + refusedValue.getOriginalMessage(),
                    List.of());
        }
        return problem(ProblemType.MALFORMED_REQUEST, "the request body is missing or not a JSON object", List.of());
    }

    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException e, HttpHeaders headers,
                                                                    HttpStatusCode status, WebRequest request) {
        return problem(ProblemType.NOT_FOUND, ProblemType.NOT_FOUND.defaultDetail(), List.of());
    }

    /** Spring's own answers (405, 406, 415, missing parameters, ...): typed, and in the user's words. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
                                                             HttpStatusCode status, WebRequest request) {
        var response = super.handleExceptionInternal(e, body, headers, status, request);
        if (response != null && response.getBody() instanceof ProblemDetail problem) {
            var type = ProblemType.forStatus(response.getStatusCode().value());
            problem.setType(type.type());
            problem.setTitle(type.title());
            var locale = locale();
            problem.setDetail(ProblemTexts.german(locale) ? ProblemTexts.defaultDetail(type, locale)
                    : Problems.safeDetail(problem.getDetail(), type));
            return ResponseEntity.status(response.getStatusCode()).headers(response.getHeaders())
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        return response;
    }

    /** What a query or path parameter must be, for a value that is not; never a Java type or exception name. */
    private static String expected(Class<?> type, Throwable cause) {
        if (type != null && type.isEnum()) {
            return "is not one of " + Arrays.toString(type.getEnumConstants());
        }
        if (cause instanceof IllegalArgumentException && !(cause instanceof NumberFormatException)
                && Problems.namesNoJava(cause.getMessage())) {
            return "is not valid: " + cause.getMessage();
        }
        return "is not " + Problems.describeType(type);
    }

    private static String describe(JacksonException invalid) {
        if (invalid instanceof ValueInstantiationException instantiation && instantiation.getCause() != null) {
            return instantiation.getCause().getMessage();
        }
        if (invalid instanceof InputRefused refused) {
            return refused.getOriginalMessage();
        }
        if (invalid instanceof UnrecognizedPropertyException) {
            return "is not a known field";
        }
        if (invalid instanceof InvalidFormatException format && format.getTargetType() != null
                && format.getTargetType().isEnum()) {
            return "'" + format.getValue() + "' is not one of "
                    + Arrays.toString(format.getTargetType().getEnumConstants());
        }
        if (invalid instanceof InvalidFormatException format) {
            return "'" + format.getValue() + "' is not " + Problems.describeType(format.getTargetType());
        }
        return "has the wrong type or shape";
    }

    /** The field a JSON object names twice (refused, not "the last one wins"), or {@code null} for other errors. */
    private static String duplicateField(StreamReadException malformed) {
        var message = malformed.getOriginalMessage();
        var parser = malformed.processor();
        if (message == null || !message.startsWith("Duplicate") || parser == null
                || parser.streamReadContext() == null) {
            return null;
        }
        var segments = new ArrayDeque<String>();
        for (var context = parser.streamReadContext(); context != null && !context.inRoot();
             context = context.getParent()) {
            segments.push(context.inArray() ? "[" + context.getCurrentIndex() + "]" : "." + context.currentName());
        }
        var path = String.join("", segments).replaceFirst("^\\.", "");
        return path.isEmpty() ? null : path;
    }

    private static String fieldPath(JacksonException e) {
        var path = new StringBuilder();
        for (var reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static <T extends Throwable> T causeOfType(Throwable e, Class<T> type) {
        for (var cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }

    private static Throwable rootCause(Throwable e) {
        var cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }

    /**
     * A constraint's words: bean validation's own message in English; in German the bundle's, where it has the
     * constraint, with the constraint's values (Spring lists them after the field, in the order of their names).
     */
    private static Text constraint(org.springframework.validation.FieldError error, Locale locale) {
        var english = error.getDefaultMessage();
        if (!ProblemTexts.german(locale)) {
            return Text.english(english);
        }
        var arguments = error.getArguments() == null ? new Object[0]
                : Arrays.copyOfRange(error.getArguments(), Math.min(1, error.getArguments().length),
                error.getArguments().length);
        var known = ProblemTexts.has("constraint." + error.getCode());
        return Text.of(known ? "constraint." + error.getCode() : "constraint.other", english, arguments);
    }

    /**
     * A refusal names its sender as the command named it, by pseudonym ({@link Principals#stored}, ADR 0022); the
     * sender reads its own user name instead. Nobody else's name is opened.
     */
    private Text namingTheSender(Text text) {
        if (vault == null
                || !(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)
                || !(attributes.getRequest().getUserPrincipal() instanceof ActorPrincipal sender)) {
            return text;
        }
        var name = sender.actor().subject();
        var pseudonym = Principals.stored(name, vault);
        if (pseudonym.equals(name)) {
            return text;
        }
        return new Text(text.english() == null ? null : text.english().replace(pseudonym, name), text.key(),
                text.arguments().stream().map(argument -> argument.replace(pseudonym, name)).toList());
    }

    /** The language of the answer, from the request being answered ({@link ProblemTexts#localeOf}). */
    private static Locale locale() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? ProblemTexts.localeOf(attributes.getRequest().getHeader(HttpHeaders.ACCEPT_LANGUAGE))
                : Locale.ENGLISH;
    }

    private static ResponseEntity<Object> problem(ProblemType type, String detail, List<FieldError> errors) {
        return problem(type, Text.english(detail), errors);
    }

    private static ResponseEntity<Object> problem(ProblemType type, Text detail, List<FieldError> errors) {
        var locale = locale();
        var fields = errors.stream().map(FieldError::field).toList();
        var problem = Problems.detail(type, ProblemTexts.detail(detail, type, fields, locale), locale);
        if (!errors.isEmpty()) {
            problem.setProperty("errors", errors.stream()
                    .map(error -> Map.of("field", error.field(), "message", Problems.safeDetail(
                            ProblemTexts.detail(error.text(), type, List.of(), locale), type, locale))).toList());
        }
        return ResponseEntity.status(type.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
