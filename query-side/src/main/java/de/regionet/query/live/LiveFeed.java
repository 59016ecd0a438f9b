package de.regionet.query.live;

import de.regionet.kernel.EventMetaData;
import de.regionet.kernel.agreement.AgreementEvent;
import de.regionet.kernel.networkevent.NetworkEventFact;
import de.regionet.kernel.news.NewsEvent;
import de.regionet.kernel.project.ProjectEvent;
import de.regionet.query.result.ResultAudience;
import jakarta.annotation.PreDestroy;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.MetaData;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Pushes stored events to the live topics, each message with the event's global position (in the body and as the
 * STOMP header {@value #POSITION_HEADER}). Which topic carries which event is decided in one place,
 * {@link #deliveries}, which also serves clients that resume from a position ({@code x-from-position}):
 * <ul>
 *     <li>{@code /topic/regions.{key}}: every event that concerns the region (an event concerning several, such as
 *     a state-wide agreement's, goes to each of them);</li>
 *     <li>{@code /topic/agreements}: every agreement event;</li>
 *     <li>{@code /topic/audit}: every event, with who caused it and in which request;</li>
 *     <li>{@code /topic/network-activity}: every event, for the network office dashboard;</li>
 *     <li>{@code /topic/news}, {@code /topic/network-events}: events about published news and network events
 *     (metadata {@code audience: PUBLIC}).</li>
 *     <li>{@code /topic/results}: results recorded for the public; {@code /topic/results.network}: those and results
 *     shared with the network (a result for its region only goes to neither, see {@link ResultAudience}).</li>
 * </ul>
 * Runs in its own processing group, which starts at the head of the event store: a feed reports what happens, it
 * does not replay history. Messages leave in position order: an event whose token shows an earlier position still
 * being written (a gap) waits until that position is stored, or for at most {@code regionet.live.max-hold} (an append
 * that never completes is voided by the store's maintenance well before). So a client that resumes after the last
 * position it saw misses nothing. Who may subscribe to which topic is declared in one table next to the broker.
 */
@Component
@ProcessingGroup(LiveFeed.NAME)
public class LiveFeed {

    public static final String NAME = "live-feed";
    public static final String AUDIT_TOPIC = "/topic/audit";
    public static final String REGION_TOPIC_PREFIX = "/topic/regions.";
    public static final String AGREEMENTS_TOPIC = "/topic/agreements";
    public static final String NEWS_TOPIC = "/topic/news";
    public static final String NETWORK_EVENTS_TOPIC = "/topic/network-events";
    public static final String NETWORK_ACTIVITY_TOPIC = "/topic/network-activity";
    /** Project results shared with the public. */
    public static final String RESULTS_TOPIC = "/topic/results";
    /** Project results shared with the network, the public ones included: what a signed-in reader follows. */
    public static final String NETWORK_RESULTS_TOPIC = "/topic/results.network";
    /** The STOMP header of every live message that names the event's global position. */
    public static final String POSITION_HEADER = "x-position";

    /** A message for a topic. */
    public record Delivery(String topic, LiveMessage message) {
    }

    private record Held(List<Delivery> deliveries, long since) {
    }

    private final SimpMessagingTemplate broker;
    private final long maxHoldNanos;
    private final TreeMap<Long, Held> held = new TreeMap<>();
    private final ScheduledExecutorService overdue = Executors.newSingleThreadScheduledExecutor(runnable -> {
        var thread = new Thread(runnable, "live-feed-overdue");
        thread.setDaemon(true);
        return thread;
    });

    LiveFeed(SimpMessagingTemplate broker, @Value("${regionet.live.max-hold:15s}") Duration maxHold) {
        this.broker = broker;
        this.maxHoldNanos = maxHold.toNanos();
        overdue.scheduleWithFixedDelay(this::releaseOverdue, 1, 1, TimeUnit.SECONDS);
    }

    @EventHandler
    @DisallowReplay
    void on(Object payload, EventMessage<?> event, TrackingToken token) {
        var position = positionOf(event, token);
        var deliveries = deliveries(payload, event, position);
        synchronized (held) {
            if (position == null) {
                send(deliveries, null);
                return;
            }
            held.put(position, new Held(deliveries, System.nanoTime()));
            long releasable = token instanceof GapAwareTrackingToken gapAware && !gapAware.getGaps().isEmpty()
                    ? gapAware.getGaps().first() - 1 : Long.MAX_VALUE;
            while (!held.isEmpty() && held.firstKey() <= releasable) {
                var next = held.pollFirstEntry();
                send(next.getValue().deliveries(), next.getKey());
            }
        }
    }

    /** Sends what waited longer than allowed for an earlier position, in order: that position is void by now. */
    void releaseOverdue() {
        synchronized (held) {
            long now = System.nanoTime();
            while (!held.isEmpty() && now - held.firstEntry().getValue().since() > maxHoldNanos) {
                var next = held.pollFirstEntry();
                send(next.getValue().deliveries(), next.getKey());
            }
        }
    }

    private void send(List<Delivery> deliveries, Long position) {
        Map<String, Object> headers = position == null ? Map.of() : Map.of(POSITION_HEADER, String.valueOf(position));
        deliveries.forEach(delivery -> broker.convertAndSend(delivery.topic(), delivery.message(), headers));
    }

    @PreDestroy
    void stop() {
        overdue.shutdownNow();
    }

    /** Every topic that carries this stored event, each with its message; the one routing table of the live feeds. */
    public static List<Delivery> deliveries(Object payload, EventMessage<?> event, Long position) {
        var regionKey = text(event, EventMetaData.REGION_KEY);
        var message = toMessage(payload, event, position, regionKey);
        var deliveries = new ArrayList<Delivery>();
        for (var region : regionsOf(event.getMetaData())) {
            deliveries.add(new Delivery(REGION_TOPIC_PREFIX + region, message));
        }
        if (payload instanceof AgreementEvent) {
            deliveries.add(new Delivery(AGREEMENTS_TOPIC, message));
        }
        deliveries.add(new Delivery(AUDIT_TOPIC, message.forAudit(text(event, EventMetaData.PRINCIPAL),
                text(event, EventMetaData.CORRELATION_ID))));
        deliveries.add(new Delivery(NETWORK_ACTIVITY_TOPIC, message));
        if (EventMetaData.PUBLIC.equals(text(event, EventMetaData.AUDIENCE))) {
            if (payload instanceof NewsEvent) {
                deliveries.add(new Delivery(NEWS_TOPIC, message));
            } else if (payload instanceof NetworkEventFact) {
                deliveries.add(new Delivery(NETWORK_EVENTS_TOPIC, message));
            }
        }
        if (payload instanceof ProjectEvent.ResultRecorded result) {
            if (ResultAudience.reachesThePublic(result.audience())) {
                deliveries.add(new Delivery(RESULTS_TOPIC, message));
            }
            if (ResultAudience.reachesTheNetwork(result.audience())) {
                deliveries.add(new Delivery(NETWORK_RESULTS_TOPIC, message));
            }
        }
        return deliveries;
    }

    static LiveMessage toMessage(Object payload, EventMessage<?> event, Long position, String regionKey) {
        String aggregateId = null;
        long version = 0;
        if (event instanceof DomainEventMessage<?> domainEvent) {
            aggregateId = domainEvent.getAggregateIdentifier();
            version = domainEvent.getSequenceNumber();
        }
        return new LiveMessage(payload.getClass().getSimpleName(), aggregateId, version, position,
                event.getTimestamp(), regionKey, payload, null, null);
    }

    /**
     * An event's own global position, which the event store adds to the metadata of events read in position order
     * (the token of a late event names the reader's progress, not the event's position); else the token's.
     */
    public static Long positionOf(EventMessage<?> event, TrackingToken token) {
        if (event.getMetaData().get(EventMetaData.GLOBAL_POSITION) instanceof Number number) {
            return number.longValue();
        }
        return token == null || token.position().isEmpty() ? null : token.position().getAsLong();
    }

    /** The region an event concerns and every other one it lists, each once. */
    static Set<String> regionsOf(MetaData metaData) {
        var regions = new LinkedHashSet<String>();
        if (metaData.get(EventMetaData.REGION_KEY) instanceof String key) {
            regions.add(key);
        }
        if (metaData.get(EventMetaData.REGION_KEYS) instanceof Collection<?> keys) {
            keys.forEach(key -> regions.add(String.valueOf(key)));
        }
        return regions;
    }

    private static String text(EventMessage<?> event, String key) {
        return event.getMetaData().get(key) instanceof String value ? value : null;
    }
}
