package de.regionet.query.live;

import de.regionet.kernel.personal.Sealed;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.LinkedHashMap;

/**
 * A live message's payload without the personal data its event carries: live messages carry ids, states and counts
 * only (ADR 0022), and a ciphertext copied into every subscriber's browser is a copy RegioNet could not erase from
 * there if a key ever leaked. An event record's {@link Sealed} fields are left out; every other payload goes as it is.
 */
final class PersonalDataLeftOut {

    /** Whether a payload type has sealed components: asked once per type, not per live message. */
    private static final ClassValue<Boolean> HOLDS_SEALED = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            return type.isRecord() && Arrays.stream(type.getRecordComponents()).anyMatch(PersonalDataLeftOut::sealed);
        }
    };

    private PersonalDataLeftOut() {
    }

    static Object of(Object payload) {
        if (!(payload instanceof Record record) || !HOLDS_SEALED.get(record.getClass())) {
            return payload;
        }
        var components = record.getClass().getRecordComponents();
        var kept = new LinkedHashMap<String, Object>();
        for (var component : components) {
            if (!sealed(component)) {
                kept.put(component.getName(), value(record, component));
            }
        }
        return kept;
    }

    private static boolean sealed(RecordComponent component) {
        return component.getType() == Sealed.class;
    }

    private static Object value(Record record, RecordComponent component) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("a record component of " + record.getClass().getSimpleName()
                    + " cannot be read", e);
        }
    }
}
