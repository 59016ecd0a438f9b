package de.regionet.infra.web.description;

import de.regionet.query.agreement.AgreementAsOf;
import de.regionet.query.agreement.PublicAgreement;
import de.regionet.query.call.CallView;
import de.regionet.query.call.PublicCall;
import de.regionet.query.workinggroup.PublicWorkingGroup;
import de.regionet.query.workinggroup.WorkingGroupView;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Schema;

import java.util.List;
import java.util.Map;

/**
 * The reads whose answer depends on the reader, declared in code as {@code ResponseEntity<?>} or {@code List<?>}:
 * the full view for a reader of the resource's network (or any signed-in reader), the public view otherwise. Their
 * schema is one of the two ({@code oneOf}); {@code OpenApiDocumentTest} fails for a JSON answer without a schema, so
 * a new read of this kind is added here.
 */
final class ReaderViews {

    private record Views(Class<?> full, Class<?> open, boolean list) {
    }

    private static final Map<String, Views> READS = Map.of(
            "/api/agreements", new Views(AgreementAsOf.class, PublicAgreement.class, true),
            "/api/agreements/{id}", new Views(AgreementAsOf.class, PublicAgreement.class, false),
            "/api/calls", new Views(CallView.class, PublicCall.class, true),
            "/api/calls/{id}", new Views(CallView.class, PublicCall.class, false),
            "/api/working-groups", new Views(WorkingGroupView.class, PublicWorkingGroup.class, true),
            "/api/working-groups/{id}", new Views(WorkingGroupView.class, PublicWorkingGroup.class, false));

    private ReaderViews() {
    }

    static void add(OpenAPI api) {
        READS.forEach((path, views) -> {
            var item = api.getPaths().get(path);
            if (item == null || item.getGet() == null) {
                return;
            }
            var ok = item.getGet().getResponses().get("200");
            if (ok == null || ok.getContent() == null) {
                return;
            }
            Schema<?> either = new Schema<>().oneOf(List.of(ref(api, views.full()), ref(api, views.open())))
                    .description("the full view for a reader who may see all of it, the public view otherwise");
            Schema<?> schema = views.list() ? new ArraySchema().items(either) : either;
            ok.getContent().values().forEach(media -> media.setSchema(schema));
        });
    }

    private static Schema<?> ref(OpenAPI api, Class<?> type) {
        var resolved = ModelConverters.getInstance(true).readAll(type);
        resolved.forEach((name, schema) -> {
            if (api.getComponents().getSchemas() == null || !api.getComponents().getSchemas().containsKey(name)) {
                api.getComponents().addSchemas(name, schema);
            }
        });
        var name = ModelConverters.getInstance(true).read(type).keySet().iterator().next();
        return new Schema<>().$ref("#/components/schemas/" + name);
    }
}
