package de.regionet.infra.web;

import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * How every problem document of the machine interfaces is made, whichever layer answers: Spring MVC
 * ({@link ProblemResponses}), the servlet container and anything that writes an error without a body
 * ({@link MachineErrors}), Spring Security ({@code SecurityProblems}).
 */
public final class Problems {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** What a detail must never show: a package, a class of the platform or libraries, an exception's name. */
    private static final Pattern JAVA_NAME = Pattern.compile(
            "de\\.regionet|java\\.|javax\\.|jakarta\\.|tools\\.jackson|com\\.fasterxml|org\\.springframework"
                    + "|org\\.apache|org\\.axonframework|com\\.mongodb|org\\.bson|Exception|\\bat [a-z]+\\.[a-z]");

    private static final Map<Class<?>, String> TYPES = Map.ofEntries(
            Map.entry(LocalDate.class, "a date (ISO 8601, e.g. 2026-03-31)"),
            Map.entry(Instant.class, "a time with offset (ISO 8601, e.g. 2026-03-31T12:00:00Z)"),
            Map.entry(OffsetDateTime.class, "a time with offset (ISO 8601, e.g. 2026-03-31T10:00:00+02:00)"),
            Map.entry(YearMonth.class, "a month (ISO 8601, e.g. 2026-03)"),
            Map.entry(Year.class, "a year (e.g. 2026)"),
            Map.entry(int.class, "a whole number"), Map.entry(Integer.class, "a whole number"),
            Map.entry(long.class, "a whole number"), Map.entry(Long.class, "a whole number"),
            Map.entry(BigDecimal.class, "a number"), Map.entry(boolean.class, "true or false"),
            Map.entry(Boolean.class, "true or false"));

    /** Paths whose errors are problem documents; other paths (pages for people) keep their own error pages. */
    private static final Pattern MACHINE_PATH = Pattern.compile("^/(api|feeds|actuator)(/.*)?$|^/ws(/.*)?$");

    private Problems() {
    }

    public static ProblemDetail detail(ProblemType type, String detail) {
        return detail(type, detail, Locale.ENGLISH);
    }

    /** A detail already in {@code locale}'s language ({@link ProblemTexts}); type and title stay English. */
    public static ProblemDetail detail(ProblemType type, String detail, Locale locale) {
        var problem = ProblemDetail.forStatus(type.status());
        problem.setType(type.type());
        problem.setTitle(type.title());
        problem.setDetail(safeDetail(detail, type, locale));
        return problem;
    }

    /**
     * The bytes of a problem document for layers that write the answer themselves (a servlet filter, Spring
     * Security, Tomcat's own refusals): the same fields, in the same order, as {@link #detail} gives Spring MVC.
     */
    public static byte[] document(ProblemType type, int status, String detail, String instance) {
        var problem = new LinkedHashMap<String, Object>();
        problem.put("type", type.type().toString());
        problem.put("title", type.title());
        problem.put("status", status);
        problem.put("detail", safeDetail(detail, type));
        problem.put("instance", instance);
        return JSON.writeValueAsBytes(problem);
    }

    /** {@code detail} when it is fit for a client, else the kind's default detail. */
    public static String safeDetail(String detail, ProblemType type) {
        return safeDetail(detail, type, Locale.ENGLISH);
    }

    /** {@code detail} when it is fit for a client, else the kind's default detail in {@code locale}'s language. */
    public static String safeDetail(String detail, ProblemType type, Locale locale) {
        return detail == null || detail.isBlank() || !namesNoJava(detail) ? ProblemTexts.defaultDetail(type, locale)
                : detail;
    }

    static boolean namesNoJava(String text) {
        return text != null && !JAVA_NAME.matcher(text).find();
    }

    /** A value's expected form in the user's words, e.g. "a date (ISO 8601, e.g. 2026-03-31)". */
    static String describeType(Class<?> type) {
        if (type == null) {
            return "a valid value";
        }
        if (type.isEnum()) {
            return "one of " + java.util.Arrays.toString(type.getEnumConstants());
        }
        return TYPES.getOrDefault(type, "a valid value");
    }

    public static boolean isMachinePath(String path) {
        return path != null && MACHINE_PATH.matcher(path).matches();
    }

    /**
     * Whether an error on this path is answered with a page for a person (ADR 0017): a browser asked for HTML
     * ({@code Accept} names {@code text/html}) outside the machine interfaces. Anything else, even on a page's path
     * (curl's {@code *}{@code /*}, a script asking for JSON), gets a problem document.
     */
    public static boolean wantsPage(String path, String accept) {
        return path != null && !isMachinePath(path) && accept != null
                && accept.toLowerCase(Locale.ROOT).contains("text/html");
    }
}
