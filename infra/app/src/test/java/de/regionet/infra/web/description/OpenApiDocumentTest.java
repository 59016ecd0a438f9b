package de.regionet.infra.web.description;

import de.regionet.infra.ApiClient;
import de.regionet.infra.RegioNetTest;
import de.regionet.infra.TestUsers;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI document (README "API description"): pinned by an approval file, complete (every mapping of the
 * machine interfaces is in it with its method), valid for an OpenAPI parser, and public. After a change of the API,
 * run this test with {@code -Dapprove=true}: it writes {@value #APPROVED} anew; review the diff and commit it.
 * The shared application uses region 15091 for the examples it sends.
 */
@RegioNetTest
class OpenApiDocumentTest {

    static final String APPROVED = "src/test/resources/openapi/regionet.json";
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private String document() {
        var answer = new ApiClient(port).get("/v3/api-docs");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return JSON.writeValueAsString(JSON.readTree(answer.body())) + "\n";
    }

    @Test
    void the_document_is_the_approved_one() throws IOException {
        var document = document();
        var approved = Path.of(APPROVED);
        if (Boolean.getBoolean("approve")) {
            Files.createDirectories(approved.getParent());
            Files.writeString(approved, document, StandardCharsets.UTF_8);
        }
        assertThat(approved).as("the approved document; write it with -Dapprove=true").exists();
        var expected = Files.readString(approved, StandardCharsets.UTF_8);
        assertThat(firstDifference(document, expected)).as("the document differs from " + APPROVED
                + " (an API change? re-approve with -Dapprove=true and review the diff)").isEmpty();
    }

    @Test
    void every_mapping_of_the_machine_interfaces_is_in_the_document_with_its_method() {
        var paths = JSON.readTree(document()).get("paths");
        var missing = new TreeSet<String>();
        var described = 0;
        for (var mapping : mappings.getHandlerMethods().keySet()) {
            for (var pattern : mapping.getPatternValues()) {
                if (!pattern.startsWith("/api/") && !pattern.startsWith("/feeds/")) {
                    continue;
                }
                for (var method : mapping.getMethodsCondition().getMethods()) {
                    var operations = paths.get(pattern);
                    if (operations == null || !operations.has(method.name().toLowerCase(Locale.ROOT))) {
                        missing.add(method + " " + pattern);
                    } else {
                        described++;
                    }
                }
                if (mapping.getMethodsCondition().getMethods().isEmpty()) {
                    missing.add("(a mapping for every method) " + pattern);
                }
            }
        }
        assertThat(missing).as("mappings the document leaves out").isEmpty();
        assertThat(described).isGreaterThan(100);
    }

    @Test
    void an_openapi_parser_reads_the_document_without_a_message() {
        var options = new ParseOptions();
        options.setResolve(true);

        var result = new OpenAPIV3Parser().readContents(document(), null, options);

        assertThat(result.getMessages()).isEmpty();
        assertThat(result.getOpenAPI()).isNotNull();
        assertThat(result.getOpenAPI().getOpenapi()).startsWith("3.1");
    }

    @Test
    void the_descriptions_answer_without_sign_in() {
        var anonymous = new ApiClient(port);

        assertThat(anonymous.get("/v3/api-docs").status()).isEqualTo(200);
        assertThat(anonymous.get("/swagger-ui/index.html").status()).isEqualTo(200);
        assertThat(anonymous.get("/swagger-ui.html").status()).isIn(200, 302);
        assertThat(anonymous.get("/asyncapi.json").status()).isEqualTo(200);
        assertThat(anonymous.get("/v3/api-docs.yaml").status()).isEqualTo(200);
        assertThat(anonymous.raw("HEAD", "/v3/api-docs", null, new byte[0]).status()).isEqualTo(200);
        assertThat(anonymous.post("/v3/api-docs", "{}").status()).isEqualTo(401);
    }

    @Test
    void every_operation_says_who_may_call_it_and_a_signed_in_one_names_the_bearer_scheme() {
        var paths = JSON.readTree(document()).get("paths");
        var undeclared = new TreeSet<String>();
        paths.properties().forEach(path -> path.getValue().properties().forEach(operation -> {
            JsonNode roles = operation.getValue().get("x-roles");
            if (roles == null || roles.isEmpty()) {
                undeclared.add(operation.getKey() + " " + path.getKey());
                return;
            }
            var what = operation.getKey() + " " + path.getKey();
            var anyone = roles.get(0).asString().equals("ANYONE");
            var security = operation.getValue().get("security");
            if (anyone && roles.size() == 1) {
                assertThat(security).as(what).isNull();
            } else {
                assertThat(security.valueStream().anyMatch(requirement -> requirement.has("bearerAuth")
                        || requirement.has("basicAuth")))
                        .as(what).isTrue();
                assertThat(security.valueStream().anyMatch(JsonNode::isEmpty)).as(what + ": optional")
                        .isEqualTo(anyone);
            }
        }));
        assertThat(undeclared).isEmpty();
    }

    @Test
    void the_edit_of_news_requires_if_match_and_a_creation_takes_an_idempotency_key() {
        var paths = JSON.readTree(document()).get("paths");

        var edit = paths.get("/api/news/{id}").get("put");
        var created = paths.get("/api/regions").get("post");

        assertThat(edit.get("parameters").valueStream().filter(p -> p.get("name").asString().equals("If-Match"))
                .findFirst().orElseThrow().get("required").asBoolean()).isTrue();
        assertThat(edit.get("responses").has("428")).isTrue();
        assertThat(created.get("parameters").valueStream()
                .anyMatch(p -> p.get("name").asString().equals("Idempotency-Key"))).isTrue();
        assertThat(created.get("responses").get("201").get("headers").has("Location")).isTrue();
    }

    @Test
    void the_domain_examples_are_requests_the_api_accepts() {
        var office = new ApiClient(port).as(TestUsers.OFFICE);
        var region = office.post("/api/regions", DomainExamples.REGION.replace("15082", "15091")
                .replace("Anhalt-Bitterfeld", "Wittenberg"));
        assertThat(region.status()).as(region.body()).isEqualTo(201);
        var group = office.post("/api/working-groups", DomainExamples.WORKING_GROUP.replace("15082", "15091"));
        assertThat(group.status()).as(group.body()).isEqualTo(201);
        var agreement = office.post("/api/agreements", DomainExamples.AGREEMENT.replace("15082", "15091"));
        assertThat(agreement.status()).as(agreement.body()).isEqualTo(201);
        var news = office.post("/api/news", DomainExamples.NEWS.replace("15082", "15091"));
        assertThat(news.status()).as(news.body()).isEqualTo(201);
    }

    @Test
    void every_json_answer_names_its_schema() {
        var untyped = new TreeSet<String>();
        JSON.readTree(document()).get("paths").properties().forEach(path -> path.getValue().properties()
                .forEach(operation -> operation.getValue().get("responses").properties().forEach(response -> {
                    var json = response.getValue().path("content").path("application/json").path("schema");
                    var shape = json.has("items") ? json.get("items") : json;
                    if (!json.isMissingNode() && !shape.has("$ref") && !shape.has("oneOf")
                            && !shape.has("properties") && !shape.has("additionalProperties") && !shape.has("type")) {
                        untyped.add(operation.getKey() + " " + path.getKey() + " " + response.getKey());
                    }
                    if ("object".equals(shape.path("type").asString()) && !shape.has("properties")
                            && !shape.has("additionalProperties")) {
                        untyped.add(operation.getKey() + " " + path.getKey() + " " + response.getKey());
                    }
                })));
        assertThat(untyped).as("JSON answers whose schema says nothing (a read answering ResponseEntity<?>: "
                + "ReaderViews)").isEmpty();
    }

    @Test
    void every_example_names_only_fields_of_its_schema() {
        var document = JSON.readTree(document());
        var schemas = document.get("components").get("schemas");
        var checked = new java.util.ArrayList<String>();
        document.get("paths").properties().forEach(path -> path.getValue().properties().forEach(operation -> {
            var media = new java.util.ArrayList<JsonNode>();
            var body = operation.getValue().get("requestBody");
            if (body != null) {
                body.get("content").forEach(media::add);
            }
            operation.getValue().get("responses").forEach(response -> {
                if (response.has("content")) {
                    response.get("content").forEach(media::add);
                }
            });
            for (var type : media) {
                if (!type.has("example") || !type.path("schema").has("$ref")) {
                    continue;
                }
                var name = type.get("schema").get("$ref").asString().replace("#/components/schemas/", "");
                var properties = schemas.get(name).get("properties");
                type.get("example").properties().forEach(field -> assertThat(properties.has(field.getKey()))
                        .as(path.getKey() + " example: " + field.getKey() + " of " + name).isTrue());
                checked.add(operation.getKey() + " " + path.getKey());
            }
        }));
        assertThat(checked).contains("post /api/regions", "post /api/working-groups", "post /api/agreements",
                "post /api/calls", "post /api/projects/{id}/results", "post /api/news", "get /api/regions/{key}",
                "get /api/results");
    }

    /** The first line where the two differ, with its number; empty when they are equal. */
    private static String firstDifference(String actual, String expected) {
        var actualLines = actual.split("\n", -1);
        var expectedLines = expected.split("\n", -1);
        for (int i = 0; i < Math.max(actualLines.length, expectedLines.length); i++) {
            var a = i < actualLines.length ? actualLines[i] : "<end>";
            var e = i < expectedLines.length ? expectedLines[i] : "<end>";
            if (!a.equals(e)) {
                return "line " + (i + 1) + ": document " + a.strip() + ", approved " + e.strip();
            }
        }
        return "";
    }
}
