package de.regionet.infra.eventstore;

import org.junit.jupiter.api.Test;

import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/** Appends that commit while the verifier walks the store are legitimate and are not reported as tampering. */
class VerifyWhileAppendingTest {

    @Test
    void verification_of_a_store_that_is_being_appended_to_reports_ok() throws Exception {
        try (var store = StoreFixture.inMemory(256)) {
            for (int i = 0; i < 3_000; i++) {
                store.append("before-" + (i % 50), i / 50);
            }
            var running = new AtomicBoolean(true);
            var writer = Executors.newSingleThreadExecutor();
            writer.submit(() -> {
                for (long sequence = 0; running.get(); sequence++) {
                    store.append("during", sequence);
                }
                return null;
            });
            try {
                for (int round = 0; round < 5; round++) {
                    var verification = store.verifier.verify();
                    assertThat(verification.result()).as(String.valueOf(verification.firstFailure())).isEqualTo("ok");
                }
            } finally {
                running.set(false);
                writer.shutdown();
                assertThat(writer.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
            }
        }
    }
}
