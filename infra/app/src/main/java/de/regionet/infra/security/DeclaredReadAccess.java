package de.regionet.infra.security;

import de.regionet.command.edge.Sends;
import de.regionet.infra.web.Problems;
import de.regionet.kernel.access.Actor;
import de.regionet.kernel.access.ReadableBy;
import de.regionet.kernel.access.Role;
import de.regionet.kernel.access.SentBy;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Authorises API requests by what the endpoint that will answer them declares:
 * <ul>
 *     <li>a read endpoint ({@code GET}) answers whom its {@link ReadableBy} names, and nobody if it names no one;</li>
 *     <li>any other endpoint sends commands and declares which ({@link Sends}): it answers only a principal holding
 *     a role one of those commands is {@link SentBy} (anyone, for a command that carries its own proof), decided
 *     here, before the body is read or validated; an
 *     endpoint that declares nothing answers nobody. Which region the principal may act for is decided on the
 *     command itself (command bus and aggregate), whatever the URL;</li>
 *     <li>a request no endpoint answers needs a signed-in principal, who then gets 404 or 405; outside the machine
 *     interfaces a read of it is public (static files: styles, WebJars; the 404 page).</li>
 * </ul>
 * A refused anonymous request is answered 401, a refused signed-in one 403.
 */
@Component
class DeclaredReadAccess implements AuthorizationManager<RequestAuthorizationContext> {

    private static final Set<String> READS = Set.of("GET", "HEAD");
    private static final AuthorizationDecision GRANTED = new AuthorizationDecision(true);
    private static final AuthorizationDecision DENIED = new AuthorizationDecision(false);

    private final ApplicationContext context;

    DeclaredReadAccess(ApplicationContext context) {
        this.context = context;
    }

    @Override
    public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
                                         RequestAuthorizationContext requestContext) {
        var request = requestContext.getRequest();
        var actor = actorOf(authentication.get());
        var handler = handlerOf(request);
        if (handler.isEmpty()) {
            // outside the machine interfaces, what no controller answers is a static file or the 404 page: public
            return decide(actor.isPresent() || READS.contains(request.getMethod())
                    && !Problems.isMachinePath(pathWithinApplication(request)));
        }
        if (READS.contains(request.getMethod())) {
            var declared = AnnotatedElementUtils.findMergedAnnotation(handler.get().getMethod(), ReadableBy.class);
            if (declared == null) {
                declared = AnnotatedElementUtils.findMergedAnnotation(handler.get().getBeanType(), ReadableBy.class);
            }
            return declared == null ? DENIED : decide(allows(declared, actor));
        }
        var sends = AnnotatedElementUtils.findMergedAnnotation(handler.get().getMethod(), Sends.class);
        if (sends != null) {
            return decide(anyoneSends(sends) || actor.filter(signedIn -> signedIn.hasAny(senders(sends))).isPresent());
        }
        // OPTIONS is answered by MVC itself (the allowed methods); anything else that declares nothing is refused
        return "OPTIONS".equals(request.getMethod()) ? decide(actor.isPresent()) : DENIED;
    }

    /** Every role that may send at least one of the declared commands. */
    static Role[] senders(Sends sends) {
        return Arrays.stream(sends.value()).map(type -> type.getAnnotation(SentBy.class))
                .filter(Objects::nonNull).flatMap(sentBy -> Arrays.stream(sentBy.value()))
                .distinct().toArray(Role[]::new);
    }

    /** Whether one of the declared commands may be sent by anyone (it carries its own proof, e.g. a token). */
    static boolean anyoneSends(Sends sends) {
        return Arrays.stream(sends.value()).map(type -> type.getAnnotation(SentBy.class))
                .anyMatch(sentBy -> sentBy != null && sentBy.anyone());
    }

    static boolean allows(ReadableBy declared, Optional<Actor> actor) {
        return switch (declared.value()) {
            case PUBLIC -> true;
            case NETWORK -> actor.isPresent();
            case ROLES -> actor.filter(signedIn -> signedIn.hasAny(declared.roles())).isPresent();
        };
    }

    static Optional<Actor> actorOf(Authentication authentication) {
        return authentication instanceof ActorAuthentication signedIn ? Optional.of(signedIn.actor())
                : Optional.empty();
    }

    private static String pathWithinApplication(HttpServletRequest request) {
        var path = request.getRequestURI();
        var context = request.getContextPath();
        return !context.isEmpty() && path.startsWith(context) ? path.substring(context.length()) : path;
    }

    private static AuthorizationDecision decide(boolean granted) {
        return granted ? GRANTED : DENIED;
    }

    /** The controller method MVC will route this request to, found the way the dispatcher finds it. */
    private Optional<HandlerMethod> handlerOf(HttpServletRequest request) {
        var mapping = context.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class);
        var previousPath = request.getAttribute(ServletRequestPathUtils.PATH_ATTRIBUTE);
        ServletRequestPathUtils.parseAndCache(request);
        try {
            var chain = mapping.getHandler(request);
            return chain != null && chain.getHandler() instanceof HandlerMethod method ? Optional.of(method)
                    : Optional.empty();
        } catch (Exception noSuchEndpoint) {
            return Optional.empty();
        } finally {
            if (previousPath != null) {
                request.setAttribute(ServletRequestPathUtils.PATH_ATTRIBUTE, previousPath);
            } else {
                ServletRequestPathUtils.clearParsedRequestPath(request);
            }
        }
    }
}
