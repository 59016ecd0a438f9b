package de.regionet.infra.audit;

import com.mongodb.client.MongoDatabase;
import de.regionet.infra.eventstore.EventLog;
import de.regionet.infra.eventstore.EventStoreProperties;
import de.regionet.infra.eventstore.MongoEventStore;
import de.regionet.infra.eventstore.StoreVerifier;
import de.regionet.infra.mongo.MongoProperties;
import de.regionet.infra.keys.SigningKey;
import de.regionet.kernel.network.Networks;
import de.regionet.kernel.personal.PersonalDataVault;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.Configuration;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.springframework.context.annotation.Bean;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.time.Clock;

/** The audit API: the one reader of raw events. */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
class AuditConfiguration {

    @Bean
    AggregateTypes aggregateTypes(Configuration axon) {
        return new AggregateTypes(axon);
    }

    /** Who did something, as the audit trail and the console show it: opened from the vault (ADR 0022). */
    @Bean
    PrincipalNames principalNames(PersonalDataVault vault) {
        return new PrincipalNames(vault);
    }

    /** Which network each stream and event belongs to, derived from the streams' creating events. */
    @Bean
    StreamNetworks streamNetworks(Networks networks, EventLog log) {
        return new StreamNetworks(networks, log);
    }

    /** What each reader sees of the audit trail: its networks' history. */
    @Bean
    AuditReaders auditReaders(Networks networks) {
        return new AuditReaders(networks);
    }

    @Bean
    AggregateHistory aggregateHistory(AggregateTypes types, EventLog log, MongoEventStore engine,
                                      Serializer serializer, EventStoreProperties properties,
                                      ReadableStates views, PrincipalNames names, StreamNetworks networks) {
        return new AggregateHistory(types, log, engine, jackson(serializer).getObjectMapper(), properties.batchSize(),
                views, names, networks);
    }

    /** Aggregate state and payloads are read as JSON the way snapshots and events are written: Axon's Jackson 3. */
    private static Jackson3Serializer jackson(Serializer serializer) {
        if (!(serializer instanceof Jackson3Serializer jackson)) {
            throw new IllegalStateException("the audit API reads state and payloads as Jackson 3 JSON; the serializer "
                    + "is " + serializer.getClass().getName());
        }
        return jackson;
    }

    @Bean
    LineageIndex lineageIndex(MongoDatabase database, EventLog log, Serializer serializer) {
        return new LineageIndex(database, log, jackson(serializer).getObjectMapper());
    }

    @Bean
    LineageWalk lineageWalk(AggregateTypes types, EventLog log, LineageIndex index, EventStoreProperties properties,
                            PrincipalNames names, StreamNetworks networks) {
        return new LineageWalk(types, log, index, properties.batchSize(), names, networks);
    }

    @Bean
    StreamCatalogue streamCatalogue(MongoDatabase database, Serializer serializer, StreamNetworks networks) {
        return new StreamCatalogue(database, jackson(serializer).getObjectMapper(), networks);
    }

    @Bean
    AuditTrail auditTrail(AggregateTypes types, StreamCatalogue catalogue, AggregateHistory history,
                          LineageWalk lineage, StoreVerifier verifier, EventLog log, EventExport export, Clock clock,
                          AuditReaders readers) {
        return new AuditTrail(types, catalogue, history, lineage, verifier, log, export, clock, readers);
    }

    @Bean
    ExportSigner exportSigner(AuditProperties audit, MongoProperties storage) {
        var file = audit.exportKeyFile() != null ? audit.exportKeyFile()
                : storage.dataDir().resolve("regionet-export-key.json");
        return new ExportSigner(SigningKey.loadOrCreate(file));
    }

    @Bean
    EventExport eventExport(EventLog log, ExportSigner signer, EventStoreProperties properties, Clock clock,
                            StreamNetworks networks) {
        return new EventExport(log, signer, properties.gapTimeout(), clock, networks);
    }

    @Bean
    WebMvcConfigurer auditReadsAreRecorded(CommandGateway commands, Clock clock) {
        var reads = new AuditReads(commands, clock);
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(reads).addPathPatterns(AuditReads.PATHS, AuditReads.CONSOLE_PATHS);
            }
        };
    }
}
