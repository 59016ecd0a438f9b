package de.regionet.infra.web;

import de.regionet.kernel.Rejection;
import jakarta.validation.ConstraintViolationException;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The whole mapping from failures to RFC 9457 problem documents, in one place. Input errors name the field in an
 * {@code errors} list; domain rejections keep their message, written for the user; nothing here answers 5xx
 * except a failure we did not foresee, which is logged.
 */
@RestControllerAdvice
class ProblemResponses extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemResponses.class);

    record FieldError(String field, String message) {
    }

    @ExceptionHandler(Rejection.class)
    ResponseEntity<Object> rejected(Rejection rejection) {
        var status = switch (rejection.kind()) {
            case CONFLICT -> HttpStatus.CONFLICT;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case STALE_VERSION -> HttpStatus.PRECONDITION_FAILED;
            case INVALID -> HttpStatus.UNPROCESSABLE_CONTENT;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case PRECONDITION_REQUIRED -> HttpStatus.PRECONDITION_REQUIRED;
        };
        var errors = rejection.field() == null ? List.<FieldError>of()
                : List.of(new FieldError(rejection.field(), rejection.getMessage()));
        return problem(status, rejection.getMessage(), errors);
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ResponseEntity<Object> notFound(AggregateNotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "no such " + "resource: " + e.getAggregateIdentifier(), List.of());
    }

    @ExceptionHandler(ConcurrencyException.class)
    ResponseEntity<Object> concurrentChange(ConcurrencyException e) {
        return problem(HttpStatus.CONFLICT,
                "the resource was changed concurrently; read it again and retry", List.of());
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

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<Object> invalidValue(IllegalArgumentException e) {
        return problem(HttpStatus.BAD_REQUEST, e.getMessage(), List.of());
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<Object> invalidParameter(ConstraintViolationException e) {
        var errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(v.getPropertyPath().toString(), v.getMessage())).toList();
        return problem(HttpStatus.BAD_REQUEST, "the request is invalid", errors);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> invalidParameter(MethodArgumentTypeMismatchException e) {
        var cause = rootCause(e);
        var message = cause instanceof IllegalArgumentException ? cause.getMessage()
                : "'" + e.getValue() + "' is not a valid value";
        return problem(HttpStatus.BAD_REQUEST, "invalid " + e.getName(), List.of(new FieldError(e.getName(), message)));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e) {
        log.error("Unexpected failure", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "an unexpected error occurred", List.of());
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        var errors = e.getBindingResult().getFieldErrors().stream()
                .map(error -> new FieldError(error.getField(), error.getDefaultMessage())).toList();
        return problem(HttpStatus.BAD_REQUEST, "the request is invalid: " + errors.stream()
                .map(error -> error.field() + " " + error.message()).collect(Collectors.joining("; ")), errors);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        var tooLarge = causeOfType(e, BodyTooLarge.class);
        if (tooLarge != null) {
            return problem(HttpStatus.CONTENT_TOO_LARGE, tooLarge.getMessage(), List.of());
        }
        var cause = causeOfType(e, JacksonException.class);
        if (cause instanceof StreamReadException malformed) {
            var duplicate = duplicateField(malformed);
            if (duplicate != null) {
                return problem(HttpStatus.BAD_REQUEST, "invalid " + duplicate + ": is given more than once",
                        List.of(new FieldError(duplicate, "is given more than once")));
            }
            var location = malformed.getLocation();
            return problem(HttpStatus.BAD_REQUEST, "the request body is not well-formed JSON"
                    + (location == null ? "" : " (line " + location.getLineNr() + ", column "
                    + location.getColumnNr() + ")"), List.of());
        }
        if (cause != null && !cause.getPath().isEmpty()) {
            var field = fieldPath(cause);
            var error = new FieldError(field, describe(cause));
            return problem(HttpStatus.BAD_REQUEST, "invalid " + field + ": " + error.message(), List.of(error));
        }
        return problem(HttpStatus.BAD_REQUEST, "the request body is missing or not a JSON object", List.of());
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
                                                             HttpStatusCode status, WebRequest request) {
        var response = super.handleExceptionInternal(e, body, headers, status, request);
        if (response != null && response.getBody() instanceof ProblemDetail) {
            return ResponseEntity.status(response.getStatusCode()).headers(response.getHeaders())
                    .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON).body(response.getBody());
        }
        return response;
    }

    private static String describe(JacksonException invalid) {
        if (invalid instanceof ValueInstantiationException instantiation && instantiation.getCause() != null) {
            return instantiation.getCause().getMessage();
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
            return "'" + format.getValue() + "' is not a valid " + simpleName(format.getTargetType());
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

    private static String simpleName(Class<?> type) {
        return type == null ? "value" : type.getSimpleName();
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

    private static ResponseEntity<Object> problem(HttpStatus status, String detail, List<FieldError> errors) {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        if (!errors.isEmpty()) {
            problem.setProperty("errors", errors.stream()
                    .map(error -> Map.of("field", error.field(), "message", error.message())).toList());
        }
        return ResponseEntity.status(status).contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
