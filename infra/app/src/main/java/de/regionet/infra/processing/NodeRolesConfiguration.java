package de.regionet.infra.processing;

import de.regionet.infra.web.ProblemTexts;
import de.regionet.infra.web.ProblemType;
import de.regionet.infra.web.Problems;
import de.regionet.kernel.auditlog.AuditLogCommand;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.axonframework.commandhandling.CommandBus;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * What a node without some of the roles ({@link NodeRoles}) refuses: commands without {@code commands}, the live
 * feed's endpoint {@code /ws} without {@code live}; both with {@code 421 Misdirected Request} naming
 * {@code regionet.roles}. The audit log's own commands (a read recorded in the day's log) are the installation's
 * record of what this node answered, so every node sends them. Which processors run is decided in
 * {@link ProcessingConfiguration}, deadlines in {@code DeadlineConfiguration}.
 */
@Configuration(proxyBeanMethods = false)
class NodeRolesConfiguration {

    static final String SETTING = "regionet.roles";

    @Bean
    InitializingBean commandsOnlyWhereHandled(CommandBus bus, NodeRoles roles) {
        return () -> {
            if (!roles.has(NodeRoles.Role.COMMANDS)) {
                bus.registerDispatchInterceptor(messages -> (index, command) -> {
                    if (!(command.getPayload() instanceof AuditLogCommand)) {
                        throw new CommandsElsewhere(roles.roles());
                    }
                    return command;
                });
            }
        };
    }

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> liveFeedOnlyWhereServed(NodeRoles roles) {
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                                            FilterChain chain) throws ServletException, IOException {
                if (roles.has(NodeRoles.Role.LIVE)) {
                    chain.doFilter(request, response);
                    return;
                }
                response.setStatus(ProblemType.MISDIRECTED_REQUEST.status());
                response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                response.getOutputStream().write(Problems.document(ProblemType.MISDIRECTED_REQUEST,
                        ProblemType.MISDIRECTED_REQUEST.status(), "this node serves no live feeds (" + SETTING
                                + " without live); connect to a node with the role live", request.getRequestURI()));
            }
        });
        registration.addUrlPatterns("/ws", "/ws/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** Before the general problem answers, which would take the refusal for an unforeseen failure. */
    @RestControllerAdvice
    @Order(Ordered.HIGHEST_PRECEDENCE)
    static class Misdirected {

        @ExceptionHandler(CommandsElsewhere.class)
        ResponseEntity<Object> commandsElsewhere(CommandsElsewhere refusal) {
            var type = ProblemType.MISDIRECTED_REQUEST;
            var locale = LocaleContextHolder.getLocale();
            var problem = Problems.detail(type, ProblemTexts.defaultDetail(type, locale), locale);
            problem.setProperty("errors", List.of(Map.of("field", SETTING, "message", refusal.getMessage())));
            return ResponseEntity.status(type.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
    }
}
