package de.regionet.infra.personal;

import de.regionet.kernel.personal.Sealed;

import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The sealed values an event's payload holds, wherever they sit: in a field, a nested record, a list or a map, each
 * with its path ({@code participant.name}, {@code deputies[1].email}). Payloads are records of the kernel, so walking
 * their components finds every piece of personal data without each event type saying where its own is.
 */
final class SealedValues {

    private static final int MAX_DEPTH = 8;

    record Found(String path, Sealed sealed) {
    }

    private SealedValues() {
    }

    static List<Found> in(Object payload) {
        var found = new ArrayList<Found>();
        walk(payload, "", 0, found);
        return found;
    }

    private static void walk(Object value, String path, int depth, List<Found> found) {
        if (value == null || depth > MAX_DEPTH) {
            return;
        }
        if (value instanceof Sealed sealed) {
            found.add(new Found(path, sealed));
        } else if (value instanceof Collection<?> values) {
            int index = 0;
            for (var element : values) {
                walk(element, path + "[" + index++ + "]", depth + 1, found);
            }
        } else if (value instanceof Map<?, ?> entries) {
            entries.forEach((key, element) -> walk(element, join(path, String.valueOf(key)), depth + 1, found));
        } else if (value.getClass().isRecord()) {
            for (var component : value.getClass().getRecordComponents()) {
                walk(read(component.getAccessor(), value), join(path, component.getName()), depth + 1, found);
            }
        }
    }

    private static Object read(java.lang.reflect.Method accessor, Object record) {
        try {
            accessor.setAccessible(true);
            return accessor.invoke(record);
        } catch (IllegalAccessException | InvocationTargetException | RuntimeException e) {
            return null;
        }
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }
}
