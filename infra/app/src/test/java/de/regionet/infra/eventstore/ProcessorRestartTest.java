package de.regionet.infra.eventstore;

import org.axonframework.eventhandling.EventMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A tracking processor stopped mid-stream resumes from its stored token after the store is closed and reopened
 * from its file: nothing lost, nothing handled twice.
 */
class ProcessorRestartTest {

    @TempDir
    Path dataDir;

    @Test
    void a_processor_stopped_mid_stream_resumes_after_a_restart_without_losing_or_repeating_events() {
        var file = dataDir.resolve("store.mv.db");
        List<String> handled = new CopyOnWriteArrayList<>();
        try (var store = StoreFixture.onFile(file)) {
            for (int i = 0; i < 600; i++) {
                store.append("agg-" + (i % 30), i / 30);
            }
            var tokens = store.tokenStore();
            var processor = store.processor("projection", tokens, event -> record(handled, event));
            await().atMost(Duration.ofSeconds(20)).until(() -> handled.size() >= 200);
            processor.shutDown();
            for (int i = 600; i < 900; i++) {
                store.append("agg-" + (i % 30), i / 30);
            }
        }
        int beforeRestart = handled.size();
        assertThat(beforeRestart).as("stopped mid-stream").isBetween(200, 899);

        try (var store = StoreFixture.onFile(file)) {
            var processor = store.processor("projection", store.tokenStore(), event -> record(handled, event));
            await().atMost(Duration.ofSeconds(20)).until(() -> handled.size() >= 900);
            processor.shutDown();
        }
        assertThat(handled).hasSize(900).doesNotHaveDuplicates();
    }

    private static void record(List<String> handled, EventMessage<?> event) {
        handled.add(event.getIdentifier());
    }
}
