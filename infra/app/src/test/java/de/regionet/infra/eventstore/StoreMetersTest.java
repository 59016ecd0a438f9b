package de.regionet.infra.eventstore;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.Test;

import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What the store's meters say (README "Metrics and health"): appends, conflicts, head, checkpoints, verification. */
class StoreMetersTest {

    @Test
    void appends_are_timed_and_counted_and_a_loser_of_a_race_is_a_conflict() throws Exception {
        var meters = new SimpleMeterRegistry();
        try (var store = StoreFixture.metered(256, meters)) {
            store.append("a", 0);
            store.append("a", 1);

            assertThatThrownBy(() -> store.append("a", 1)).isInstanceOf(ConcurrencyException.class);

            assertThat(meters.get(StoreMeters.APPEND).timer().count()).isEqualTo(2);
            assertThat(meters.get(StoreMeters.APPEND).timer().totalTime(TimeUnit.NANOSECONDS)).isPositive();
            assertThat(meters.get(StoreMeters.APPENDED_EVENTS).counter().count()).isEqualTo(2);
            assertThat(meters.get(StoreMeters.CONFLICTS).counter().count()).isEqualTo(1);
            // the loser's reserved position is voided: the head moved past it
            assertThat(meters.get(StoreMeters.HEAD).gauge().value()).isEqualTo(2);
        }
    }

    @Test
    void checkpoints_and_the_last_verification_are_shown_once_there_are_any() throws Exception {
        var meters = new SimpleMeterRegistry();
        try (var store = StoreFixture.metered(2, meters)) {
            assertThat(meters.get(StoreMeters.CHECKPOINT_POSITION).gauge().value()).isEqualTo(-1);
            assertThat(meters.get(StoreMeters.CHECKPOINT_AGE).timeGauge().value()).isNaN();
            assertThat(meters.get(StoreMeters.VERIFICATION_FAILURES).gauge().value()).isNaN();
            store.append("a", 0);
            store.append("b", 0);

            store.maintenance.run();
            var verification = store.verifier.verify();

            assertThat(meters.get(StoreMeters.CHECKPOINT_POSITION).gauge().value()).isEqualTo(1);
            assertThat(meters.get(StoreMeters.CHECKPOINT_AGE).timeGauge().value(TimeUnit.SECONDS))
                    .isGreaterThanOrEqualTo(0);
            assertThat(verification.result()).isEqualTo("ok");
            assertThat(meters.get(StoreMeters.VERIFICATIONS).tag("result", "ok").counter().count()).isEqualTo(1);
            assertThat(meters.get(StoreMeters.VERIFICATION_FAILURES).gauge().value()).isZero();
            assertThat(meters.get(StoreMeters.VERIFICATION_AGE).timeGauge().value(TimeUnit.SECONDS))
                    .isGreaterThanOrEqualTo(0);
        }
    }
}
