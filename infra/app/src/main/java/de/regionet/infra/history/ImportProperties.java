package de.regionet.infra.history;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code regionet.imports}: the largest history file the API takes ({@code max-size}, its own limit: the 64 KB of
 * ordinary requests does not fit a network's history), how many refused lines a status lists, and how often the
 * command line reports progress.
 */
@ConfigurationProperties("regionet.imports")
record ImportProperties(@DefaultValue("64MB") DataSize maxSize, @DefaultValue("100") int refusalsListed,
                        @DefaultValue("5000") int progressEvery) {
}
