package de.regionet.infra.processing;

/**
 * A command sent to a node that does not handle commands ({@code regionet.roles} without {@code commands}): answered
 * {@code 421 Misdirected Request}, so that the client (or its load balancer) sends it to a node that does. Nothing is
 * stored.
 */
class CommandsElsewhere extends RuntimeException {

    CommandsElsewhere(java.util.Collection<NodeRoles.Role> roles) {
        super("this node does not handle commands (regionet.roles: " + String.join(", ",
                roles.stream().map(NodeRoles::setting).toList()) + "); send the request to a node with the role commands",
                null, false, false);
    }
}
