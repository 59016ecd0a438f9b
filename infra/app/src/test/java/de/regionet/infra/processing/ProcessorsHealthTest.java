package de.regionet.infra.processing;

import de.regionet.infra.processing.ProjectionOperations.Standing;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Status;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Readiness's view of the processors: a read model far behind, failed or stopped takes the node out of service. */
class ProcessorsHealthTest {

    private static final long MAX_LAG = 10_000;

    private static ProcessorsHealth of(Standing... standings) {
        return new ProcessorsHealth(() -> List.of(standings), MAX_LAG);
    }

    @Test
    void read_models_that_keep_up_are_ready() {
        var health = of(new Standing("regions", 0L, true, false, true),
                new Standing("network_activity", MAX_LAG, true, false, true)).health();

        assertThat(health.getStatus()).isEqualTo(Status.UP);
    }

    @Test
    void a_read_model_further_behind_than_the_limit_is_out_of_service_and_named() {
        var health = of(new Standing("regions", 0L, true, false, true),
                new Standing("working_groups", MAX_LAG + 1, true, false, true)).health();

        assertThat(health.getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
        assertThat(health.getDetails()).containsEntry("behind", Map.of("working_groups", MAX_LAG + 1));
    }

    @Test
    void a_read_model_failed_or_stopped_is_out_of_service() {
        assertThat(of(new Standing("regions", 0L, true, true, true)).health().getStatus())
                .isEqualTo(Status.OUT_OF_SERVICE);
        assertThat(of(new Standing("regions", null, true, false, false)).health().getStatus())
                .isEqualTo(Status.OUT_OF_SERVICE);
    }

    @Test
    void the_live_feed_and_processors_another_node_runs_do_not_count() {
        var health = of(new Standing("live_feed", MAX_LAG * 5, false, false, true),
                new Standing("regions", null, true, false, true)).health();

        assertThat(health.getStatus()).isEqualTo(Status.UP);
    }
}
