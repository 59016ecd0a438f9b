package de.regionet.infra.pages;

import de.regionet.infra.web.Problems;
import de.regionet.kernel.Rejection;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.axonframework.commandhandling.CommandExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

import java.io.IOException;

/**
 * Failures while answering a browser's page request become the error page of their status ({@link PageErrors}),
 * before the problem documents of the machine interfaces ({@code ProblemResponses}) would answer them: an unknown
 * page is a 404 page, a malformed query a 400 page, a page the signed-in person may not open a 403 page, and only
 * what we did not foresee a 500 page, logged. Requests that do not ask for HTML are left to the problem documents.
 */
@Component
class PageExceptions implements HandlerExceptionResolver, Ordered {

    private static final Logger log = LoggerFactory.getLogger(PageExceptions.class);

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
                                         Exception failure) {
        var path = request.getRequestURI().substring(request.getContextPath().length());
        if (!Problems.wantsPage(path, request.getHeader(HttpHeaders.ACCEPT)) || response.isCommitted()) {
            return null;
        }
        int status = statusOf(failure);
        if (status >= 500) {
            log.error("Unexpected failure on page {}", path, failure);
        }
        try {
            response.sendError(status);
        } catch (IOException gone) {
            return null;
        }
        return new ModelAndView();
    }

    static int statusOf(Exception failure) {
        if (failure instanceof CommandExecutionException sent && sent.getCause() instanceof Exception cause) {
            // a command's refusal, as the command bus hands it back
            return statusOf(cause);
        }
        if (failure instanceof ErrorResponse answer) {
            return answer.getStatusCode().value();
        }
        if (failure instanceof Rejection rejection) {
            return switch (rejection.kind()) {
                case NOT_FOUND -> 404;
                case FORBIDDEN -> 403;
                case CONFLICT, STALE_VERSION -> 409;
                case INVALID, PRECONDITION_REQUIRED -> 400;
            };
        }
        if (failure instanceof AccessDeniedException) {
            return 403;
        }
        if (failure instanceof IllegalArgumentException || failure instanceof TypeMismatchException
                || failure instanceof InvalidParameterException || failure instanceof RequestRejectedException) {
            return 400;
        }
        return 500;
    }
}
