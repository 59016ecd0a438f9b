package de.regionet.infra.web.description;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.core.jackson.TypeNameResolver;
import io.swagger.v3.core.util.Json31;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import org.springframework.core.Ordered;
import tools.jackson.databind.JsonNode;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.lang.reflect.Modifier;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How our types are described as schemas of the OpenAPI document. Many records share a simple name (each read
 * model has its own {@code Status}); the schema of a nested type is named with its enclosing types,
 * {@code NewsView.Status}, {@code NewsController.PublicationRequest}, so that no two types are described under one
 * name (which would make one silently replace the other): a type that would is refused, and the document with it.
 * A parameter type Spring binds from text ({@code KnownAt}, {@code AsOfDay}: a static {@code valueOf(String)}) is a
 * string; a JSON tree ({@code JsonNode}: an event's payload as stored) is any JSON value. Ordered first, so that
 * it is the last of the converters springdoc puts in front of it: it resolves what they leave, in place of swagger's
 * own resolver.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiSchemas implements ModelConverter {

    private static final String OURS = "de.regionet.";

    private final Names names = new Names();
    private final ModelResolver resolver = new ModelResolver(Json31.mapper(), names).openapi31(true);

    @Override
    public Schema resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
        var raw = Json31.mapper().constructType(type.getType()).getRawClass();
        if (raw != null && raw.getName().startsWith(OURS) && !raw.isEnum() && boundFromText(raw)) {
            return new StringSchema();
        }
        if (raw != null && (JsonNode.class.isAssignableFrom(raw)
                || com.fasterxml.jackson.databind.JsonNode.class.isAssignableFrom(raw))) {
            return new Schema<>().description("any JSON value");
        }
        return resolver.resolve(type, context, chain);
    }

    @Override
    public boolean isOpenapi31() {
        return true;
    }

    private static boolean boundFromText(Class<?> type) {
        try {
            var valueOf = type.getMethod("valueOf", String.class);
            return Modifier.isStatic(valueOf.getModifiers()) && valueOf.getReturnType().equals(type);
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    /** Names a type by its simple name, a nested one prefixed by its enclosing types' names. */
    static final class Names extends TypeNameResolver {

        private final Map<String, Class<?>> named = new ConcurrentHashMap<>();

        @Override
        protected String getNameOfClass(Class<?> type) {
            if (!type.getName().startsWith(OURS)) {
                return super.getNameOfClass(type);
            }
            var name = new StringBuilder(type.getSimpleName());
            for (var outer = type.getEnclosingClass(); outer != null; outer = outer.getEnclosingClass()) {
                name.insert(0, outer.getSimpleName() + ".");
            }
            var earlier = named.putIfAbsent(name.toString(), type);
            if (earlier != null && !earlier.equals(type)) {
                throw new IllegalStateException("two types would be described as schema " + name + ": "
                        + earlier.getName() + " and " + type.getName());
            }
            return name.toString();
        }
    }
}
