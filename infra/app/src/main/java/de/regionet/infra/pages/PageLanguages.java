package de.regionet.infra.pages;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The languages of the pages: German unless the browser prefers English ({@code Accept-Language}), and a switch
 * ({@code ?lang=en} or {@code ?lang=de}) that the {@link PageLocales} cookie remembers. The machine interfaces take
 * no part in the switch: it is not registered for them, so no API answer sets a cookie.
 */
@Configuration(proxyBeanMethods = false)
class PageLanguages implements WebMvcConfigurer {

    static final String SWITCH = "lang";

    /** Named as the dispatcher looks it up, so it replaces Spring's default resolver. */
    @Bean
    LocaleResolver localeResolver() {
        return new PageLocales();
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        var change = new LocaleChangeInterceptor();
        change.setParamName(SWITCH);
        change.setIgnoreInvalidLocale(true);
        // not on the error dispatch either: it must not read the query again (a malformed one would fail twice)
        registry.addInterceptor(change)
                .excludePathPatterns("/api/**", "/feeds/**", "/actuator/**", "/ws/**", "/error");
    }
}
