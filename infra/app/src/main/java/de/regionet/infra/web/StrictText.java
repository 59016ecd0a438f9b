package de.regionet.infra.web;

import de.regionet.kernel.MultiLine;
import de.regionet.kernel.personal.PersonalField;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.KeyDeserializer;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.type.LogicalType;

/**
 * Every string of a request body, wherever it is bound (a field, a list element, the value inside an id), passes
 * {@link ValidText}: single-line unless the field is marked {@link MultiLine}, then normalised to NFC. Text that
 * looks like an e-mail address or a telephone number is named in the answer ({@link PersonalDataWarnings}), unless
 * the field is meant for it ({@link PersonalField}). Jackson's
 * own string deserializer still decides what counts as a string, so the coercion rules stay in one place.
 */
final class StrictText extends StdScalarDeserializer<String> {

    private static final StrictText SINGLE_LINE = new StrictText(false, true);
    private static final StrictText MULTI_LINE = new StrictText(true, true);
    private static final StrictText PERSONAL = new StrictText(false, false);

    private final boolean multiLine;
    private final boolean warnsOfPersonalData;

    private StrictText(boolean multiLine, boolean warnsOfPersonalData) {
        super(String.class);
        this.multiLine = multiLine;
        this.warnsOfPersonalData = warnsOfPersonalData;
    }

    static StrictText singleLine() {
        return SINGLE_LINE;
    }

    @Override
    public ValueDeserializer<?> createContextual(DeserializationContext context, BeanProperty property) {
        if (property != null && property.getAnnotation(PersonalField.class) != null) {
            return PERSONAL;
        }
        return property != null && property.getAnnotation(MultiLine.class) != null ? MULTI_LINE : SINGLE_LINE;
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) {
        var text = StringDeserializer.instance.deserialize(parser, context);
        if (text == null) {
            return null;
        }
        var checked = checked(text, multiLine, parser);
        if (warnsOfPersonalData) {
            PersonalDataWarnings.note(parser, checked);
        }
        return checked;
    }

    @Override
    public LogicalType logicalType() {
        return LogicalType.Textual;
    }

    @Override
    public boolean isCachable() {
        return true;
    }

    static String checked(String text, boolean multiLine, JsonParser parser) {
        var refusal = ValidText.refusal(text, multiLine);
        if (refusal != null) {
            throw new InputRefused(parser, refusal, String.class);
        }
        return ValidText.normalised(text);
    }

    /**
     * Text bound to anything else (an enum, an id or other value object made from a string) is single-line text
     * too. Checked before Jackson sees it, because Jackson trims enum names and some values, which would otherwise
     * let a control character at either end through.
     */
    static ValueDeserializer<?> checkedText(ValueDeserializer<?> deserializer) {
        return new Checked(deserializer);
    }

    private static final class Checked extends DelegatingDeserializer {

        Checked(ValueDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
            return new Checked(delegate);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) {
            if (parser.hasToken(JsonToken.VALUE_STRING)) {
                var refusal = ValidText.refusal(parser.getString(), false);
                if (refusal != null) {
                    throw new InputRefused(parser, refusal, handledType());
                }
            }
            return super.deserialize(parser, context);
        }
    }

    /** Map keys (indicator codes, member ids) are single-line text too. */
    static KeyDeserializer keys(KeyDeserializer delegate) {
        return new KeyDeserializer() {
            @Override
            public Object deserializeKey(String key, DeserializationContext context) {
                return delegate.deserializeKey(checked(key, false, context.getParser()), context);
            }
        };
    }
}
