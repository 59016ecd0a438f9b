package de.regionet.query.live;

import de.regionet.kernel.network.NetworkId;
import org.axonframework.eventhandling.EventMessage;

import java.util.Set;

/**
 * Which networks a stored event belongs to, for the topics confined per network ({@link LiveTopic#perNetwork()}):
 * the port through which the live feed, which reads no event store, asks the audit's derivation (its stream's
 * network, or for an audit log entry its principal's networks; none for the installation's own). The application
 * provides it.
 */
@FunctionalInterface
public interface EventNetworks {

    Set<NetworkId> of(EventMessage<?> event);
}
