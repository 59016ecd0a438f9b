package de.regionet.infra.processing;

import de.regionet.infra.web.ProblemType;
import de.regionet.infra.web.Problems;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponse;

import java.util.Collection;

/**
 * A command sent to a node that does not handle commands ({@code regionet.roles} without {@code commands}): answered
 * {@code 421 Misdirected Request}, so that the client (or its load balancer) sends it to a node that does. Nothing is
 * stored. An {@link ErrorResponse}, so that a page that sent the command answers 421 as well.
 */
class CommandsElsewhere extends RuntimeException implements ErrorResponse {

    CommandsElsewhere(Collection<NodeRoles.Role> roles) {
        super("this node does not handle commands (regionet.roles: " + String.join(", ",
                roles.stream().map(NodeRoles::setting).toList()) + "); send the request to a node with the role commands",
                null, false, false);
    }

    @Override
    public HttpStatusCode getStatusCode() {
        return HttpStatusCode.valueOf(ProblemType.MISDIRECTED_REQUEST.status());
    }

    @Override
    public ProblemDetail getBody() {
        return Problems.detail(ProblemType.MISDIRECTED_REQUEST, getMessage());
    }
}
