package de.regionet.infra;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/**
 * The HTTP API as a client sees it: JSON in, status, headers and JSON out. {@link #as} signs in like a client
 * does (HTTP Basic at {@code POST /api/auth/token}) and sends the bearer token with every request.
 */
public final class ApiClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;
    private final String authorization;

    /** An anonymous client. */
    public ApiClient(int port) {
        this("http://localhost:" + port, null);
    }

    private ApiClient(String base, String authorization) {
        this.base = base;
        this.authorization = authorization;
    }

    /** The same API, signed in as one of the {@link TestUsers}. */
    public ApiClient as(String user) {
        return withToken(token(user));
    }

    /** The same API, sending {@code token} as bearer token. */
    public ApiClient withToken(String token) {
        return new ApiClient(base, "Bearer " + token);
    }

    /** Signs in as one of the {@link TestUsers} and answers the access token. */
    public String token(String user) {
        var basic = Base64.getEncoder().encodeToString((user + ":" + TestUsers.PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        var response = new ApiClient(base, "Basic " + basic).raw("POST", "/api/auth/token", null, new byte[0]);
        if (response.status() != 200) {
            throw new IllegalStateException("cannot sign in as " + user + ": " + response.status() + " " + response.body());
        }
        return response.json().get("access_token").asString();
    }

    public record Response(int status, Map<String, java.util.List<String>> headers, String body) {

        public JsonNode json() {
            return body == null || body.isEmpty() ? JSON.nullNode() : JSON.readTree(body);
        }

        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .findFirst().map(e -> e.getValue().get(0)).orElse(null);
        }

        public String contentType() {
            return header("Content-Type");
        }
    }

    public Response get(String path, String... headers) {
        var request = HttpRequest.newBuilder(URI.create(base + path)).GET();
        addHeaders(request, headers);
        return send(request);
    }

    public Response post(String path, String json, String... headers) {
        return send(withBody("POST", path, json, headers));
    }

    public Response put(String path, String json, String... headers) {
        return send(withBody("PUT", path, json, headers));
    }

    public Response delete(String path, String... headers) {
        var request = HttpRequest.newBuilder(URI.create(base + path)).DELETE();
        addHeaders(request, headers);
        return send(request);
    }

    /** A raw request, for bodies and headers no well-behaved client would send. */
    public Response raw(String method, String path, String contentType, byte[] body, String... headers) {
        var request = HttpRequest.newBuilder(URI.create(base + path))
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        addHeaders(request, headers);
        return send(request);
    }

    private HttpRequest.Builder withBody(String method, String path, String json, String... headers) {
        var request = HttpRequest.newBuilder(URI.create(base + path))
                .method(method, HttpRequest.BodyPublishers.ofString(json))
                .header("Content-Type", "application/json");
        addHeaders(request, headers);
        return request;
    }

    private static void addHeaders(HttpRequest.Builder request, String... headers) {
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
    }

    private Response send(HttpRequest.Builder request) {
        if (authorization != null) {
            request.setHeader("Authorization", authorization);
        }
        try {
            var response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers().map(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
