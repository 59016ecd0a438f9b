package de.regionet.infra.network;

import de.regionet.infra.audit.StreamNetworks;
import de.regionet.query.live.EventNetworks;
import de.regionet.kernel.network.NetworkId;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.stereotype.Component;

import java.util.Set;

/**
 * The live feed's port to the networks events belong to ({@link EventNetworks}), answered as the audit trail answers
 * it ({@link StreamNetworks}), so {@code /topic/audit} shows a subscriber exactly what the audit API shows it.
 */
@Component
class AuditedEventNetworks implements EventNetworks {

    private final StreamNetworks networks;

    AuditedEventNetworks(StreamNetworks networks) {
        this.networks = networks;
    }

    @Override
    public Set<NetworkId> of(EventMessage<?> event) {
        return event instanceof DomainEventMessage<?> domain
                ? networks.ofEvent(domain.getType(), domain.getAggregateIdentifier(), event.getMetaData())
                : networks.ofEvent(null, null, event.getMetaData());
    }
}
