package de.regionet.infra.audit;

import de.regionet.kernel.Rejection;
import de.regionet.kernel.access.ActorPrincipal;
import de.regionet.kernel.access.AuditScope;
import de.regionet.kernel.network.NetworkId;
import de.regionet.kernel.network.Networks;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.util.Optional;

/**
 * What the reader of a request sees of the audit trail ({@link AuditScope}): the history of the networks it is an
 * auditor or the office of, everything for the operator. Every read of the audit API and of the auditors' console
 * asks here, so they answer alike.
 */
class AuditReaders {

    private final Networks networks;

    AuditReaders(Networks networks) {
        this.networks = networks;
    }

    /** The scope of this request's signed-in reader. */
    AuditScope of(HttpServletRequest request) {
        return AuditScope.of(Optional.ofNullable(request.getUserPrincipal())
                .filter(ActorPrincipal.class::isInstance).map(principal -> ((ActorPrincipal) principal).actor()),
                networks);
    }

    /**
     * The scope of this request's reader, narrowed to {@code network} where one is asked for: a network the reader
     * holds no audit role in is refused (403).
     */
    AuditScope of(HttpServletRequest request, NetworkId network) {
        var scope = of(request);
        if (network == null) {
            return scope;
        }
        if (!scope.reads(network)) {
            throw Rejection.forbidden((request.getUserPrincipal() == null ? "an anonymous reader"
                    : request.getUserPrincipal().getName()) + " reads no history of network " + network);
        }
        return scope.narrowedTo(network);
    }

    /** The scope of the reader of the request being answered on this thread (the console's pages). */
    AuditScope current() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return of(attributes.getRequest());
        }
        return AuditScope.nothing();
    }
}
