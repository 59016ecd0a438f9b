package de.regionet.infra.security;

import de.regionet.infra.web.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UriComponentsBuilder;

import java.io.IOException;
import java.util.regex.Pattern;

/**
 * The pages' way in (ADR 0019): everything outside the machine interfaces, plus the WebSocket handshake, so that a
 * signed-in page's live connection carries its session. A person signs in with the form at {@value #SIGN_IN} (the
 * embedded users, checked as the token endpoint checks them, throttled the same way) and gets a session cookie;
 * every form is CSRF-protected; {@code POST} {@value #SIGN_OUT} ends the session. What a page may show or do is
 * decided by the same declarations as the API ({@link DeclaredReadAccess}): a session principal is the same
 * {@link ActorAuthentication} a bearer token gives.
 */
@Configuration(proxyBeanMethods = false)
class PageSecurity {

    static final String SIGN_IN = "/anmelden";
    /** The longest page address the sign-in form is sent back to. */
    private static final int LONGEST_NEXT = 2_000;
    static final String SIGN_OUT = "/abmelden";
    /** Where the form sends a person who signed in without asking for a particular page. */
    static final String CONSOLE = "/console";
    static final String NEXT = "weiter";
    static final String USER = "benutzer";
    static final String PASSWORD = "passwort";

    /** A page to return to after signing in: a path of this application only, never another site. */
    private static final Pattern LOCAL_PATH = Pattern.compile("^/(?![/\\\\])[^\\s]*$");

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, DeclaredReadAccess declared, SecurityProblems problems,
                              RequestBudget budget, SignInThrottle throttle, SecuritySettings settings,
                              ObjectProvider<EmbeddedUsers> users) {
        return http.securityMatcher(PageSecurity::isPageRequest)
                .addFilterBefore(budget.byAddress(), UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(throttled(throttle, problems), UsernamePasswordAuthenticationFilter.class)
                .addFilterAfter(budget.byPrincipal(), UsernamePasswordAuthenticationFilter.class)
                .headers(ResponseHeaders.of(settings.security().headers()))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/error").permitAll()
                        .requestMatchers("/ws", "/ws/**").permitAll()
                        .requestMatchers(HttpMethod.GET, SIGN_IN).permitAll()
                        .anyRequest().access(declared))
                .authenticationManager(passwords(users))
                .formLogin(form -> form.loginPage(SIGN_IN).loginProcessingUrl(SIGN_IN)
                        .usernameParameter(USER).passwordParameter(PASSWORD)
                        .successHandler(signedIn(throttle)).failureHandler(refused()))
                .logout(logout -> logout.logoutUrl(SIGN_OUT).logoutSuccessUrl(SIGN_IN + "?abgemeldet")
                        .deleteCookies("regionet-session"))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(signInFirst(problems))
                        .accessDeniedHandler(problems))
                // the live connection's handshake is a GET; STOMP frames are authorised by StompAccess
                .csrf(csrf -> csrf.ignoringRequestMatchers("/ws", "/ws/**"))
                .requestCache(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .build();
    }

    static boolean isPageRequest(HttpServletRequest request) {
        var path = pathOf(request);
        return !Problems.isMachinePath(path) || path.equals("/ws") || path.startsWith("/ws/");
    }

    /** The embedded users' passwords, answering with the {@link ActorAuthentication} the API would see. */
    private static AuthenticationManager passwords(ObjectProvider<EmbeddedUsers> users) {
        return attempt -> {
            var embedded = users.getIfAvailable();
            if (embedded == null) {
                throw new BadCredentialsException("pages sign in embedded users only; an identity provider is set");
            }
            var checked = embedded.authenticationManager().authenticate(attempt);
            return embedded.actor(checked.getName()).map(ActorAuthentication::signedInOnPage)
                    .orElseThrow(() -> new BadCredentialsException("no such user"));
        };
    }

    /** Failed sign-ins on the form count against the same budget as the token endpoint's. */
    private static OncePerRequestFilter throttled(SignInThrottle throttle, SecurityProblems problems) {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                                            FilterChain chain) throws ServletException, IOException {
                var name = request.getParameter(USER);
                if ("POST".equals(request.getMethod()) && SIGN_IN.equals(pathOf(request)) && name != null) {
                    var wait = throttle.attempt(name, request.getRemoteAddr());
                    if (wait.isPresent()) {
                        problems.tooManyRequests(request, response, wait.get().toNanos(),
                                "too many failed sign-ins as " + name + " from this address");
                        return;
                    }
                }
                chain.doFilter(request, response);
            }
        };
    }

    private static AuthenticationSuccessHandler signedIn(SignInThrottle throttle) {
        return (request, response, authentication) -> {
            throttle.succeeded(authentication.getName(), request.getRemoteAddr());
            response.sendRedirect(request.getContextPath() + nextPage(request.getParameter(NEXT)));
        };
    }

    private static AuthenticationFailureHandler refused() {
        return (request, response, failure) -> {
            var back = UriComponentsBuilder.fromPath(request.getContextPath() + SIGN_IN).queryParam("fehler", "");
            var next = request.getParameter(NEXT);
            if (next != null && LOCAL_PATH.matcher(next).matches()) {
                back.queryParam(NEXT, next);
            }
            response.sendRedirect(back.encode().build().toUriString());
        };
    }

    /** A browser asking for a page it may not see unsigned goes to the form, and comes back after; others get 401. */
    private static AuthenticationEntryPoint signInFirst(SecurityProblems problems) {
        return (request, response, failure) -> {
            if (!Problems.wantsPage(pathOf(request), request.getHeader(HttpHeaders.ACCEPT))
                    || !"GET".equals(request.getMethod())) {
                problems.commence(request, response, failure);
                return;
            }
            var asked = pathOf(request) + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
            var form = UriComponentsBuilder.fromPath(request.getContextPath() + SIGN_IN);
            // a page address longer than any page has would not fit the redirect's Location header: the form then
            // leads to the console start after signing in
            if (asked.length() <= LONGEST_NEXT) {
                form.queryParam(NEXT, asked);
            }
            response.sendRedirect(form.encode().build().toUriString());
        };
    }

    static String nextPage(String asked) {
        return asked != null && LOCAL_PATH.matcher(asked).matches() ? asked : CONSOLE;
    }

    private static String pathOf(HttpServletRequest request) {
        var path = request.getRequestURI();
        var context = request.getContextPath();
        return !context.isEmpty() && path.startsWith(context) ? path.substring(context.length()) : path;
    }
}
