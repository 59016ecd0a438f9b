package de.regionet.infra.mongo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How the embedded server keeps its H2 file ({@code docs/adr/0020-embedded-storage-cost.md}; measured in
 * {@code docs/BENCHMARKS.md}, "Storage on the embedded default").
 *
 * @param compress        {@code regionet.embedded.h2.compress}: pages written from now on are LZF-compressed (the
 *                        stored documents are Java-serialized and compress about 3×); pages already in the file stay
 *                        as they are and are read either way
 * @param compactEvery    {@code regionet.embedded.h2.compact-every}: how often the file's sparse chunks are rewritten
 *                        so that the space of dead row versions is reused; {@code 0s} leaves it to H2 alone, which
 *                        under a steady stream of commits lets the file grow by every version ever written
 * @param targetFillRate  {@code regionet.embedded.h2.target-fill-rate}: compaction runs while less than this share
 *                        (percent) of the chunks' bytes is live
 * @param compactMegabytes {@code regionet.embedded.h2.compact-megabytes}: at most this much live data is rewritten
 *                        in one round, so that appends waiting for the store lock wait briefly
 */
@ConfigurationProperties("regionet.embedded.h2")
public record EmbeddedH2Properties(@DefaultValue("true") boolean compress,
                                   @DefaultValue("5s") Duration compactEvery,
                                   @DefaultValue("80") int targetFillRate,
                                   @DefaultValue("4") int compactMegabytes) {
}
