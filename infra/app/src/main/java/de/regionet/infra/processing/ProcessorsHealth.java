package de.regionet.infra.processing;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.Supplier;

/**
 * Part of readiness ({@code /actuator/health/readiness}, README "Metrics and health"): out of service while a read
 * model's processor is more than {@code regionet.health.max-lag} positions behind the head of the store, has stopped
 * with an error, or does not run at all, because this node would answer queries from a read model that is far behind.
 * The live feed's processor is left out (it starts at the head and replays nothing), and so is a processor whose
 * segments another node holds. Liveness never looks at this: a node catching up is alive.
 */
@Component("processorsHealthIndicator")
class ProcessorsHealth implements HealthIndicator {

    private final Supplier<List<ProjectionOperations.Standing>> standings;
    private final long maxLag;

    @Autowired
    ProcessorsHealth(ProjectionOperations operations, @Value("${regionet.health.max-lag:10000}") long maxLag) {
        this(operations::standings, maxLag);
    }

    ProcessorsHealth(Supplier<List<ProjectionOperations.Standing>> standings, long maxLag) {
        this.standings = standings;
        this.maxLag = maxLag;
    }

    @Override
    public Health health() {
        var behind = new LinkedHashMap<String, Object>();
        var failed = new ArrayList<String>();
        var stopped = new ArrayList<String>();
        for (var standing : standings.get()) {
            if (!standing.readModel()) {
                continue;
            }
            if (standing.failed()) {
                failed.add(standing.name());
            }
            if (!standing.running()) {
                stopped.add(standing.name());
            }
            if (standing.lagEvents() != null && standing.lagEvents() > maxLag) {
                behind.put(standing.name(), standing.lagEvents());
            }
        }
        var health = behind.isEmpty() && failed.isEmpty() && stopped.isEmpty() ? Health.up() : Health.outOfService();
        return health.withDetail("maxLag", maxLag).withDetail("behind", behind).withDetail("failed", failed)
                .withDetail("stopped", stopped).build();
    }
}
