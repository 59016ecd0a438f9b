package de.regionet.infra.eventstore;

import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

import java.util.Map;
import java.util.function.Function;

/**
 * Reads events (and snapshots) stored under a type name that has since been renamed: a renamed package or class
 * changes nothing that is stored, so the stored bytes and their hashes stay as they are, and the old name is mapped to
 * the new one when the event is read. Each entry maps a prefix of the old fully qualified name (a package with its
 * trailing dot, or a class with its trailing {@code $} for nested types) to the new prefix.
 */
public final class TypeRenames extends SingleEventUpcaster {

    private final Map<String, String> prefixes;

    public TypeRenames(Map<String, String> prefixes) {
        this.prefixes = Map.copyOf(prefixes);
    }

    /** The current name of a stored type name; the name itself when it was never renamed. */
    public String current(String storedName) {
        for (var rename : prefixes.entrySet()) {
            if (storedName.startsWith(rename.getKey())) {
                return rename.getValue() + storedName.substring(rename.getKey().length());
            }
        }
        return storedName;
    }

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        var name = representation.getType().getName();
        return !current(name).equals(name);
    }

    @Override
    @SuppressWarnings("unchecked")
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        var type = representation.getType();
        return representation.upcastPayload(new SimpleSerializedType(current(type.getName()), type.getRevision()),
                (Class<Object>) representation.getData().getContentType(), Function.identity());
    }
}
