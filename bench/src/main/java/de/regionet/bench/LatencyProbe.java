package de.regionet.bench;

import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.EventMessageHandler;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.messaging.StreamableMessageSource;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.LockSupport;

/**
 * Append → tracking processor latency: a {@link TrackingEventProcessor} (single-threaded, Axon's defaults, token in
 * MongoDB as in the application) starts at the head of the store; events are appended at a steady rate, each
 * carrying the {@code System.nanoTime()} taken just before its append; the handler takes the difference.
 */
final class LatencyProbe {

    record Latencies(double p50Millis, double p99Millis, int handled, int appended) {
    }

    private final Contender.Tracking tracking;
    private final ConcurrentLinkedQueue<Double> samples = new ConcurrentLinkedQueue<>();

    LatencyProbe(Contender.Tracking tracking) {
        this.tracking = tracking;
    }

    Latencies measure(int warmUp, int events, int perSecond, Duration patience) {
        var processor = TrackingEventProcessor.builder().name("latency-probe")
                .eventHandlerInvoker(SimpleEventHandlerInvoker.builder()
                        .eventHandlers((EventMessageHandler) this::handle).build())
                .messageSource(tracking.eventStore()).tokenStore(tracking.tokens())
                .transactionManager(NoTransactionManager.INSTANCE)
                .trackingEventProcessorConfiguration(TrackingEventProcessorConfiguration
                        .forSingleThreadedProcessing()
                        .andInitialTrackingToken(StreamableMessageSource::createHeadToken))
                .build();
        processor.start();
        try {
            appendAndAwait("probe-warm-up-", warmUp, perSecond, patience);
            samples.clear();
            appendAndAwait("probe-", events, perSecond, patience);
            var latencies = List.copyOf(samples);
            return new Latencies(Stats.percentile(latencies, 50), Stats.percentile(latencies, 99), latencies.size(),
                    events);
        } finally {
            processor.shutDown();
        }
    }

    private Object handle(org.axonframework.eventhandling.EventMessage<?> event) {
        if (event.getPayload() instanceof Noted noted && noted.appendedAtNanos() != 0) {
            samples.add((System.nanoTime() - noted.appendedAtNanos()) / 1e6);
        }
        return null;
    }

    private void appendAndAwait(String prefix, int events, int perSecond, Duration patience) {
        long period = 1_000_000_000L / perSecond;
        long begin = System.nanoTime();
        for (int i = 0; i < events; i++) {
            long due = begin + i * period;
            while (System.nanoTime() < due) {
                LockSupport.parkNanos(due - System.nanoTime());
            }
            tracking.eventStore().publish(Noted.message(prefix + i, 0, System.nanoTime()));
        }
        long deadline = System.nanoTime() + patience.toNanos();
        while (samples.size() < events && System.nanoTime() < deadline) {
            LockSupport.parkNanos(5_000_000);
        }
    }
}
