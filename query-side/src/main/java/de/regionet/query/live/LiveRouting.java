package de.regionet.query.live;

import de.regionet.kernel.EventMetaData;
import de.regionet.kernel.personal.WithPersonalData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import de.regionet.kernel.network.NetworkId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Where a stored event goes live: every feature's {@link LiveTopics} is asked, and each destination it names gets
 * the event's {@link LiveMessage}. Serves the live feed and clients that resume from a position alike, so both see
 * the same messages. Knows no feature: a feature's topics are its own declaration's.
 */
@Component
public class LiveRouting {

    /**
     * A message for a destination; {@code networks} are those its event belongs to on a topic confined per network
     * ({@link LiveTopic#perNetwork()}), {@code null} on any other.
     */
    public record Delivery(String topic, LiveMessage message, Set<NetworkId> networks) {

        public Delivery(String topic, LiveMessage message) {
            this(topic, message, null);
        }
    }

    private final List<LiveTopics> declarations;
    private final EventNetworks networks;

    public LiveRouting(List<LiveTopics> declarations) {
        this(declarations, event -> Set.of());
    }

    @Autowired
    public LiveRouting(List<LiveTopics> declarations, EventNetworks networks) {
        this.networks = networks;
        var destinations = new HashSet<String>();
        declarations.forEach(declaration -> declaration.topics().forEach(topic -> {
            if (!destinations.add(topic.destination())) {
                throw new IllegalStateException(topic.destination() + " is declared twice");
            }
        }));
        this.declarations = List.copyOf(declarations);
    }

    /** Every topic of every feature, each with who may read it. */
    public List<LiveTopic> topics() {
        return declarations.stream().flatMap(declaration -> declaration.topics().stream()).toList();
    }

    /** Every destination that carries this stored event, each with its message. */
    public List<Delivery> deliveries(Object payload, EventMessage<?> event, Long position) {
        var metaData = event.getMetaData();
        var message = summary(payload, event, position);
        var routes = declarations.stream().flatMap(declaration -> declaration.routes(payload, metaData).stream())
                .toList();
        // asked once per event, and only where a topic confines by it
        var owners = routes.stream().anyMatch(route -> route.topic().confinedPerNetwork())
                ? Set.copyOf(networks.of(event)) : null;
        return routes.stream()
                .map(route -> new Delivery(route.destination(), route.topic().namesOrigin()
                        ? message.withOrigin(EventMetaData.text(metaData, EventMetaData.PRINCIPAL),
                        EventMetaData.text(metaData, EventMetaData.CORRELATION_ID))
                        : message, route.topic().confinedPerNetwork() ? owners : null))
                .toList();
    }

    private static LiveMessage summary(Object payload, EventMessage<?> event, Long position) {
        String aggregateId = null;
        long version = 0;
        if (event instanceof DomainEventMessage<?> domainEvent) {
            aggregateId = domainEvent.getAggregateIdentifier();
            version = domainEvent.getSequenceNumber();
        }
        return new LiveMessage(payload.getClass().getSimpleName(), aggregateId, version, position,
                event.getTimestamp(), EventMetaData.text(event.getMetaData(), EventMetaData.REGION_KEY),
                PersonalDataLeftOut.of(payload instanceof WithPersonalData personal
                        ? personal.withoutPersonalData() : payload), null, null);
    }
}
