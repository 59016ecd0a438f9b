package de.regionet.infra.history;

import de.regionet.kernel.access.SentBy;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The commands a history file may name, by their simple name: every command record of the shared kernel (each
 * declares its senders with {@link SentBy}), except the audit log's, which RegioNet records itself, and those that
 * only judge and store nothing (a resolution's preview: a history holds facts). Found on the
 * class path, so a new command can be imported without a list to keep in step.
 */
final class KernelCommands {

    private static final String KERNEL = "de.regionet.kernel";
    private static final String AUDIT_LOG = "de.regionet.kernel.auditlog.";
    private static final java.util.Set<String> STORE_NOTHING = java.util.Set.of("PreviewResolution");

    private final Map<String, Class<?>> byName;

    private KernelCommands(Map<String, Class<?>> byName) {
        this.byName = byName;
    }

    static KernelCommands onClassPath() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(SentBy.class));
        var byName = new TreeMap<String, Class<?>>();
        for (var candidate : scanner.findCandidateComponents(KERNEL)) {
            var name = candidate.getBeanClassName();
            if (name == null || name.startsWith(AUDIT_LOG)) {
                continue;
            }
            var type = ClassUtils.resolveClassName(name, KernelCommands.class.getClassLoader());
            if (STORE_NOTHING.contains(type.getSimpleName())) {
                continue;
            }
            var previous = byName.put(type.getSimpleName(), type);
            if (previous != null) {
                throw new IllegalStateException("two kernel commands are called " + type.getSimpleName() + ": "
                        + previous.getName() + " and " + type.getName());
            }
        }
        return new KernelCommands(byName);
    }

    Optional<Class<?>> named(String simpleName) {
        return Optional.ofNullable(byName.get(simpleName));
    }

    int size() {
        return byName.size();
    }
}
