package de.regionet.infra.indicator;

import de.regionet.kernel.indicator.IndicatorCatalogue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one indicator catalogue of the installation, for the write model's checks and the read side's listing. */
@Configuration(proxyBeanMethods = false)
class IndicatorConfiguration {

    @Bean
    IndicatorCatalogue indicatorCatalogue(IndicatorProperties properties) {
        return properties.indicators() == null || properties.indicators().isEmpty() ? IndicatorCatalogue.esfPlus()
                : new IndicatorCatalogue(properties.indicators());
    }
}
