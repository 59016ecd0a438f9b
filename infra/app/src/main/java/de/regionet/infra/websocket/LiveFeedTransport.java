package de.regionet.infra.websocket;

import de.regionet.infra.security.SubscriberNetworks;
import de.regionet.query.live.LiveRouting.Delivery;
import de.regionet.query.live.LiveTransport;
import jakarta.annotation.PreDestroy;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The live feed's messages to the broker (in-process, or relayed to an external one: ADR 0026), in position order:
 * an event whose token shows an earlier position still being written (a gap) waits until that position is stored,
 * or for at most {@code regionet.live.max-hold} (an append that never completes is voided by the store's maintenance
 * well before). So a client that resumes after the last position it saw misses nothing
 * ({@link ResumableSubscriptions}), and every message names the position of the one before it on its destination,
 * so a client sees a gap.
 */
@Component
class LiveFeedTransport implements LiveTransport {

    private record Held(List<Delivery> deliveries, long since) {
    }

    private final SimpMessagingTemplate broker;
    private final long maxHoldNanos;
    /** Whether messages are marked as the live feed's: with a relay, where another node may have sent them too. */
    private final boolean marked;
    private final TreeMap<Long, Held> held = new TreeMap<>();
    /** Per destination, the position of the last message sent there (guarded by {@code held}). */
    private final Map<String, Long> lastSent = new HashMap<>();
    private final ScheduledExecutorService overdue = Executors.newSingleThreadScheduledExecutor(runnable -> {
        var thread = new Thread(runnable, "live-feed-overdue");
        thread.setDaemon(true);
        return thread;
    });

    LiveFeedTransport(SimpMessagingTemplate broker, @Value("${regionet.live.max-hold:15s}") Duration maxHold,
                      Environment environment) {
        this.broker = broker;
        this.marked = LiveRelay.configured(environment);
        this.maxHoldNanos = maxHold.toNanos();
        overdue.scheduleWithFixedDelay(this::releaseOverdue, 1, 1, TimeUnit.SECONDS);
    }

    @Override
    public void send(List<Delivery> deliveries, Long position, TrackingToken token) {
        synchronized (held) {
            if (position == null) {
                deliver(deliveries, null);
                return;
            }
            held.put(position, new Held(deliveries, System.nanoTime()));
            long releasable = token instanceof GapAwareTrackingToken gapAware && !gapAware.getGaps().isEmpty()
                    ? gapAware.getGaps().first() - 1 : Long.MAX_VALUE;
            while (!held.isEmpty() && held.firstKey() <= releasable) {
                var next = held.pollFirstEntry();
                deliver(next.getValue().deliveries(), next.getKey());
            }
        }
    }

    /** Sends what waited longer than allowed for an earlier position, in order: that position is void by now. */
    void releaseOverdue() {
        synchronized (held) {
            long now = System.nanoTime();
            while (!held.isEmpty() && now - held.firstEntry().getValue().since() > maxHoldNanos) {
                var next = held.pollFirstEntry();
                deliver(next.getValue().deliveries(), next.getKey());
            }
        }
    }

    private void deliver(List<Delivery> deliveries, Long position) {
        for (var delivery : deliveries) {
            var headers = new HashMap<String, Object>();
            if (position != null) {
                headers.put(LiveTransport.POSITION_HEADER, String.valueOf(position));
                var previous = lastSent.put(delivery.topic(), position);
                if (previous != null) {
                    headers.put(LiveTransport.PREVIOUS_POSITION_HEADER, String.valueOf(previous));
                }
            }
            var networks = SubscriberNetworks.header(delivery);
            if (networks != null) {
                headers.put(SubscriberNetworks.NETWORKS_HEADER, networks);
            }
            if (marked && position != null) {
                // so the client's node keeps order whichever node published (OrderedSubscriptions)
                headers.put(OrderedSubscriptions.LIVE_FEED_HEADER, "events");
            }
            broker.convertAndSend(delivery.topic(), delivery.message(), headers);
        }
    }

    @PreDestroy
    void stop() {
        overdue.shutdownNow();
    }
}
