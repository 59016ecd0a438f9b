package de.regionet.infra.security;

import de.regionet.infra.web.ProblemTexts;
import de.regionet.infra.web.ProblemTexts.Text;
import de.regionet.infra.web.ProblemType;
import de.regionet.infra.web.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.util.List;

/**
 * Security's answers as RFC 9457 problem documents, like every other error of the API: 401 for a missing, expired,
 * wrongly signed or malformed token (with the {@code WWW-Authenticate} challenge), 403 for a signed-in principal
 * who may not do what it asked, 429 for a client over its budget. A browser asking for a page outside the machine
 * interfaces gets the error page of the same status instead (ADR 0017). Everything after authorisation is mapped by {@code ProblemResponses}.
 */
@Component
class SecurityProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final BearerTokenAuthenticationEntryPoint bearer = new BearerTokenAuthenticationEntryPoint();

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        bearer.commence(request, response, failure);
        var detail = failure instanceof InvalidBearerTokenException
                ? Text.of("unauthenticated.token-refused", "the bearer token was refused: " + failure.getMessage(),
                failure.getMessage())
                : Text.of("unauthenticated", "sign in first: send Authorization: Bearer <token>");
        write(request, response, HttpStatus.UNAUTHORIZED, detail);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        var method = request.getMethod();
        var path = request.getRequestURI();
        var detail = request.getUserPrincipal() == null
                ? Text.of("forbidden.request.anonymous", "you may not " + method + " " + path, method, path)
                : Text.of("forbidden.request", request.getUserPrincipal().getName() + " may not " + method + " "
                + path, request.getUserPrincipal().getName(), method, path);
        write(request, response, HttpStatus.FORBIDDEN, detail);
    }

    /**
     * For the token endpoint, where a user name and password are expected. With no user configured no password
     * can be right, and the answer says that instead.
     */
    AuthenticationEntryPoint basicEntryPoint(boolean noUsers) {
        var detail = noUsers
                ? Text.of("unauthenticated.no-users", "nobody can sign in yet: no users are configured "
                + "(regionet.users; README \"Users and sign-in\")")
                : Text.of("unauthenticated.basic", "sign in with HTTP Basic: the user name or password is missing or "
                + "wrong");
        return (request, response, failure) -> {
            response.setHeader("WWW-Authenticate", "Basic realm=\"RegioNet\"");
            write(request, response, HttpStatus.UNAUTHORIZED, detail);
        };
    }

    /** 429 with {@code Retry-After}: whole seconds, at least one, until a request may succeed again. */
    void tooManyRequests(HttpServletRequest request, HttpServletResponse response, long nanosToWait, String detail)
            throws IOException {
        long seconds = Math.max(1, (nanosToWait + 999_999_999L) / 1_000_000_000L);
        response.setHeader("Retry-After", String.valueOf(seconds));
        write(request, response, HttpStatus.TOO_MANY_REQUESTS, Text.of("too-many-requests.retry",
                detail + "; try again in " + seconds + " s", seconds, detail));
    }

    void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail)
            throws IOException {
        write(request, response, status, Text.english(detail));
    }

    /** The detail in the language the request asks for ({@link ProblemTexts}). */
    void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, Text text)
            throws IOException {
        if (Problems.wantsPage(pathOf(request), request.getHeader(HttpHeaders.ACCEPT))) {
            // a person's browser: the error page of the same status, rendered in the pages' layout
            response.sendError(status.value());
            return;
        }
        var type = ProblemType.forStatus(status.value());
        var detail = ProblemTexts.detail(text, type, List.of(),
                ProblemTexts.localeOf(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE)));
        var body = Problems.document(type, status.value(), detail, request.getRequestURI());
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getOutputStream().write(body);
    }

    private static String pathOf(HttpServletRequest request) {
        var path = request.getRequestURI();
        var context = request.getContextPath();
        return path != null && !context.isEmpty() && path.startsWith(context) ? path.substring(context.length()) : path;
    }
}
