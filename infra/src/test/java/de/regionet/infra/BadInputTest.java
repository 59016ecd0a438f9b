package de.regionet.infra;

import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Every kind of bad input, from a signed-in network office, gets a 4xx problem document that names what is wrong,
 * and stores nothing. Paths may use {@code {wg}} and {@code {member}}, an existing working group and member.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"regionet.embedded.backend=memory", "regionet.mongo.database=badinput"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputTest {

    private static final String JSON = "application/json";

    @LocalServerPort
    int port;

    @Autowired
    EventStorageEngine events;

    ApiClient api;
    String token;
    String workingGroup;
    String member;

    @BeforeAll
    void aRegionWithWorkingGroupAndMember() {
        token = new ApiClient(port).token(TestUsers.OFFICE);
        api = new ApiClient(port).withToken(token);
        api.post("/api/regions", """
                {"key":"15089","name":"Salzlandkreis","kind":"DISTRICT"}""");
        workingGroup = api.post("/api/working-groups", """
                {"regionKey":"15089","name":"RAK Salzlandkreis"}""").json().get("id").asString();
        member = api.post("/api/working-groups/" + workingGroup + "/members", """
                {"organisation":"Jobcenter Salzlandkreis","category":"JOB_CENTRE"}""").json().get("id").asString();
        api.post("/api/regions", """
                {"key":"15001","name":"Dessau-Roßlau","kind":"INDEPENDENT_CITY"}""", "Idempotency-Key", "k-1");
    }

    static Stream<Arguments> badInputs() {
        var big = "{\"key\":\"15002\",\"name\":\"" + "x".repeat(70 * 1024) + "\",\"kind\":\"DISTRICT\"}";
        return Stream.of(
                arguments("malformed JSON", "POST", "/api/regions", JSON, "{\"key\":", 400, null),
                arguments("trailing content", "POST", "/api/regions", JSON,
                        "{\"key\":\"15002\",\"name\":\"A\",\"kind\":\"DISTRICT\"} x", 400, null),
                arguments("array instead of object", "POST", "/api/regions", JSON, "[]", 400, null),
                arguments("empty body", "POST", "/api/regions", JSON, "", 400, null),
                arguments("missing key", "POST", "/api/regions", JSON,
                        "{\"name\":\"Börde\",\"kind\":\"DISTRICT\"}", 400, "key"),
                arguments("key of four digits", "POST", "/api/regions", JSON,
                        "{\"key\":\"1508\",\"name\":\"Börde\",\"kind\":\"DISTRICT\"}", 400, "key"),
                arguments("key with letters", "POST", "/api/regions", JSON,
                        "{\"key\":\"15O83\",\"name\":\"Börde\",\"kind\":\"DISTRICT\"}", 400, "key"),
                arguments("key as a number", "POST", "/api/regions", JSON,
                        "{\"key\":15083,\"name\":\"Börde\",\"kind\":\"DISTRICT\"}", 400, "key"),
                arguments("key as an object", "POST", "/api/regions", JSON,
                        "{\"key\":{\"ags\":\"15083\"},\"name\":\"Börde\",\"kind\":\"DISTRICT\"}", 400, "key"),
                arguments("unknown kind", "POST", "/api/regions", JSON,
                        "{\"key\":\"15083\",\"name\":\"Börde\",\"kind\":\"COUNTY\"}", 400, "kind"),
                arguments("kind as ordinal", "POST", "/api/regions", JSON,
                        "{\"key\":\"15083\",\"name\":\"Börde\",\"kind\":0}", 400, "kind"),
                arguments("blank name", "POST", "/api/regions", JSON,
                        "{\"key\":\"15083\",\"name\":\"   \",\"kind\":\"DISTRICT\"}", 400, "name"),
                arguments("name too long", "POST", "/api/regions", JSON,
                        "{\"key\":\"15083\",\"name\":\"" + "n".repeat(201) + "\",\"kind\":\"DISTRICT\"}", 400, "name"),
                arguments("unknown field", "POST", "/api/regions", JSON,
                        "{\"key\":\"15083\",\"name\":\"Börde\",\"kind\":\"DISTRICT\",\"mayor\":\"x\"}", 400, "mayor"),
                arguments("not JSON", "POST", "/api/regions", "text/plain", "15083 Börde", 415, null),
                arguments("body over 64 KiB", "POST", "/api/regions", JSON, big, 413, null),
                arguments("chunked body over 64 KiB", "POST-CHUNKED", "/api/regions", JSON, big, 413, null),
                arguments("region key registered twice", "POST", "/api/regions", JSON,
                        "{\"key\":\"15089\",\"name\":\"Salzlandkreis\",\"kind\":\"DISTRICT\"}", 409, null),
                arguments("idempotency key reused for another request", "POST-IDEMPOTENT", "/api/regions", JSON,
                        "{\"key\":\"15003\",\"name\":\"Magdeburg\",\"kind\":\"INDEPENDENT_CITY\"}", 422,
                        "Idempotency-Key"),
                arguments("region key not 5 digits in path", "GET", "/api/regions/abc", null, null, 400, "key"),
                arguments("unregistered region in path", "GET", "/api/regions/15999", null, null, 404, null),
                arguments("working group for unknown region", "POST", "/api/working-groups", JSON,
                        "{\"regionKey\":\"15999\",\"name\":\"RAK\"}", 422, "regionKey"),
                arguments("second working group for a region", "POST", "/api/working-groups", JSON,
                        "{\"regionKey\":\"15089\",\"name\":\"RAK 2\"}", 409, null),
                arguments("working group without name", "POST", "/api/working-groups", JSON,
                        "{\"regionKey\":\"15089\"}", 400, "name"),
                arguments("unknown category", "POST", "/api/working-groups/{wg}/members", JSON,
                        "{\"organisation\":\"IHK\",\"category\":\"CHAMBER\"}", 400, "category"),
                arguments("member without organisation", "POST", "/api/working-groups/{wg}/members", JSON,
                        "{\"category\":\"BUSINESS\"}", 400, "organisation"),
                arguments("impossible admission date", "POST", "/api/working-groups/{wg}/members", JSON,
                        "{\"organisation\":\"IHK\",\"category\":\"BUSINESS\",\"admittedOn\":\"2022-13-45\"}", 400,
                        "admittedOn"),
                arguments("same organisation twice", "POST", "/api/working-groups/{wg}/members", JSON,
                        "{\"organisation\":\"jobcenter salzlandkreis\",\"category\":\"JOB_CENTRE\"}", 409, null),
                arguments("member of unknown working group", "POST", "/api/working-groups/nope/members", JSON,
                        "{\"organisation\":\"IHK\",\"category\":\"BUSINESS\"}", 404, null),
                arguments("coordination ending before it starts", "PUT", "/api/working-groups/{wg}/coordination",
                        JSON, "{\"organisation\":\"REKO\",\"from\":\"2022-07-01\",\"to\":\"2021-06-30\"}", 422, "to"),
                arguments("coordination without start", "PUT", "/api/working-groups/{wg}/coordination", JSON,
                        "{\"organisation\":\"REKO\",\"to\":\"2028-06-30\"}", 400, "from"),
                arguments("stale If-Match", "PUT-STALE", "/api/working-groups/{wg}/coordination", JSON,
                        "{\"organisation\":\"REKO\",\"from\":\"2022-07-01\"}", 412, null),
                arguments("If-Match that is no version", "PUT-GARBAGE", "/api/working-groups/{wg}/coordination", JSON,
                        "{\"organisation\":\"REKO\",\"from\":\"2022-07-01\"}", 412, "If-Match"),
                arguments("withdrawing an unknown member", "DELETE", "/api/working-groups/{wg}/members/nobody", null,
                        null, 404, null),
                arguments("method not allowed", "PATCH", "/api/regions", JSON, "{}", 405, null),
                arguments("unknown path", "GET", "/api/nothing-here", null, null, 404, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void bad_input_is_answered_with_a_problem_document_and_stores_nothing(String name, String method, String path,
                                                                         String contentType, String body,
                                                                         int status, String field) throws Exception {
        long eventsBefore = storedEvents();
        var response = send(method, path.replace("{wg}", workingGroup).replace("{member}", member), contentType, body);

        assertThat(response.status()).as(name + ": " + response.body()).isEqualTo(status);
        assertThat(response.contentType()).as(name).startsWith("application/problem+json");
        var problem = response.json();
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("detail").asString()).as(name).isNotBlank();
        if (field != null) {
            assertThat(problem.get("errors").findValuesAsString("field")).as(name).contains(field);
        }
        assertThat(storedEvents()).as(name + " stored nothing").isEqualTo(eventsBefore);
    }

    private ApiClient.Response send(String method, String path, String contentType, String body) throws Exception {
        var bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        return switch (method) {
            case "POST-CHUNKED" -> chunked(path, bytes);
            case "POST-IDEMPOTENT" -> api.raw("POST", path, contentType, bytes, "Idempotency-Key", "k-1");
            case "PUT-STALE" -> api.raw("PUT", path, contentType, bytes, "If-Match", "\"0\"");
            case "PUT-GARBAGE" -> api.raw("PUT", path, contentType, bytes, "If-Match", "\"latest\"");
            case "GET" -> api.get(path);
            case "DELETE" -> api.delete(path);
            default -> api.raw(method, path, contentType, bytes);
        };
    }

    private ApiClient.Response chunked(String path, byte[] body) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", JSON)
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build();
        var response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        return new ApiClient.Response(response.statusCode(), response.headers().map(), response.body());
    }

    private long storedEvents() {
        try (var stream = events.readEvents(null, false)) {
            return stream.count();
        }
    }
}
