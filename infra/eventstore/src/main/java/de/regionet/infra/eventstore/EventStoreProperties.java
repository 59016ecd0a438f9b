package de.regionet.infra.eventstore;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * Tuning of the event store ({@code regionet.eventstore.*}).
 *
 * @param batchSize           events read per query by processors and aggregate loads
 * @param gapTimeout          how long a reserved position may stay empty before it is declared abandoned (void)
 * @param checkpointInterval  positions per checkpoint: a hash over each full range of this many positions
 * @param maintenanceInterval how often abandoned positions are voided and checkpoints written
 * @param snapshotThreshold   events after which an aggregate is snapshotted, bounding what a load reads
 * @param verificationFailuresListed how many failures {@code GET /api/audit/verification} lists (it counts all)
 */
@ConfigurationProperties("regionet.eventstore")
public record EventStoreProperties(@DefaultValue("250") int batchSize,
                                   @DefaultValue("10s") Duration gapTimeout,
                                   @DefaultValue("256") int checkpointInterval,
                                   @DefaultValue("1s") Duration maintenanceInterval,
                                   @DefaultValue("50") int snapshotThreshold,
                                   @DefaultValue("100") int verificationFailuresListed) {
}
