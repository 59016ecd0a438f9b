package de.regionet.infra.pages;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

import java.util.Map;

/**
 * Every error a browser gets outside the machine interfaces is the page {@code error.html} in the pages' layout,
 * saying in the reader's language what happened: one of a few kinds (sign-in needed, not allowed, not found, a
 * request we cannot answer, our failure). Nothing of the failure itself (message, exception) is shown.
 */
@Component
class PageErrors implements ErrorViewResolver {

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        return new ModelAndView("error", Map.of("kind", kindOf(status.value()), "status", status.value()), status);
    }

    static String kindOf(int status) {
        return switch (status) {
            case 401 -> "unauthenticated";
            case 403 -> "forbidden";
            case 404, 410 -> "not-found";
            default -> status >= 500 ? "failure" : "bad-request";
        };
    }
}
