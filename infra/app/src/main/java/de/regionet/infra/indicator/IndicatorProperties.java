package de.regionet.infra.indicator;

import de.regionet.kernel.indicator.Indicator;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.List;

/**
 * {@code regionet.indicators}: the indicator catalogue results are reported in. Empty (the default): the ESF+ common
 * indicators of {@link de.regionet.kernel.indicator.IndicatorCatalogue#esfPlus()}. An installation that lists
 * indicators gets exactly those; keep every code that recorded results use, or those results cannot be corrected.
 */
@ConfigurationProperties("regionet")
public record IndicatorProperties(List<Indicator> indicators) {
}
