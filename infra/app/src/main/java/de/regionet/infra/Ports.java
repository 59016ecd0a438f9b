package de.regionet.infra;

import de.regionet.command.targetagreement.ControllingFigures;
import de.regionet.infra.audit.ReadableStates;
import de.regionet.query.targetagreement.ControllingProjection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Where the two sides meet, and only here: ports the command side and the audit declare, provided from read models.
 * The command side and the query side never import each other, and the audit imports neither.
 */
@Configuration(proxyBeanMethods = false)
class Ports {

    @Bean
    ControllingFigures controllingFigures(ControllingProjection controlling) {
        return (agreement, day) -> controlling.figures(agreement.value(), day);
    }

    @Bean
    ReadableStates readableStates() {
        return new ReadableAuditStates();
    }
}
