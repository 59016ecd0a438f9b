package de.regionet.infra;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without a browser, for tests of pages over HTTP: keeps cookies (the session), asks for HTML, follows no
 * redirect (a test reads {@code Location}), and sends the CSRF token of the last page it read with every form, as
 * a page's own form does. {@link #postWithoutToken} leaves it out.
 */
public final class PageClient {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern META_CSRF = Pattern.compile("name=\"csrf-token\" content=\"([^\"]+)\"");

    private final int port;
    private final HttpClient http;
    private String token;

    public PageClient(int port) {
        this.port = port;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public record Page(int status, String body, Map<String, java.util.List<String>> headers) {
        public String location() {
            return headers.getOrDefault("location", java.util.List.of("")).get(0);
        }

        public String header(String name) {
            return headers.getOrDefault(name.toLowerCase(java.util.Locale.ROOT), java.util.List.of("")).get(0);
        }
    }

    /** Signs in on the form as one of the {@link TestUsers}, as a person would; fails unless the form lets them in. */
    public PageClient signIn(String user) {
        get("/anmelden");
        var answer = post("/anmelden", Map.of("benutzer", user, "passwort", TestUsers.PASSWORD));
        if (answer.status() != 302 || answer.location().contains("fehler")) {
            throw new IllegalStateException(user + " could not sign in: " + answer.status() + " " + answer.location());
        }
        return this;
    }

    public Page get(String path, String... headers) {
        return send(HttpRequest.newBuilder(uri(path)).GET(), headers);
    }

    /** Posts a form with the CSRF token of the last page read. */
    public Page post(String path, Map<String, String> fields, String... headers) {
        var withToken = new LinkedHashMap<>(fields);
        if (token != null) {
            withToken.put("_csrf", token);
        }
        return postWithoutToken(path, withToken, headers);
    }

    /**
     * Posts a form with a file ({@code multipart/form-data}), as a browser's upload form does: the fields, the CSRF
     * token of the last page read unless {@code withToken} is false, then the file.
     */
    public Page postFile(String path, Map<String, String> fields, String fileField, String fileName, String content,
                         boolean withToken) {
        var boundary = "regionet-page-client-boundary";
        var all = new LinkedHashMap<>(fields);
        if (withToken && token != null) {
            all.put("_csrf", token);
        }
        var body = new StringBuilder();
        all.forEach((name, value) -> body.append("--").append(boundary).append("\r\n")
                .append("Content-Disposition: form-data; name=\"").append(name).append("\"\r\n\r\n")
                .append(value).append("\r\n"));
        body.append("--").append(boundary).append("\r\n").append("Content-Disposition: form-data; name=\"")
                .append(fileField).append("\"; filename=\"").append(fileName).append("\"\r\n")
                .append("Content-Type: application/x-ndjson\r\n\r\n").append(content).append("\r\n")
                .append("--").append(boundary).append("--\r\n");
        var request = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8));
        return send(request);
    }

    public Page postWithoutToken(String path, Map<String, String> fields, String... headers) {
        var body = fields.entrySet().stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        var request = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        return send(request, headers);
    }

    private Page send(HttpRequest.Builder request, String... headers) {
        request.header("Accept", "text/html,application/xhtml+xml");
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.setHeader(headers[i], headers[i + 1]);
        }
        try {
            var answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            for (var pattern : new Pattern[]{CSRF, META_CSRF}) {
                var found = pattern.matcher(answer.body());
                if (found.find()) {
                    token = found.group(1);
                }
            }
            return new Page(answer.statusCode(), answer.body(), answer.headers().map());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
