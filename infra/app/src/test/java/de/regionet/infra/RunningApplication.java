package de.regionet.infra;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Path;
import java.time.Duration;

import static org.awaitility.Awaitility.await;

/** The whole application started on a data directory, as an operator would run it, for restart tests. */
final class RunningApplication implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    private RunningApplication(ConfigurableApplicationContext context) {
        this.context = context;
    }

    static RunningApplication start(Path dataDir, String... properties) {
        var arguments = new java.util.ArrayList<>(java.util.List.of("--server.port=0",
                "--regionet.data-dir=" + dataDir, "--regionet.embedded.backend=h2"));
        for (var property : properties) {
            arguments.add("--" + property);
        }
        return new RunningApplication(new SpringApplicationBuilder(RegioNetApplication.class)
                .run(arguments.toArray(String[]::new)));
    }

    /** The API signed in as the network office. */
    ApiClient api() {
        return new ApiClient(port()).as(TestUsers.OFFICE);
    }

    int port() {
        return Integer.parseInt(context.getEnvironment().getRequiredProperty("local.server.port"));
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    /** Read-model changes applied by projections since this application started. */
    double projectionEffects() {
        return bean(MeterRegistry.class).find("regionet.projection.effects").counters().stream()
                .mapToDouble(Counter::count).sum();
    }

    /** Waits until every streaming processor has caught up with the head of the event store. */
    void awaitProcessorsCaughtUp() {
        var processing = bean(EventProcessingConfiguration.class);
        await().atMost(Duration.ofSeconds(20)).until(() -> processing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance).map(StreamingEventProcessor.class::cast)
                .allMatch(processor -> processor.isRunning() && !processor.processingStatus().isEmpty()
                        && processor.processingStatus().values().stream().allMatch(status -> status.isCaughtUp())));
    }

    @Override
    public void close() {
        context.close();
    }
}
