package de.regionet.infra.pages;

import de.regionet.infra.web.ProblemTexts;
import de.regionet.infra.web.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * German or English, nothing else: the cookie's choice if there is one, else the browser's preference between the
 * two ({@code Accept-Language}), else German, the language of the network. A header that cannot be parsed or names
 * neither language means German; a switch to any other language means German too, so a page is never half in a
 * language we have no texts for.
 */
final class PageLocales extends CookieLocaleResolver {

    static final Locale GERMAN = Locale.GERMAN;
    static final Locale ENGLISH = Locale.ENGLISH;
    private static final List<Locale> SUPPORTED = List.of(GERMAN, ENGLISH);

    PageLocales() {
        super("regionet-lang");
        setCookieMaxAge(Duration.ofDays(365));
        setCookieHttpOnly(true);
        setCookieSameSite("Lax");
        setDefaultLocaleFunction(PageLocales::preferred);
    }

    /**
     * The machine interfaces answer in the language of {@code Accept-Language} alone, English by default (their
     * problem details, bean validation's messages among them: {@link ProblemTexts}); pages as described above.
     */
    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        return machineInterface(request) ? ProblemTexts.localeOf(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE))
                : supported(super.resolveLocale(request));
    }

    /** What Spring MVC asks for each request (and bean validation's messages follow). */
    @Override
    public LocaleContext resolveLocaleContext(HttpServletRequest request) {
        if (machineInterface(request)) {
            var locale = ProblemTexts.localeOf(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
            return () -> locale;
        }
        return super.resolveLocaleContext(request);
    }

    private static boolean machineInterface(HttpServletRequest request) {
        var path = request.getRequestURI();
        var context = request.getContextPath();
        if (path != null && !context.isEmpty() && path.startsWith(context)) {
            path = path.substring(context.length());
        }
        return Problems.isMachinePath(path);
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        setCookieSecure(request.isSecure());
        super.setLocale(request, response, locale == null ? null : supported(locale));
    }

    /** The browser's preference between German and English; German when it names neither or cannot be read. */
    static Locale preferred(HttpServletRequest request) {
        var header = request.getHeader(HttpHeaders.ACCEPT_LANGUAGE);
        if (header == null || header.isBlank()) {
            return GERMAN;
        }
        try {
            var best = Locale.lookup(Locale.LanguageRange.parse(header), SUPPORTED);
            return best == null ? GERMAN : best;
        } catch (IllegalArgumentException unreadable) {
            return GERMAN;
        }
    }

    static Locale supported(Locale locale) {
        return locale != null && ENGLISH.getLanguage().equals(locale.getLanguage()) ? ENGLISH : GERMAN;
    }
}
