package de.regionet.infra.audit;

import de.regionet.kernel.Rejection;
import org.axonframework.config.AggregateConfiguration;
import org.axonframework.config.Configuration;
import org.axonframework.modelling.command.inspection.AggregateModel;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every event-sourced aggregate type the application runs, as Axon's configuration knows them (each
 * {@code @Aggregate} bean is one): the audit API covers a new aggregate type without any change here. Each type is
 * addressed in URLs by its Axon type name in kebab case ({@code WorkingGroup} → {@code working-group}).
 */
class AggregateTypes {

    /** One aggregate type: its name in URLs, the type name stored with its events, its class and Axon model. */
    public record AggregateType(String name, String storedName, Class<?> root, AggregateModel<?> model,
                                AggregateConfiguration<?> configuration) {
    }

    private final Configuration axon;
    private volatile Map<String, AggregateType> byName;

    public AggregateTypes(Configuration axon) {
        this.axon = axon;
    }

    public List<AggregateType> all() {
        return List.copyOf(types().values());
    }

    /** The type with this kebab-case name; a 404 for the caller if there is none. */
    public AggregateType named(String name) {
        return find(name).orElseThrow(() -> Rejection.notFound(unknown(name)));
    }

    public Optional<AggregateType> find(String name) {
        return Optional.ofNullable(types().get(name));
    }

    String unknown(String name) {
        return "no aggregate type " + name + "; known are " + String.join(", ", types().keySet());
    }

    /** The type whose events are stored under this type name, if the application knows it. */
    public Optional<AggregateType> stored(String storedName) {
        return types().values().stream().filter(type -> type.storedName().equals(storedName)).findFirst();
    }

    /** {@code WorkingGroup} → {@code working-group}, {@code AuditLog} → {@code audit-log}. */
    public static String kebab(String typeName) {
        return typeName.replaceAll("([a-z0-9])([A-Z])", "$1-$2").replaceAll("([A-Z])([A-Z][a-z])", "$1-$2")
                .toLowerCase(java.util.Locale.ROOT);
    }

    private Map<String, AggregateType> types() {
        var known = byName;
        if (known == null) {
            var found = new LinkedHashMap<String, AggregateType>();
            axon.findModules(AggregateConfiguration.class).stream()
                    .map(this::describe)
                    .sorted(Comparator.comparing(AggregateType::name))
                    .forEach(type -> found.put(type.name(), type));
            byName = known = found;
        }
        return known;
    }

    private AggregateType describe(AggregateConfiguration<?> configuration) {
        var root = configuration.aggregateType();
        AggregateModel<?> model = AnnotatedAggregateMetaModelFactory.inspectAggregate(root,
                axon.parameterResolverFactory(), axon.handlerDefinition(root));
        return new AggregateType(kebab(model.type()), model.type(), root, model, configuration);
    }
}
