package de.regionet.infra.web.description;

import de.regionet.command.edge.IfMatch;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.parameters.RequestBody;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.method.HandlerMethod;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the document says of each operation beyond what springdoc reads from its signature, all derived from the
 * code: who may call it ({@link DeclaredAccess}: a sentence, {@code x-roles}, {@code security}), the command edge's
 * headers ({@code Idempotency-Key}, {@code If-Match}, {@code ETag}, {@code Location}), the statuses the command
 * edge answers with ({@link HandlerCode}), the problem answers that apply ({@link ProblemAnswers}), and its feature
 * as tag (the package it lives in, so command and query side of a feature are one group).
 */
@Component
class DescribedOperations implements OperationCustomizer {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    static final String IF_MATCH = "If-Match";

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        var code = HandlerCode.of(handler.getMethod());
        var reads = handler.hasMethodAnnotation(GetMapping.class);
        var access = DeclaredAccess.of(handler);
        operation.setTags(List.of(featureOf(handler)));
        access.ifPresent(declared -> declareAccess(operation, declared, reads));
        var ifMatch = Arrays.stream(handler.getMethodParameters())
                .anyMatch(parameter -> parameter.getParameterType() == IfMatch.class);
        var ifMatchRequired = code.calls("IfMatch.required");
        if (ifMatch && (operation.getParameters() == null || operation.getParameters().stream()
                .noneMatch(parameter -> IF_MATCH.equals(parameter.getName())))) {
            operation.addParametersItem(ifMatchHeader(ifMatchRequired));
        }
        describeIdempotencyKey(operation);
        bodiesItConsumes(operation, handler);
        answers(operation, code);
        if (code.calls("ResponseEntity.accepted")) {
            accepted(operation);
        }
        if (code.calls().stream().anyMatch(call -> call.endsWith(".eTag"))) {
            var ok = operation.getResponses().get("200");
            if (ok != null) {
                ok.addHeaderObject("ETag", new Header().$ref(ApiDescription.HEADERS + "ETag"));
            }
        }
        ProblemAnswers.add(operation, new ProblemAnswers.Applying(reads, access.map(DeclaredAccess::needsSignIn)
                .orElse(true), ifMatch, ifMatchRequired));
        return operation;
    }

    /**
     * Who may call it: a sentence before the description, {@code x-roles}, and {@code security}: none for a public
     * operation, the bearer token for the others, either for one that also takes a proof of its own. Two mappings
     * of one method and path (one for a request with a parameter, one without) are one operation, which springdoc
     * hands over once per mapping: the second adds its callers to the first's.
     */
    private static void declareAccess(Operation operation, DeclaredAccess declared, boolean reads) {
        var description = operation.getDescription();
        var merged = declared;
        var earlier = operation.getExtensions() == null ? null : operation.getExtensions().get("x-roles");
        if (earlier instanceof List<?> names) {
            var before = DeclaredAccess.ofNames(names.stream().map(String::valueOf).toList());
            merged = before.and(declared);
            var sentence = before.sentence(reads);
            if (description != null && description.startsWith(sentence)) {
                description = description.substring(sentence.length()).strip();
            }
        }
        operation.setDescription(merged.sentence(reads)
                + (description == null || description.isEmpty() ? "" : "\n\n" + description));
        operation.addExtension("x-roles", merged.names());
        var bearer = new SecurityRequirement().addList(ApiDescription.BEARER);
        if (merged.needsSignIn()) {
            operation.setSecurity(List.of(bearer));
        } else if (!merged.roles().isEmpty() || merged.signedIn()) {
            operation.setSecurity(List.of(new SecurityRequirement(), bearer));
        } else {
            operation.setSecurity(null);
        }
    }

    /** The feature an endpoint belongs to: the package after {@code command}, {@code query} or {@code infra}. */
    static String featureOf(HandlerMethod handler) {
        var parts = handler.getBeanType().getPackageName().split("\\.");
        return parts.length > 3 ? parts[3] : parts[parts.length - 1];
    }

    private static Parameter ifMatchHeader(boolean required) {
        var header = new HeaderParameter().name(IF_MATCH).required(required)
                .schema(new StringSchema().maxLength(200).example("\"3\""));
        header.setDescription(required
                ? "Required: the version the change is based on, the ETag of the resource as read. Without it the "
                + "change is refused (428); a version that is not the current one is refused (412), never a lost "
                + "update."
                : "The version the change is based on, the ETag of the resource as read; left out, the change "
                + "applies to whatever is current. A version that is not the current one is refused (412).");
        return header;
    }

    private static void describeIdempotencyKey(Operation operation) {
        if (operation.getParameters() == null) {
            return;
        }
        operation.getParameters().stream().filter(parameter -> "header".equals(parameter.getIn())
                && IDEMPOTENCY_KEY.equals(parameter.getName())).forEach(parameter -> {
                    parameter.setDescription("A key of the client's choosing (printable ASCII, at most 200 "
                            + "characters): a retried creation with the same key and body stores nothing new and is "
                            + "answered as the first time; the same key with another body is refused (400).");
                    parameter.setSchema(new StringSchema().maxLength(200)
                            .example("3f0c2a9e-5d41-4e7b-9a35-1c8f0e6d2b77"));
                });
    }

    /**
     * Every media type the mapping consumes: a handler that reads the request itself (an NDJSON upload) has no body
     * parameter springdoc could see, and two mappings of one operation that differ in what they consume are one.
     */
    private static void bodiesItConsumes(Operation operation, HandlerMethod handler) {
        var mapping = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), RequestMapping.class);
        if (mapping == null || mapping.consumes().length == 0) {
            return;
        }
        if (operation.getRequestBody() == null) {
            operation.setRequestBody(new RequestBody().required(true).content(new Content()));
        }
        for (var type : mapping.consumes()) {
            if (!operation.getRequestBody().getContent().containsKey(type)) {
                operation.getRequestBody().getContent().addMediaType(type, new MediaType()
                        .schema(new StringSchema().description("the body as " + type)));
            }
        }
    }

    /** A handler that answers {@code 202 Accepted}: the work goes on; Location says where to follow it. */
    private static void accepted(Operation operation) {
        var ok = operation.getResponses().remove("200");
        if (ok != null) {
            ok.setDescription("Accepted: the work goes on; follow it at Location.");
            ok.addHeaderObject("Location", new Header().$ref(ApiDescription.HEADERS + "Location"));
            operation.getResponses().addApiResponse("202", ok);
        }
    }

    /** The statuses of the command edge ({@code CommandAnswer}) in place of the one springdoc guessed. */
    private static void answers(Operation operation, HandlerCode code) {
        var answers = new TreeMap<String, ApiResponse>();
        if (code.calls("CommandAnswer.created")) {
            answers.put("201", new ApiResponse().description("Created once the event is stored: the new resource's "
                            + "address in Location, its version in ETag, its id in the body.")
                    .content(idBody()).headers(headers("Location", "ETag")));
        }
        if (code.calls("CommandAnswer.ok")) {
            answers.put("200", new ApiResponse().description("Done once the event is stored: the new version in "
                    + "ETag, what the change produced in the body.").content(idBody()).headers(headers("ETag")));
        }
        if (code.calls("CommandAnswer.done")) {
            answers.put("204", new ApiResponse().description("Done once the event is stored: the new version in "
                    + "ETag.").headers(headers("ETag")));
        }
        if (answers.isEmpty()) {
            return;
        }
        var responses = new ApiResponses();
        answers.forEach(responses::addApiResponse);
        operation.getResponses().forEach((status, response) -> {
            if (!status.startsWith("2")) {
                responses.addApiResponse(status, response);
            }
        });
        operation.setResponses(responses);
    }

    private static Content idBody() {
        return new Content().addMediaType(org.springframework.http.MediaType.APPLICATION_JSON_VALUE, new MediaType()
                .schema(new ObjectSchema().additionalProperties(new StringSchema())
                        .description("names what was created or produced, e.g. {\"id\": \"…\"}")));
    }

    private static Map<String, Header> headers(String... names) {
        var headers = new LinkedHashMap<String, Header>();
        for (var name : names) {
            headers.put(name, new Header().$ref(ApiDescription.HEADERS + name));
        }
        return headers;
    }
}
