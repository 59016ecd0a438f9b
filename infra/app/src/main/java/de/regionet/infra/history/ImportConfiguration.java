package de.regionet.infra.history;

import de.regionet.kernel.EventMetaData;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every event an imported line causes carries, next to who sent it, which import and line it came from, the office
 * it was sent as and the day the line names as the day its fact took effect.
 */
@Configuration(proxyBeanMethods = false)
class ImportConfiguration {

    @Bean
    CorrelationDataProvider importedLine() {
        return new SimpleCorrelationDataProvider(EventMetaData.IMPORT_ID, EventMetaData.IMPORT_LINE,
                EventMetaData.IMPORT_OFFICE, EventMetaData.EFFECTIVE_ON);
    }
}
