package de.regionet.infra.processing;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.config.MeterFilter;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.messaging.Message;
import org.axonframework.micrometer.GlobalMetricRegistry;
import org.axonframework.monitoring.MessageMonitor;
import org.axonframework.monitoring.NoOpMessageMonitor;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The event processors' meters (README "Metrics and health"), each tagged {@code processor}: Axon's own monitors
 * (latency of the last event handled, capacity, messages ingested, handled, failed and ignored, and handling time),
 * and, read when scraped, each processor's lag in positions behind the head of the store and the events its
 * dead-letter queue holds. The command bus gets Axon's timers and counters too, untagged.
 * <p>
 * Axon's own auto-configuration of these monitors ({@code MicrometerMetricsAutoConfiguration}) is excluded in
 * {@code application.yml}: it orders itself after Spring Boot 3's metrics auto-configuration by name, which Boot 4
 * moved, and so may make a registry of its own that nobody scrapes; its default tags also name every payload type,
 * a series per processor and event type. Here the monitors go to Boot's registry with the processor's name only.
 */
@Configuration(proxyBeanMethods = false)
class ProcessorMeters {

    static final String AXON_PROCESSOR = "regionet.processor";
    static final String AXON_COMMANDS = "regionet.commandbus";
    static final String LAG = "regionet.processor.lag";
    static final String DEAD_LETTERS = "regionet.processor.dead.letters";
    static final String TAG = "processor";

    @Bean
    ConfigurerModule processorMonitors(MeterRegistry registry) {
        var axon = new GlobalMetricRegistry(registry);
        // Axon may ask more than once for one component; its gauges can be registered only once
        var monitors = new java.util.concurrent.ConcurrentHashMap<String, MessageMonitor<Message<?>>>();
        return configurer -> configurer.configureMessageMonitor(config -> (type, name) -> monitors.computeIfAbsent(
                type.getName() + "/" + name, key -> monitor(axon, type, name)));
    }

    @SuppressWarnings("unchecked")
    private static MessageMonitor<Message<?>> monitor(GlobalMetricRegistry axon, Class<?> type, String name) {
        Function<Message<?>, Iterable<io.micrometer.core.instrument.Tag>> processor = message -> Tags.of(TAG, name);
        if (EventProcessor.class.isAssignableFrom(type)) {
            return (MessageMonitor<Message<?>>) (MessageMonitor<?>) axon.registerEventProcessor(AXON_PROCESSOR,
                    processor, processor);
        }
        if (CommandBus.class.isAssignableFrom(type)) {
            return (MessageMonitor<Message<?>>) (MessageMonitor<?>) axon.registerCommandBus(AXON_COMMANDS,
                    message -> Tags.empty());
        }
        return NoOpMessageMonitor.instance();
    }

    /**
     * Axon times every message four ways (all, success, failure, ignored), each with six percentiles; all and failure
     * say what the others would, so those two are left out: about a hundred series fewer per processor.
     */
    @Bean
    MeterFilter lessAxonTimers() {
        return MeterFilter.deny(id -> id.getName().startsWith("regionet.")
                && (id.getName().endsWith(".successTimer") || id.getName().endsWith(".ignoredTimer")));
    }

    /** The gauges are registered once the processors are known; they read {@link ProjectionOperations} lazily. */
    @Bean
    ApplicationListener<ApplicationReadyEvent> processorGauges(ProjectionOperations operations,
                                                                MeterRegistry registry) {
        return ready -> {
            var standings = new Standings(operations);
            for (var standing : operations.standings()) {
                var name = standing.name();
                Gauge.builder(LAG, standings, s -> s.lag(name)).tag(TAG, name).strongReference(true)
                        .description("positions between the processor and the head of the store (NaN while this "
                                + "node holds none of its segments)")
                        .register(registry);
                if (standing.readModel()) {
                    Gauge.builder(DEAD_LETTERS, operations, o -> o.deadLetterCount(name)).tag(TAG, name)
                            .strongReference(true).description("events parked in the processor's dead-letter queue")
                            .register(registry);
                }
            }
        };
    }

    /** The processors' standings, computed at most once a second however many gauges read them in a scrape. */
    static final class Standings {

        private final ProjectionOperations operations;
        private Map<String, ProjectionOperations.Standing> last = Map.of();
        private long takenAt;

        Standings(ProjectionOperations operations) {
            this.operations = operations;
        }

        synchronized double lag(String name) {
            long now = System.nanoTime();
            if (last.isEmpty() || now - takenAt > 1_000_000_000L) {
                List<ProjectionOperations.Standing> standings = operations.standings();
                last = standings.stream().collect(Collectors.toMap(ProjectionOperations.Standing::name, s -> s));
                takenAt = now;
            }
            var standing = last.get(name);
            return standing == null || standing.lagEvents() == null ? Double.NaN : standing.lagEvents();
        }
    }
}
