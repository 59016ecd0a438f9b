package de.regionet.infra.web;

import de.regionet.kernel.MultiLine;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.KeyDeserializer;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.type.LogicalType;

/**
 * Every string of a request body, wherever it is bound (a field, a list element, the value inside an id), passes
 * {@link ValidText}: single-line unless the field is marked {@link MultiLine}, then normalised to NFC. Jackson's
 * own string deserializer still decides what counts as a string, so the coercion rules stay in one place.
 */
final class StrictText extends StdScalarDeserializer<String> {

    private static final StrictText SINGLE_LINE = new StrictText(false);
    private static final StrictText MULTI_LINE = new StrictText(true);

    private final boolean multiLine;

    private StrictText(boolean multiLine) {
        super(String.class);
        this.multiLine = multiLine;
    }

    static StrictText singleLine() {
        return SINGLE_LINE;
    }

    @Override
    public ValueDeserializer<?> createContextual(DeserializationContext context, BeanProperty property) {
        return property != null && property.getAnnotation(MultiLine.class) != null ? MULTI_LINE : SINGLE_LINE;
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) {
        var text = StringDeserializer.instance.deserialize(parser, context);
        return text == null ? null : checked(text, multiLine, parser);
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
