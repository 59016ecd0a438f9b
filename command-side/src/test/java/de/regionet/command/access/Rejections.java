package de.regionet.command.access;

import de.regionet.kernel.EventMetaData;
import de.regionet.kernel.Rejection;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.hamcrest.FeatureMatcher;
import org.hamcrest.Matcher;

import java.util.Map;

import static org.hamcrest.Matchers.equalTo;

/** Matchers and event builders for fixture tests: rejections by kind and field, events the public may see. */
public final class Rejections {

    private Rejections() {
    }

    public static Matcher<Object> rejectedAs(Rejection.Kind kind) {
        return new FeatureMatcher<>(equalTo(kind), "a rejection of kind", "kind") {
            @Override
            protected Rejection.Kind featureValueOf(Object actual) {
                return actual instanceof Rejection rejection ? rejection.kind() : null;
            }
        };
    }

    public static Matcher<Object> aboutField(String field) {
        return new FeatureMatcher<>(equalTo(field), "a rejection about field", "field") {
            @Override
            protected String featureValueOf(Object actual) {
                return actual instanceof Rejection rejection ? rejection.field() : null;
            }
        };
    }

    /** {@code payload} as an event marked for the public. */
    public static EventMessage<?> publicly(Object payload) {
        return GenericEventMessage.asEventMessage(payload)
                .andMetaData(Map.of(EventMetaData.AUDIENCE, EventMetaData.PUBLIC));
    }

    /** {@code payload} as an event without metadata: internal to the network. */
    public static EventMessage<?> internally(Object payload) {
        return GenericEventMessage.asEventMessage(payload);
    }

    /** {@code payload} as a stored event caused by the user {@code userName}: named by its pseudonym. */
    public static EventMessage<?> causedBy(String userName, Object payload) {
        return GenericEventMessage.asEventMessage(payload)
                .andMetaData(Map.of(EventMetaData.PRINCIPAL, Senders.pseudonymOf(userName)));
    }

    /** A rejection of {@code kind} about {@code field}. */
    public static Matcher<Object> rejected(Rejection.Kind kind, String field) {
        return org.hamcrest.Matchers.allOf(rejectedAs(kind), aboutField(field));
    }
}
