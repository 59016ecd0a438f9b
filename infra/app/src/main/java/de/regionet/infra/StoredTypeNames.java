package de.regionet.infra;

import de.regionet.infra.eventstore.TypeRenames;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Map;

/**
 * Type names that were stored under an earlier name. Events and snapshots keep the name they were stored with (their
 * hashes cover it); they are read under today's name. Add a line when a stored type moves or is renamed.
 */
@Configuration(proxyBeanMethods = false)
class StoredTypeNames {

    @Bean
    TypeRenames typeRenames() {
        return new TypeRenames(Map.of(
                // "audit" meant three things; the audit log of reads is the auditlog feature
                "de.regionet.kernel.audit.", "de.regionet.kernel.auditlog.",
                "de.regionet.command.audit.", "de.regionet.command.auditlog.",
                // NetworkEventEvent stuttered
                "de.regionet.kernel.networkevent.NetworkEventEvent$", "de.regionet.kernel.networkevent.NetworkEventFact$"));
    }
}
