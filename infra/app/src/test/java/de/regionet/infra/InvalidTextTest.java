package de.regionet.infra;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPatternParser;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Issue 16, acceptance 1: every text field of every command, sent with a lone surrogate, a NUL, a control
 * character or (in a single-line field) a line feed, is refused with a 400 problem naming the field; a body after
 * a byte-order mark is refused too. Nothing is stored, and the audit trail still verifies. The cases are derived
 * from {@link CommandBodies}: every string in every body, taken apart in turn.
 */
// Not @RegioNetTest: it registers 15089 and 15001 (CommandBodies) and counts every audit-log event in the store.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"regionet.embedded.backend=memory", "regionet.mongo.database=invalidtext"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InvalidTextTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String MARK = "@@text@@";

    /** The multi-line fields of the command table ({@code docs/problems.md}), as {@code path#field}. */
    private static final Set<String> MULTI_LINE = Set.of("{agreement}/amendments#summary", "{wg}/resolutions#motion",
            "{wg}/resolutions/preview#motion",
            "{wg}/circulations#motion", "{project}/results#narrative", "{project}/completion#finalReport",
            "/api/news#body", "{news}#body", "{call}/proposals#summary",
            "/api/projects#summary", "{targets}/amendments#reason",
            "/api/network-events#description", "{targets}/reviews#measures",
            "/api/planning-documents#content.needs[0].text", "{planning}/revisions#content.needs[0].text",
            "/api/practices#summary", "{practice}#summary");

    /** What is put into the text, as a JSON escape, and whether multi-line fields take it. */
    private static final List<List<String>> POISONS = List.of(List.of("lone surrogate", "\\ud800", "no"),
            List.of("lone low surrogate", "\\udc00", "no"), List.of("NUL", "\\u0000", "no"),
            List.of("bell", "\\u0007", "no"), List.of("C1 control", "\\u0085", "no"),
            List.of("line feed", "\\n", "yes"));

    @LocalServerPort
    int port;

    @Autowired
    EventStorageEngine events;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    ApiClient api;
    ApiClient grantingAuthority;
    Map<String, String> ids;

    /** The office sends every command but the granting authority's, which it may not (authorisation first). */
    private ApiClient sender(String path) {
        return CommandBodies.senderOf(path).equals(TestUsers.OFFICE) ? api : grantingAuthority;
    }

    @BeforeAll
    void oneOfEverything() {
        api = new ApiClient(port).as(TestUsers.OFFICE);
        grantingAuthority = new ApiClient(port).as(TestUsers.GRANTING_AUTHORITY);
        ids = CommandBodies.prepare(api);
    }

    @Test
    void the_table_has_a_body_for_every_endpoint_that_reads_one() {
        var parser = PathPatternParser.defaultInstance;
        mappings.getHandlerMethods().forEach((info, handler) -> {
            var readsBody = Arrays.stream(handler.getMethodParameters())
                    .anyMatch(parameter -> parameter.hasParameterAnnotation(RequestBody.class));
            if (!readsBody) {
                return;
            }
            var methods = info.getMethodsCondition().getMethods().stream().map(Enum::name).toList();
            var patterns = info.getPathPatternsCondition().getPatternValues();
            assertThat(CommandBodies.ALL).as("a body for " + methods + " " + patterns)
                    .anyMatch(command -> methods.contains(command.method()) && patterns.stream()
                            .anyMatch(pattern -> parser.parse(pattern).matches(org.springframework.http.server
                                    .PathContainer.parsePath(CommandBodies.resolve(command.path(), ids)))));
        });
    }

    static Stream<Arguments> poisonedTexts() {
        var cases = new ArrayList<Arguments>();
        for (var command : CommandBodies.ALL) {
            for (var leaf : stringLeaves(command.body())) {
                var multiLine = MULTI_LINE.contains(command.path() + "#" + leaf.field());
                for (var poison : POISONS) {
                    if (multiLine && poison.get(2).equals("yes")) {
                        continue;
                    }
                    cases.add(arguments(command.method() + " " + command.path() + " " + leaf.field() + " with a "
                            + poison.get(0), command.method(), command.path(), leaf.poisoned(poison.get(1)),
                            leaf.field()));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("poisonedTexts")
    void text_that_is_not_valid_is_refused_naming_the_field(String name, String method, String path, String body,
                                                            String field) {
        long before = storedEvents();

        var response = sender(path).raw(method, CommandBodies.resolve(path, ids), "application/json",
                CommandBodies.resolve(body, ids).getBytes(StandardCharsets.UTF_8));

        assertThat(response.status()).as(name + ": " + response.body()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("type").asString()).isEqualTo("/problems/invalid-input");
        assertThat(response.json().get("errors").findValuesAsString("field")).as(response.body())
                .contains(CommandBodies.resolve(field, ids));
        assertThat(storedEvents()).as(name + " stored nothing").isEqualTo(before);
    }

    static Stream<Arguments> commands() {
        return CommandBodies.ALL.stream().map(command -> arguments(command.method() + " " + command.path(),
                command.method(), command.path(), command.body()));
    }

    @ParameterizedTest(name = "{0} after a byte-order mark")
    @MethodSource("commands")
    void a_body_after_a_byte_order_mark_is_refused(String name, String method, String path, String body) {
        long before = storedEvents();
        var json = CommandBodies.resolve(body, ids).getBytes(StandardCharsets.UTF_8);
        var marked = new byte[json.length + 3];
        marked[0] = (byte) 0xEF;
        marked[1] = (byte) 0xBB;
        marked[2] = (byte) 0xBF;
        System.arraycopy(json, 0, marked, 3, json.length);

        var response = sender(path).raw(method, CommandBodies.resolve(path, ids), "application/json", marked);

        assertThat(response.status()).as(name + ": " + response.body()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("detail").asString()).contains("byte-order mark");
        assertThat(storedEvents()).as(name + " stored nothing").isEqualTo(before);
    }

    @AfterAll
    void theAuditTrailStillVerifies() {
        var verification = new ApiClient(port).as(TestUsers.AUDITOR).get("/api/audit/verification");
        assertThat(verification.status()).as(verification.body()).isEqualTo(200);
        assertThat(verification.json().get("result").asString()).as(verification.body()).isEqualTo("ok");
    }

    /** One string of a body: the field path the problem names, and the body with that string poisoned. */
    private record Leaf(String field, String marked, String original) {

        String poisoned(String escape) {
            var quoted = JSON.writeValueAsString(original);
            return marked.replace("\"" + MARK + "\"", quoted.substring(0, quoted.length() - 1) + escape + "\"");
        }
    }

    private static List<Leaf> stringLeaves(String body) {
        var leaves = new ArrayList<Leaf>();
        collect(JSON.readTree(body), "", JSON.readTree(body), leaves, new ArrayList<>());
        return leaves;
    }

    /** Walks {@code node}; for each string, marks it in a copy of the whole body and notes its path. */
    private static void collect(JsonNode node, String path, JsonNode root, List<Leaf> leaves, List<Object> steps) {
        if (node.isString()) {
            var copy = root.deepCopy();
            var parent = copy;
            for (int i = 0; i < steps.size() - 1; i++) {
                parent = steps.get(i) instanceof Integer index ? parent.get(index) : parent.get((String) steps.get(i));
            }
            var last = steps.get(steps.size() - 1);
            if (last instanceof Integer index) {
                ((tools.jackson.databind.node.ArrayNode) parent).set(index, JSON.getNodeFactory().stringNode(MARK));
            } else {
                ((ObjectNode) parent).put((String) last, MARK);
            }
            leaves.add(new Leaf(path, JSON.writeValueAsString(copy), node.asString()));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                steps.add(i);
                collect(node.get(i), path + "[" + i + "]", root, leaves, steps);
                steps.remove(steps.size() - 1);
            }
        } else if (node.isObject()) {
            for (var name : node.propertyNames()) {
                steps.add(name);
                collect(node.get(name), path.isEmpty() ? name : path + "." + name, root, leaves, steps);
                steps.remove(steps.size() - 1);
            }
        }
    }

    /** Events in the store, leaving out the audit log, which records every read of the audit API. */
    private long storedEvents() {
        try (var stream = events.readEvents(null, false)) {
            return stream.filter(event -> !(event instanceof DomainEventMessage<?> domain
                    && "AuditLog".equals(domain.getType()))).count();
        }
    }
}
