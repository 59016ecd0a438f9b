package de.regionet.infra.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.web.firewall.RequestRejectedException;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.List;

/**
 * The last word on errors of the machine interfaces ({@code /api/**}, {@code /feeds/**}, {@code /ws},
 * {@code /actuator/**}): whatever answered 4xx or 5xx there without a problem document (the servlet container's
 * error dispatch, the WebSocket handshake, an actuator endpoint with an empty body) is answered with one, of the
 * {@link ProblemType} for its status. It only shapes answers; it reads nothing of the request but its path, so
 * authorisation still comes before any validation. An error dispatch elsewhere is answered the same way unless a
 * browser asked for HTML ({@link Problems#wantsPage}): then Spring Boot's error handling renders the error page
 * ({@code de.regionet.infra.pages.PageErrors}).
 */
class MachineErrors extends HttpFilter {

    private static final Logger log = LoggerFactory.getLogger(MachineErrors.class);

    private static final String ERROR_PATH = "/error";
    private static final String HEALTH = "/actuator/health";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getDispatcherType() == DispatcherType.ERROR) {
            var path = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
            if (!Problems.wantsPage(withoutContext(request, path), request.getHeader(HttpHeaders.ACCEPT))) {
                answerError(request, response, path);
            } else {
                chain.doFilter(request, response);
            }
            return;
        }
        var path = withoutContext(request, request.getRequestURI());
        if (ERROR_PATH.equals(path)) {
            // the error page is for the container's error dispatch only; asked for directly, it does not exist
            if (Problems.wantsPage(path, request.getHeader(HttpHeaders.ACCEPT))) {
                response.sendError(404);
            } else {
                write(request, response, 404, ProblemType.NOT_FOUND, ProblemType.NOT_FOUND.defaultDetail(), path);
            }
            return;
        }
        if (!Problems.isMachinePath(path)) {
            chain.doFilter(request, response);
            return;
        }
        // a health answer is its own document: 503 with {"status":"DOWN"} or "OUT_OF_SERVICE" is what a probe and
        // an operator read (README "Metrics and health"); an unknown health group's empty 404 is still replaced
        var guarded = new Guarded(response, path.equals(HEALTH) || path.startsWith(HEALTH + "/"));
        chain.doFilter(request, guarded);
        if (!request.isAsyncStarted() && guarded.replaceable() && !response.isCommitted()) {
            var type = ProblemType.forStatus(response.getStatus());
            write(request, response, response.getStatus(), type, type.defaultDetail(), request.getRequestURI());
        }
    }

    /** The container's error dispatch: a status, perhaps an exception that escaped every other handler. */
    private void answerError(HttpServletRequest request, HttpServletResponse response, String path)
            throws IOException {
        var failure = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        var code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer number ? number : 500;
        var type = ProblemType.forStatus(status);
        var detail = type.defaultDetail();
        if (causedBy(failure, RequestRejectedException.class)) {
            status = 400;
            type = ProblemType.MALFORMED_REQUEST;
            detail = "the request holds characters that are not allowed in its path or headers";
        } else if (causedBy(failure, InvalidParameterException.class)) {
            status = 400;
            type = ProblemType.MALFORMED_REQUEST;
            detail = "the query string is malformed: use percent-encoded UTF-8 (e.g. %C3%BC for ü)";
        } else if (status >= 500 && failure != null) {
            log.error("Unexpected failure on {}", path, failure);
        }
        write(request, response, status, type, detail, path);
    }

    private void write(HttpServletRequest request, HttpServletResponse response, int status, ProblemType type,
                       String detail, String path) throws IOException {
        var locale = ProblemTexts.localeOf(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        var body = Problems.document(type, status,
                ProblemTexts.detail(ProblemTexts.Text.english(detail), type, List.of(), locale), path);
        response.resetBuffer();
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        response.flushBuffer();
    }

    private static String withoutContext(HttpServletRequest request, String path) {
        var context = request.getContextPath();
        return path != null && !context.isEmpty() && path.startsWith(context) ? path.substring(context.length()) : path;
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        for (var cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Holds back a body written with an error status that is not a problem document, so it can be replaced. An
     * error sent with {@code sendError} goes to the error dispatch above instead.
     */
    private static final class Guarded extends HttpServletResponseWrapper {

        private boolean errorSent;
        private final boolean health;

        Guarded(HttpServletResponse response, boolean health) {
            super(response);
            this.health = health;
        }

        boolean replaceable() {
            var contentType = getContentType();
            return !errorSent && getStatus() >= 400
                    && (contentType == null || !contentType.startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE))
                    && !(health && contentType != null && contentType.contains("json"));
        }

        @Override
        public void sendError(int status) throws IOException {
            errorSent = true;
            super.sendError(status);
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            errorSent = true;
            super.sendError(status, message);
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            return replaceable() ? new Discarded() : super.getOutputStream();
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            return replaceable() ? new PrintWriter(Writer.nullWriter()) : super.getWriter();
        }

        @Override
        public void flushBuffer() throws IOException {
            if (!replaceable()) {
                super.flushBuffer();
            }
        }

        @Override
        public void setContentLength(int length) {
            if (!replaceable()) {
                super.setContentLength(length);
            }
        }

        @Override
        public void setContentLengthLong(long length) {
            if (!replaceable()) {
                super.setContentLengthLong(length);
            }
        }

        @Override
        public void setHeader(String name, String value) {
            if (!"Content-Length".equalsIgnoreCase(name) || !replaceable()) {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if (!"Content-Length".equalsIgnoreCase(name) || !replaceable()) {
                super.addHeader(name, value);
            }
        }
    }

    private static final class Discarded extends ServletOutputStream {

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            throw new UnsupportedOperationException("error bodies are replaced, never written asynchronously");
        }

        @Override
        public void write(int b) {
            // held back: the problem document replaces this body
        }
    }
}
