package de.regionet.infra.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.env.Environment;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * A request that came in on a management port of its own ({@code management.server.port}, not the application's):
 * there the actuator answers without a token, for a Prometheus inside the cluster; such a port must never be
 * reachable from outside (README "Metrics and health"). The ports are those Spring Boot bound
 * ({@code local.management.port}, {@code local.server.port}), so port 0 works as well.
 */
final class ManagementPort implements RequestMatcher {

    private final Environment environment;

    ManagementPort(Environment environment) {
        this.environment = environment;
    }

    @Override
    public boolean matches(HttpServletRequest request) {
        var management = environment.getProperty("local.management.port", Integer.class);
        var server = environment.getProperty("local.server.port", Integer.class);
        return management != null && management > 0 && !management.equals(server)
                && request.getLocalPort() == management;
    }
}
