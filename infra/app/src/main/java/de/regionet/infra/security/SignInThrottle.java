package de.regionet.infra.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.www.BasicAuthenticationConverter;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

/**
 * Failed sign-ins at {@code POST /api/auth/token}, counted per user name and client address together. After
 * {@code regionet.security.sign-in.max-failures} failures within {@code .window}, every further attempt for that
 * name from that address is answered 429 with {@code Retry-After}, without looking at the password, until the window
 * has passed; a successful sign-in starts the count again. Because the address is part of the key, someone guessing
 * the network office's password from elsewhere does not lock the office out.
 * <p>
 * An attempt takes its place in the count before the password is checked, so parallel guesses cannot slip past the
 * limit; a success gives the count back. The counts live in a bounded cache whose entries expire with their window.
 */
@Component
class SignInThrottle {

    /** Longer user names are counted by their beginning: no user has one, and the cache stays small. */
    private static final int NAME_LIMIT = 200;
    static final String FAILURES = "regionet.security.signin.failures";

    private record Attempt(String name, String address) {
    }

    private final SecuritySettings.SignIn settings;
    private final SecurityProblems problems;
    private final BasicAuthenticationConverter basic = new BasicAuthenticationConverter();
    private final Cache<Attempt, Bucket> failures;
    /* meters (README "Metrics and health"): how many, never whose or from where */
    private final Counter tokenFailures;
    private final Counter pageFailures;
    private final Counter throttled;

    SignInThrottle(SecuritySettings settings, SecurityProblems problems, MeterRegistry meters) {
        this.settings = settings.security().signIn();
        this.problems = problems;
        this.tokenFailures = failuresVia("token", meters);
        this.pageFailures = failuresVia("page", meters);
        this.throttled = RequestBudget.throttled("sign-in", meters);
        this.failures = Caffeine.newBuilder().expireAfterWrite(this.settings.window()).maximumSize(100_000).build();
    }

    /** The filter, to run before HTTP Basic authentication on the token endpoint. */
    OncePerRequestFilter filter() {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                                            FilterChain chain) throws ServletException, IOException {
                var name = userName(request);
                if (name == null) {
                    chain.doFilter(request, response);
                    return;
                }
                var key = new Attempt(name, request.getRemoteAddr());
                var bucket = bucket(key);
                var probe = bucket.tryConsumeAndReturnRemaining(1);
                if (!probe.isConsumed()) {
                    throttled.increment();
                    problems.tooManyRequests(request, response, probe.getNanosToWaitForRefill(),
                            "too many failed sign-ins as " + name + " from this address");
                    return;
                }
                chain.doFilter(request, response);
                if (response.getStatus() < 400) {
                    failures.invalidate(key);
                } else if (response.getStatus() == HttpServletResponse.SC_UNAUTHORIZED) {
                    tokenFailures.increment();
                } else {
                    bucket.addTokens(1);
                }
            }
        };
    }

    private Bucket bucket(Attempt key) {
        return failures.get(key, attempt -> Bucket.builder().addLimit(limit -> limit
                .capacity(settings.maxFailures())
                .refillIntervally(settings.maxFailures(), settings.window())).build());
    }

    /**
     * The page sign-in form's attempt as {@code name} from {@code address}: empty when it may go ahead (and counts),
     * else how long to wait. The form reports its success ({@link #succeeded}); a failure keeps its count.
     */
    Optional<Duration> attempt(String name, String address) {
        var probe = bucket(new Attempt(shortened(name), address)).tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            throttled.increment();
        }
        return probe.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    /** The page sign-in form refused a user name and password (its count was taken by {@link #attempt}). */
    void failed() {
        pageFailures.increment();
    }

    private static Counter failuresVia(String via, MeterRegistry meters) {
        return Counter.builder(FAILURES).tag("via", via)
                .description("sign-ins refused for a wrong user name or password").register(meters);
    }

    /** A successful sign-in as {@code name} from {@code address} forgets its earlier failures. */
    void succeeded(String name, String address) {
        failures.invalidate(new Attempt(shortened(name), address));
    }

    private static String shortened(String name) {
        return name.length() > NAME_LIMIT ? name.substring(0, NAME_LIMIT) : name;
    }

    private String userName(HttpServletRequest request) {
        try {
            var credentials = basic.convert(request);
            if (credentials == null || credentials.getName() == null) {
                return null;
            }
            return shortened(credentials.getName());
        } catch (AuthenticationException malformed) {
            return null;
        }
    }
}
