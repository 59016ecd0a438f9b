package de.regionet.infra;

import com.mongodb.client.model.Filters;
import de.regionet.command.region.Territories;
import de.regionet.command.targetagreement.ControllingFigures;
import de.regionet.infra.audit.ReadableStates;
import de.regionet.kernel.region.RegionKey;
import de.regionet.query.region.RegionProjection;
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

    /** The region a territory belongs to: registered as a region itself, or listed by a labour-market region. */
    @Bean
    Territories territories(RegionProjection regions) {
        return territory -> regions.regions().find(territory.value()).map(region -> territory)
                .or(() -> regions.regions().where(Filters.eq("members", territory.value())).stream().findFirst()
                        .map(region -> new RegionKey(region.key())));
    }

    @Bean
    ReadableStates readableStates() {
        return new ReadableAuditStates();
    }
}
