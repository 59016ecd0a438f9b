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
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.time.Duration;

/**
 * The request budget of the whole HTTP interface ({@code regionet.security.rate-limit.*}): a token bucket per client
 * address, spent by every request before its token is even looked at (so a flood of invalid tokens is throttled too),
 * and one per signed-in principal, spent once the principal is known. Over either budget the answer is 429 with
 * {@code Retry-After}. The buckets live in bounded caches; an idle bucket is dropped once it would have filled up
 * again anyway, so dropping it changes nothing.
 */
@Component
class RequestBudget {

    static final String THROTTLED = "regionet.security.throttled";

    private final SecuritySettings.RateLimit settings;
    private final SecurityProblems problems;
    private final Cache<String, Bucket> addresses;
    private final Cache<String, Bucket> principals;
    private final Counter addressesThrottled;
    private final Counter principalsThrottled;

    RequestBudget(SecuritySettings settings, SecurityProblems problems, MeterRegistry meters) {
        this.addressesThrottled = throttled("address", meters);
        this.principalsThrottled = throttled("principal", meters);
        this.settings = settings.security().rateLimit();
        this.problems = problems;
        this.addresses = cache(this.settings.address());
        this.principals = cache(this.settings.principal());
    }

    /** Spends from the client address's budget; runs before authentication. */
    OncePerRequestFilter byAddress() {
        return new ByAddress();
    }

    /** Spends from the signed-in principal's budget; runs after authentication. */
    OncePerRequestFilter byPrincipal() {
        return new ByPrincipal();
    }

    private final class ByAddress extends OncePerRequestFilter {
        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (spend(addresses, settings.address(), request.getRemoteAddr(), request, response,
                    "this address sent more requests than the API serves one address")) {
                chain.doFilter(request, response);
            }
        }
    }

    private final class ByPrincipal extends OncePerRequestFilter {
        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            var actor = DeclaredReadAccess.actorOf(SecurityContextHolder.getContext().getAuthentication());
            if (actor.isEmpty() || spend(principals, settings.principal(), actor.get().subject(), request, response,
                    actor.get().subject() + " sent more requests than the API serves one user")) {
                chain.doFilter(request, response);
            }
        }
    }

    private boolean spend(Cache<String, Bucket> buckets, SecuritySettings.Budget budget, String key,
                          HttpServletRequest request, HttpServletResponse response, String detail) throws IOException {
        if (!settings.enabled()) {
            return true;
        }
        var bucket = buckets.get(key, any -> Bucket.builder().addLimit(limit -> limit.capacity(budget.burst())
                .refillGreedy(budget.perSecond(), Duration.ofSeconds(1))).build());
        var probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return true;
        }
        (buckets == addresses ? addressesThrottled : principalsThrottled).increment();
        problems.tooManyRequests(request, response, probe.getNanosToWaitForRefill(), detail);
        return false;
    }

    /** Requests answered 429 because a budget was spent: {@code address}, {@code principal} or {@code sign-in}. */
    static Counter throttled(String budget, MeterRegistry meters) {
        return Counter.builder(THROTTLED).tag("budget", budget)
                .description("requests answered 429 because a budget was spent").register(meters);
    }

    /** An idle bucket is full again after burst / rate seconds; only then may it go. */
    private static Cache<String, Bucket> cache(SecuritySettings.Budget budget) {
        var refilled = Duration.ofMillis(1000L * budget.burst() / budget.perSecond() + 1000);
        return Caffeine.newBuilder().expireAfterAccess(refilled).maximumSize(100_000).build();
    }
}
