package de.regionet.infra.web.description;

import de.regionet.infra.web.ProblemType;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The problem answers (RFC 9457, {@code docs/problems.md}) of the API: the {@code Problem} schema with RegioNet's
 * {@code errors} list, one shared response per status, and which of them an operation can give: 400 for one that
 * takes input, 401 and 403 for one that needs a signed-in caller, 404 for one that names a resource in its path, 409
 * and 422 for a change, 412 where it takes {@code If-Match}, 428 where it insists on it, 413 and 415 for one with a
 * body, and 429 for every one (the request budget).
 */
final class ProblemAnswers {

    static final String PROBLEM_JSON = "application/problem+json";
    private static final String RESPONSES = "#/components/responses/";

    /** What decides which problems an operation can answer with. */
    record Applying(boolean reads, boolean needsSignIn, boolean ifMatch, boolean ifMatchRequired) {
    }

    /** The shared responses by status, each named after its first kind in the catalogue. */
    private static final Map<Integer, String> NAMES = new LinkedHashMap<>();

    static {
        for (var status : List.of(400, 401, 403, 404, 409, 412, 413, 415, 422, 428, 429)) {
            NAMES.put(status, name(ProblemType.forStatus(status)));
        }
    }

    private ProblemAnswers() {
    }

    static void add(Operation operation, Applying applying) {
        var takesInput = operation.getRequestBody() != null
                || operation.getParameters() != null && !operation.getParameters().isEmpty();
        var namesResource = operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(parameter -> "path".equals(parameter.getIn()));
        var statuses = new java.util.ArrayList<Integer>();
        if (takesInput) {
            statuses.add(400);
        }
        if (applying.needsSignIn()) {
            statuses.add(401);
            statuses.add(403);
        }
        if (namesResource) {
            statuses.add(404);
        }
        if (!applying.reads()) {
            statuses.add(409);
        }
        if (applying.ifMatch()) {
            statuses.add(412);
        }
        if (operation.getRequestBody() != null) {
            statuses.add(413);
            statuses.add(415);
        }
        if (!applying.reads()) {
            statuses.add(422);
        }
        if (applying.ifMatchRequired()) {
            statuses.add(428);
        }
        statuses.add(429);
        statuses.forEach(status -> operation.getResponses().addApiResponse(String.valueOf(status),
                new ApiResponse().$ref(RESPONSES + NAMES.get(status))));
    }

    /** The {@code Problem} schema and the shared problem responses. */
    static void describe(Components components) {
        components.addSchemas("Problem", problemSchema());
        components.addSchemas("Problem.FieldError", new ObjectSchema()
                .description("One input that is wrong: a body field (`parties[0].party`, `votes.<memberId>`), a "
                        + "header (`If-Match`) or a query parameter (`status`).")
                .addProperty("field", new StringSchema().example("name"))
                .addProperty("message", new StringSchema().example("must not be blank"))
                .required(List.of("field", "message")));
        components.addHeaders("Retry-After", new Header().description("Seconds until a retry may succeed.")
                .schema(new IntegerSchema().example(30)));
        NAMES.forEach((status, name) -> components.addResponses(name, response(status)));
    }

    private static Schema<?> problemSchema() {
        var kinds = Arrays.stream(ProblemType.values()).map(type -> type.type().toString()).toList();
        return new ObjectSchema()
                .description("A problem document (RFC 9457). Branch on `type`, never on `detail`; `detail` and "
                        + "`errors[].message` follow `Accept-Language` (German or English), the rest does not.")
                .addProperty("type", new StringSchema()._enum(kinds).description("The kind of problem, stable."))
                .addProperty("title", new StringSchema().description("The kind's title, in English."))
                .addProperty("status", new IntegerSchema().description("The HTTP status."))
                .addProperty("detail", new StringSchema().description("What is wrong, in the user's words."))
                .addProperty("instance", new StringSchema().description("The path asked for."))
                .addProperty("errors", new ArraySchema().items(new Schema<>().$ref("#/components/schemas/"
                        + "Problem.FieldError")).description("Each input that is wrong (input problems only)."))
                .addProperty("affectedResolutions", new ArraySchema().items(new StringSchema())
                        .description("With `/problems/contradicts-recorded-decisions` only: the resolutions a late "
                                + "fact would make invalid."))
                .required(List.of("type", "title", "status"));
    }

    private static ApiResponse response(int status) {
        var kinds = Arrays.stream(ProblemType.values()).filter(type -> type.status() == status).toList();
        var media = new MediaType().schema(new Schema<>().$ref("#/components/schemas/Problem"));
        for (var kind : kinds) {
            media.addExamples(kind.kind(), new Example().summary(kind.title()).value(example(kind)));
        }
        var response = new ApiResponse().description(kinds.stream().map(kind -> "`" + kind.type() + "`: "
                + kind.defaultDetail()).reduce((a, b) -> a + "; " + b).orElse(""))
                .content(new Content().addMediaType(PROBLEM_JSON, media));
        if (status == 429) {
            response.addHeaderObject("Retry-After", new Header().$ref(ApiDescription.HEADERS + "Retry-After"));
        }
        return response;
    }

    private static Map<String, Object> example(ProblemType kind) {
        var example = new LinkedHashMap<String, Object>();
        example.put("type", kind.type().toString());
        example.put("title", kind.title());
        example.put("status", kind.status());
        example.put("detail", kind == ProblemType.INVALID_INPUT ? "invalid name: must not be blank"
                : kind.defaultDetail());
        example.put("instance", "/api/regions");
        if (kind == ProblemType.INVALID_INPUT) {
            example.put("errors", List.of(Map.of("field", "name", "message", "must not be blank")));
        }
        return example;
    }

    private static String name(ProblemType type) {
        var words = type.kind().split("-");
        var name = new StringBuilder();
        for (var word : words) {
            name.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        return name.toString();
    }
}
