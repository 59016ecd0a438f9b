package de.regionet.infra;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPatternParser;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16, acceptance 4: generated malformed bodies, headers, paths and query strings, sent signed in and
 * anonymously to every endpoint (enumerated from Spring MVC's mappings, plus the STOMP endpoint, actuator and
 * unknown paths), never get a 5xx; every 4xx is a problem document that names no Java class; and nothing is
 * stored. Every generated request is malformed on purpose, so none of them may change the event store.
 */
class MalformedRequestFuzzTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> JAVA_NAMES = List.of("de.regionet", "java.", "jakarta.", "tools.jackson",
            "org.springframework", "Exception");
    private static final Pattern DATE = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}.*");
    private static final AtomicInteger SENT = new AtomicInteger();

    private static ConfigurableApplicationContext application;
    private static RawHttp http;
    private static String token;
    private static Map<String, String> ids;
    private static List<Endpoint> endpoints;
    private static long storedBefore;

    /** One mapping: what it reads, and a well-formed body for it if it reads one. */
    record Endpoint(String method, String pattern, boolean readsBody, Set<String> headers, List<String> parameters,
                    String body) {
    }

    @BeforeContainer
    static void start() {
        application = new SpringApplicationBuilder(RegioNetApplication.class).run("--server.port=0",
                "--regionet.embedded.backend=memory", "--regionet.mongo.database=fuzz");
        int port = Integer.parseInt(application.getEnvironment().getRequiredProperty("local.server.port"));
        http = new RawHttp(port);
        var api = new ApiClient(port);
        token = api.token(TestUsers.OFFICE);
        ids = CommandBodies.prepare(api.withToken(token));
        endpoints = endpoints();
        storedBefore = storedEvents();
    }

    @AfterContainer
    static void stop() {
        try {
            System.out.println("Malformed requests sent: " + SENT.get() + " to " + endpoints.size() + " endpoints");
            assertThat(storedEvents()).as("malformed requests stored nothing").isEqualTo(storedBefore);
        } finally {
            application.close();
        }
    }

    @Property(tries = 1500)
    void malformed_bodies_are_refused_with_a_problem(@ForAll("bodyEndpoints") Endpoint endpoint,
                                                     @ForAll("bodyMutations") BodyMutation mutation,
                                                     @ForAll("pathFillers") long pathSeed,
                                                     @ForAll("callers") String caller) {
        var body = CommandBodies.resolve(endpoint.body(), ids);
        var mutated = mutation.apply(body);
        var headers = new ArrayList<byte[]>(callerHeaders(caller));
        headers.add(RawHttp.header("Content-Type", mutated.contentType()));
        var answer = send(endpoint.method(), path(endpoint, new Random(pathSeed), true), headers, mutated.bytes());
        assertThat(answer.status()).as(endpoint + " " + mutation + " " + answer).isBetween(400, 499);
    }

    @Property(tries = 400)
    void malformed_idempotency_keys_and_entity_tags_are_refused(@ForAll("headerEndpoints") Endpoint endpoint,
                                                                 @ForAll("badHeaderValues") byte[] value,
                                                                 @ForAll("headerChoice") int choice) {
        var names = new ArrayList<>(endpoint.headers());
        var name = names.get(Math.floorMod(choice, names.size()));
        var headers = new ArrayList<byte[]>(callerHeaders("office"));
        headers.add(RawHttp.header("Content-Type", "application/json"));
        headers.add(RawHttp.header(name, value));
        var body = CommandBodies.resolve(endpoint.body(), ids).getBytes(StandardCharsets.UTF_8);
        var answer = send(endpoint.method(), path(endpoint, null, true), headers, body);
        assertThat(answer.status()).as(name + " " + answer).isBetween(400, 499);
    }

    @Property(tries = 2000)
    void malformed_paths_and_query_strings_are_answered_with_a_problem(@ForAll("anyEndpoints") Endpoint endpoint,
                                                                      @ForAll("pathFillers") long pathSeed,
                                                                      @ForAll("queries") List<String> query,
                                                                      @ForAll("callers") String caller,
                                                                      @ForAll("accepts") String accept) {
        var target = new ByteArrayOutputStream();
        var random = new Random(pathSeed);
        var readsNothing = endpoint.method().equals("GET");
        // only reads and malformed bodies may reach existing resources; anything else gets garbage ids
        target.writeBytes(path(endpoint, random, readsNothing || endpoint.readsBody()));
        for (int i = 0; i < query.size(); i++) {
            var name = endpoint.parameters().isEmpty() || random.nextInt(4) == 0 ? "q" + i
                    : endpoint.parameters().get(random.nextInt(endpoint.parameters().size()));
            target.writeBytes(((i == 0 ? "?" : "&") + name + "=").getBytes(StandardCharsets.US_ASCII));
            target.writeBytes(query.get(i).getBytes(StandardCharsets.UTF_8));
        }
        var headers = new ArrayList<byte[]>(callerHeaders(caller));
        headers.add(RawHttp.header("Accept", accept));
        byte[] body = null;
        if (endpoint.readsBody()) {
            headers.add(RawHttp.header("Content-Type", "application/json"));
            body = "{\"unterminated\":".getBytes(StandardCharsets.US_ASCII);
        }
        var answer = send(endpoint.method(), target.toByteArray(), headers, body);
        if (!readsNothing) {
            assertThat(answer.status()).as(endpoint + " " + answer).isGreaterThanOrEqualTo(400);
        }
    }

    private static RawHttp.Answer send(String method, byte[] target, List<byte[]> headers, byte[] body) {
        SENT.incrementAndGet();
        var answer = http.send(method, target, headers, body);
        var request = method + " " + new String(target, StandardCharsets.ISO_8859_1);
        assertThat(answer.status()).as(request + " → " + answer).isLessThan(500);
        var page = answer.status() >= 400 && asksForPage(target, headers);
        if (page && !answer.body().startsWith("{")) {
            // a browser asking for a page outside the machine interfaces gets the error page (ADR 0017)
            assertThat(answer.contentType()).as(request + " → " + answer).startsWith("text/html");
            assertThat(answer.body()).as(request + " → " + answer).doesNotContain(JAVA_NAMES);
        } else if (answer.status() >= 400) {
            if (page) {
                // ... unless Tomcat refused the request line before the application saw it (ProblemReportValve)
                assertThat(JSON.readTree(answer.body()).path("instance").isNull()).as(request + " → " + answer)
                        .isTrue();
            }
            assertThat(answer.contentType()).as(request + " → " + answer).startsWith("application/problem+json");
            var problem = JSON.readTree(answer.body());
            assertThat(problem.path("type").asString()).as(request + " → " + answer).startsWith("/problems/");
            assertThat(problem.path("status").asInt()).isEqualTo(answer.status());
            assertThat(problem.path("detail").asString()).isNotBlank();
            assertThat(answer.body()).as(request + " → " + answer).doesNotContain(JAVA_NAMES);
        }
        return answer;
    }

    /** A page's path (not /api, /feeds, /actuator, /ws) asked for with an {@code Accept} that names HTML. */
    private static boolean asksForPage(byte[] target, List<byte[]> headers) {
        var path = new String(target, StandardCharsets.ISO_8859_1).split("\\?", 2)[0];
        var page = !path.matches("^/(api|feeds|actuator|ws)(/.*)?$");
        return page && headers.stream().map(header -> new String(header, StandardCharsets.ISO_8859_1))
                .anyMatch(header -> header.regionMatches(true, 0, "Accept:", 0, 7)
                        && header.toLowerCase(java.util.Locale.ROOT).contains("text/html"));
    }

    // ---- endpoints

    private static List<Endpoint> endpoints() {
        var mappings = application.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class);
        var found = new ArrayList<Endpoint>();
        var parser = PathPatternParser.defaultInstance;
        mappings.getHandlerMethods().forEach((info, handler) -> {
            var parameters = Arrays.stream(handler.getMethodParameters()).toList();
            var readsBody = parameters.stream().anyMatch(p -> p.hasParameterAnnotation(RequestBody.class));
            var headers = new HashSet<String>();
            var queryNames = new ArrayList<String>();
            for (var parameter : parameters) {
                var header = parameter.getParameterAnnotation(RequestHeader.class);
                if (header != null && Set.of("Idempotency-Key", "If-Match").contains(header.name())) {
                    headers.add(header.name());
                }
                var query = parameter.getParameterAnnotation(RequestParam.class);
                if (query != null) {
                    queryNames.add(!query.name().isEmpty() ? query.name() : parameter.getParameterName());
                }
                var variable = parameter.getParameterAnnotation(PathVariable.class);
                assertThat(variable == null || parameter.getParameterName() != null).isTrue();
            }
            var methods = info.getMethodsCondition().getMethods().isEmpty() ? List.of("GET")
                    : info.getMethodsCondition().getMethods().stream().map(Enum::name).toList();
            for (var method : methods) {
                for (var pattern : info.getPathPatternsCondition().getPatternValues()) {
                    var body = !readsBody ? null : CommandBodies.ALL.stream()
                            .filter(command -> command.method().equals(method) && parser.parse(pattern)
                                    .matches(org.springframework.http.server.PathContainer
                                            .parsePath(CommandBodies.resolve(command.path(), ids))))
                            .map(CommandBodies.Command::body).findFirst().orElse("{\"x\":1}");
                    found.add(new Endpoint(method, pattern, readsBody, Set.copyOf(headers), List.copyOf(queryNames),
                            body));
                }
            }
        });
        for (var extra : List.of("GET /ws", "POST /ws", "GET /actuator", "GET /actuator/health", "GET /actuator/info",
                "GET /actuator/metrics", "GET /actuator/metrics/{name}", "GET /api/nothing-here", "GET /feeds/nothing", "GET /nichts-hier",
                "GET /error", "DELETE /api/regions", "GET /actuator/prometheus", "GET /actuator/health/{name}")) {
            var parts = extra.split(" ");
            found.add(new Endpoint(parts[0], parts[1], false, Set.of(), List.of("tag"), null));
        }
        return List.copyOf(found);
    }

    /**
     * The pattern with its variables filled: existing ids where allowed and {@code random} says so (always, without
     * {@code random}), garbage otherwise.
     */
    private static byte[] path(Endpoint endpoint, Random random, boolean existingAllowed) {
        var out = new ByteArrayOutputStream();
        var segments = endpoint.pattern().split("/");
        var prefix = new StringBuilder();
        for (int i = 1; i < segments.length; i++) {
            var segment = segments[i];
            out.writeBytes("/".getBytes(StandardCharsets.US_ASCII));
            if (segment.startsWith("{")) {
                var existing = existing(prefix.toString(), segment);
                if (random == null || existingAllowed && existing != null && random.nextInt(3) > 0) {
                    out.writeBytes(URLEncoder.encode(existing == null ? "x" : existing, StandardCharsets.UTF_8)
                            .getBytes(StandardCharsets.US_ASCII));
                } else {
                    out.writeBytes(GARBAGE.get(random.nextInt(GARBAGE.size())));
                }
            } else {
                out.writeBytes(segment.getBytes(StandardCharsets.UTF_8));
            }
            prefix.append('/').append(segment);
        }
        if (out.size() == 0) {
            out.writeBytes("/".getBytes(StandardCharsets.US_ASCII)); // the portal's start page, "/"
        }
        return out.toByteArray();
    }

    private static String existing(String collection, String variable) {
        for (var id : ids.values()) {
            if (id.startsWith(collection + "/") && id.indexOf('/', collection.length() + 1) < 0) {
                return id.substring(collection.length() + 1);
            }
        }
        return switch (variable) {
            case "{key}" -> "15089";
            case "{memberId}" -> ids.get("{member}");
            case "{amendment}", "{number}" -> "1";
            case "{type}" -> "working-group";
            default -> null;
        };
    }

    private static final List<byte[]> GARBAGE = List.of(bytes("%ff"), bytes("%zz"), bytes("%"), bytes("%c3%28"),
            bytes("%ed%a0%80"), bytes("%00"), bytes("%2F"), bytes("%2e%2e"), bytes(".."), bytes("x;y=1"),
            bytes("x".repeat(3000)), bytes("-1"), bytes("99999999999999999999"), bytes("1.5"),
            bytes("%2B999999999-12-31"), "ÄÖÜ".getBytes(StandardCharsets.UTF_8),
            "ÄÖÜ".getBytes(StandardCharsets.ISO_8859_1), bytes("%E2%80%AE"), bytes("nope"), bytes("%20"));

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    // ---- generators

    @Provide
    Arbitrary<Endpoint> bodyEndpoints() {
        return Arbitraries.of(endpoints.stream().filter(Endpoint::readsBody).toList());
    }

    @Provide
    Arbitrary<Endpoint> headerEndpoints() {
        return Arbitraries.of(endpoints.stream().filter(e -> e.readsBody() && !e.headers().isEmpty()).toList());
    }

    @Provide
    Arbitrary<Endpoint> anyEndpoints() {
        return Arbitraries.of(endpoints);
    }

    @Provide
    Arbitrary<Long> pathFillers() {
        return Arbitraries.longs();
    }

    @Provide
    Arbitrary<Integer> headerChoice() {
        return Arbitraries.integers().between(0, 1);
    }

    @Provide
    Arbitrary<String> callers() {
        return Arbitraries.of("office", "anonymous", "garbage");
    }

    @Provide
    Arbitrary<String> accepts() {
        return Arbitraries.of("*/*", "application/json", "application/problem+json", "application/xml",
                "text/html", "text/csv", "image/png, text/html;q=0.9", "garbage");
    }

    private static List<byte[]> callerHeaders(String caller) {
        return switch (caller) {
            case "office" -> List.of(RawHttp.header("Authorization", "Bearer " + token));
            case "garbage" -> List.of(RawHttp.header("Authorization", "Bearer ÄÖÜ.x.y"));
            default -> List.of();
        };
    }

    @Provide
    Arbitrary<byte[]> badHeaderValues() {
        var fixed = Arbitraries.of(bytes("x".repeat(201)), "ÄÖÜ".getBytes(StandardCharsets.UTF_8),
                "ÄÖÜ".getBytes(StandardCharsets.ISO_8859_1), bytes("a\tb"), bytes("a\u0001b"), bytes("a\u007fb"),
                "\"1\u00e9\"".getBytes(StandardCharsets.ISO_8859_1), bytes("\"" + "9".repeat(300) + "\""));
        var generated = Arbitraries.strings().withCharRange('\u0080', '\u00ff').ofMinLength(1).ofMaxLength(20)
                .map(text -> text.getBytes(StandardCharsets.ISO_8859_1));
        return Arbitraries.oneOf(fixed, generated);
    }

    @Provide
    Arbitrary<List<String>> queries() {
        var values = Arbitraries.oneOf(
                Arbitraries.of("%ff", "%zz", "%", "%c3%28", "%00", "%ed%a0%80", "%2B999999999-12-31", "-999999999-01-01",
                        "2022-13-45", "9999999999999999999999", "-1", "1.5", "x", "", "%20", "ÄÖÜ", "a&b", "%E2%80%AE",
                        "2026-13", "+1", "1e999999999", "true", "SIGNED_OFF", "[]", "{}", "x".repeat(5000)),
                Arbitraries.strings().withCharRange('!', '~').ofMaxLength(12)
                        .map(text -> URLEncoder.encode(text, StandardCharsets.UTF_8)),
                Arbitraries.strings().withCharRange('\u00a0', '\u2fff').ofMaxLength(8)
                        .map(text -> URLEncoder.encode(text, StandardCharsets.UTF_8)));
        return values.list().ofMaxSize(3);
    }

    @Provide
    Arbitrary<BodyMutation> bodyMutations() {
        return Combinators.combine(Arbitraries.of(BodyMutation.Kind.values()), Arbitraries.longs())
                .as(BodyMutation::new);
    }

    /** A way to make a well-formed body malformed; every kind is refused whatever the endpoint. */
    record BodyMutation(Kind kind, long seed) {

        enum Kind {
            TRUNCATED, POISONED_TEXT, WRONG_SHAPE, TEXT_FOR_NUMBER, BAD_DATE, FRACTION_OR_HUGE, UNKNOWN_FIELD,
            DUPLICATE_KEY, BYTE_ORDER_MARK, INVALID_UTF8, RAW_NUL, WRONG_CHARSET, NOT_AN_OBJECT, TOO_DEEP,
            TOO_LARGE
        }

        record Mutated(byte[] bytes, String contentType) {
        }

        Mutated apply(String body) {
            var random = new Random(seed);
            var json = "application/json";
            return switch (kind) {
                // at least "{": an empty body (like null) is how some commands are sent without options
                case TRUNCATED -> new Mutated(utf8(body.substring(0, 1 + random.nextInt(body.length() - 1))), json);
                case POISONED_TEXT -> replaceLeaf(body, random, JsonNode::isString, leaf -> quoted(leaf.asString(),
                        List.of("\\ud800", "\\udfff", "\\u0000", "\\u0007", "\\u001b", "\\u007f", "\\u0085")
                                .get(random.nextInt(7))));
                case WRONG_SHAPE -> replaceLeaf(body, random, node -> node.isString() || node.isNumber(),
                        leaf -> List.of("[]", "{\"x\":1}", "true", "[\"a\",\"b\"]").get(random.nextInt(4)));
                case TEXT_FOR_NUMBER -> replaceLeaf(body, random, JsonNode::isNumber, leaf -> "\"" + leaf + "\"");
                case BAD_DATE -> replaceLeaf(body, random, node -> node.isString() && DATE.matcher(node.asString())
                        .matches(), leaf -> List.of("12345", "\" " + leaf.asString() + "\"", "\"" + leaf.asString()
                        + " \"", "\"+999999999-12-31\"", "\"-0001-01-01\"", "\"\"", "\"2022-13-45\"", "1.5e10",
                        "\"1989-12-31\"", "\"2101-01-01T00:00:00Z\"").get(random.nextInt(10)));
                case FRACTION_OR_HUGE -> replaceLeaf(body, random, JsonNode::isNumber, leaf -> "1e999999999");
                case UNKNOWN_FIELD -> new Mutated(utf8("{\"zzUnknown\":1," + body.substring(1)), json);
                case DUPLICATE_KEY -> {
                    var first = JSON.readTree(body).propertyNames().iterator().next();
                    var value = JSON.writeValueAsString(JSON.readTree(body).get(first));
                    yield new Mutated(utf8(body.substring(0, body.length() - 1) + ",\"" + first + "\":" + value + "}"),
                            json);
                }
                case BYTE_ORDER_MARK -> new Mutated(concat(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                        utf8(body)), json);
                case INVALID_UTF8 -> {
                    var at = body.indexOf('"', 2);
                    var bad = List.of(new byte[]{(byte) 0xFF}, new byte[]{(byte) 0xC3, 0x28},
                            new byte[]{(byte) 0xED, (byte) 0xA0, (byte) 0x80}, new byte[]{(byte) 0xC0, (byte) 0xAF})
                            .get(random.nextInt(4));
                    yield new Mutated(concat(concat(utf8(body.substring(0, at)), bad), utf8(body.substring(at))), json);
                }
                case RAW_NUL -> {
                    var at = random.nextInt(body.length());
                    yield new Mutated(concat(concat(utf8(body.substring(0, at)), new byte[]{0}),
                            utf8(body.substring(at))), json);
                }
                case WRONG_CHARSET -> new Mutated(utf8(body), List.of("application/json; charset=utf-16",
                        "application/json; charset=ISO-8859-1", "application/json; charset=nonsense", "text/plain",
                        "application/xml", "application/json; charset=utf-32").get(random.nextInt(6)));
                case NOT_AN_OBJECT -> new Mutated(utf8(List.of("[]", "\"x\"", "1", "[" + body + "]", "true")
                        .get(random.nextInt(5))), json);
                case TOO_DEEP -> new Mutated(utf8("{\"a\":".repeat(3000) + "1" + "}".repeat(3000)), json);
                case TOO_LARGE -> new Mutated(utf8("{\"zz\":\"" + "x".repeat(70 * 1024) + "\"," + body.substring(1)),
                        json);
            };
        }

        private static Mutated replaceLeaf(String body, Random random, java.util.function.Predicate<JsonNode> which,
                                           java.util.function.Function<JsonNode, String> replacement) {
            var leaves = new ArrayList<JsonNode>();
            collect(JSON.readTree(body), which, leaves);
            if (leaves.isEmpty()) {
                return new Mutated(utf8(body.substring(0, body.length() - 1)), "application/json");
            }
            var leaf = leaves.get(random.nextInt(leaves.size()));
            var written = JSON.writeValueAsString(leaf);
            var at = body.indexOf(":" + written);
            if (at < 0) {
                at = body.indexOf(written) - 1;
            }
            var start = at + 1;
            return new Mutated(utf8(body.substring(0, start) + replacement.apply(leaf)
                    + body.substring(start + written.length())), "application/json");
        }

        private static void collect(JsonNode node, java.util.function.Predicate<JsonNode> which, List<JsonNode> into) {
            if (which.test(node)) {
                into.add(node);
            }
            node.values().forEach(child -> collect(child, which, into));
        }

        private static String quoted(String text, String escape) {
            var written = JSON.writeValueAsString(text);
            return written.substring(0, written.length() - 1) + escape + "\"";
        }

        private static byte[] utf8(String text) {
            return text.getBytes(StandardCharsets.UTF_8);
        }

        private static byte[] concat(byte[] a, byte[] b) {
            var out = Arrays.copyOf(a, a.length + b.length);
            System.arraycopy(b, 0, out, a.length, b.length);
            return out;
        }
    }

    private static long storedEvents() {
        var events = application.getBean(EventStorageEngine.class);
        try (var stream = events.readEvents(null, false)) {
            return stream.filter(event -> !(event instanceof DomainEventMessage<?> domain
                    && "AuditLog".equals(domain.getType()))).count();
        }
    }
}
