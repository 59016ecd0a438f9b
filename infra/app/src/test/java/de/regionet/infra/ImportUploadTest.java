package de.regionet.infra;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The network office uploads a history file: answered 202 with the import to poll, which ends DONE with its counts;
 * nobody else may import, and a file over the import limit is refused with 413 before it is read. Region keys
 * 99381–99389.
 */
@RegioNetTest
class ImportUploadTest {

    private static final String FILE = """
            {"format":"regionet-import","version":1,"title":"Upload","description":"Hochgeladene Testdatei"}
            {"id":"99381-region","office":"network-office","effectiveOn":"2022-01-01","command":"RegisterRegion","body":{"key":"99381","name":"Altmarkkreis Salzwedel","kind":"DISTRICT"}}
            {"id":"99381-rak","office":"coordination:99381","effectiveOn":"2022-03-01","command":"EstablishWorkingGroup","body":{"key":"99381","workingGroupId":"rak-99381","name":"RAK Altmark","establishedOn":"2022-03-01"}}
            {"id":"99381-broken","office":"network-office","effectiveOn":"2022-03-01","command":"RegisterRegion","body":{"key":"99381"}}
            """;

    @LocalServerPort
    int port;

    @Test
    void the_network_office_uploads_a_file_and_polls_the_import_until_it_is_done() {
        var office = new ApiClient(port).as(TestUsers.OFFICE);

        var started = office.raw("POST", "/api/admin/imports", "application/x-ndjson",
                FILE.getBytes(StandardCharsets.UTF_8));

        assertThat(started.status()).isEqualTo(202);
        var location = started.header("Location");
        assertThat(location).startsWith("/api/admin/imports/");
        assertThat(started.json().get("id").asString()).isEqualTo(location.substring(location.lastIndexOf('/') + 1));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(office.get(location).json().get("state").asString()).isEqualTo("DONE"));
        var done = office.get(location).json();
        assertThat(done.get("by").asString()).isEqualTo(TestUsers.OFFICE);
        assertThat(done.get("dryRun").asBoolean()).isFalse();
        assertThat(done.get("total").asLong()).isEqualTo(3);
        assertThat(done.get("done").asLong()).isEqualTo(3);
        assertThat(done.get("applied").asLong()).isEqualTo(2);
        assertThat(done.get("refused").asLong()).isEqualTo(1);
        assertThat(done.get("refusals").get(0).get("line").asLong()).isEqualTo(4);
        assertThat(done.get("refusals").get(0).get("id").asString()).isEqualTo("99381-broken");
        assertThat(done.get("fileSha256").asString()).hasSize(64);
        assertThat(office.get("/api/regions/99381").status()).isEqualTo(200);
        assertThat(office.get("/api/admin/imports").json().findValuesAsString("id"))
                .contains(done.get("id").asString());
    }

    @Test
    void a_dry_run_upload_as_a_form_file_stores_nothing() {
        var office = new ApiClient(port).as(TestUsers.OFFICE);
        var file = FILE.replace("99381", "99382");
        var boundary = "regionet-boundary";
        var form = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"history.ndjson\"\r\n"
                + "Content-Type: application/x-ndjson\r\n\r\n" + file + "\r\n--" + boundary + "--\r\n";

        var started = office.raw("POST", "/api/admin/imports?dryRun=true", "multipart/form-data; boundary=" + boundary,
                form.getBytes(StandardCharsets.UTF_8));

        assertThat(started.status()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(office.get(started.header("Location")).json().get("state").asString()).isEqualTo("DONE"));
        var done = office.get(started.header("Location")).json();
        assertThat(done.get("dryRun").asBoolean()).isTrue();
        assertThat(done.get("applied").asLong()).isEqualTo(2);
        assertThat(done.get("refused").asLong()).isEqualTo(1);
        assertThat(office.get("/api/regions/99382").status()).isEqualTo(404);
    }

    @Test
    void only_the_network_office_imports_and_reads_imports() {
        for (var user : List.of(TestUsers.COORDINATOR_SALZLAND, TestUsers.AUDITOR, TestUsers.SPONSOR)) {
            var api = new ApiClient(port).as(user);
            assertThat(api.raw("POST", "/api/admin/imports", "application/x-ndjson",
                    FILE.getBytes(StandardCharsets.UTF_8)).status()).as(user).isEqualTo(403);
            assertThat(api.get("/api/admin/imports").status()).as(user).isEqualTo(403);
        }
        assertThat(new ApiClient(port).raw("POST", "/api/admin/imports", "application/x-ndjson",
                FILE.getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(401);
    }

    @Test
    void a_file_over_the_import_limit_is_refused_before_it_is_read() throws IOException {
        var token = new ApiClient(port).token(TestUsers.OFFICE);

        var answer = declaringOnly(64L * 1024 * 1024 + 1, token);

        assertThat(answer).startsWith("HTTP/1.1 413");
        assertThat(answer).containsIgnoringCase("content-type: application/problem+json")
                .contains("/problems/content-too-large").contains("regionet.imports.max-size");
    }

    /**
     * A request that declares a body of {@code length} bytes and sends none: the answer's head and body as text,
     * read as far as its own Content-Length, without waiting for the server to give up on the body.
     */
    private String declaringOnly(long length, String token) throws IOException {
        try (var socket = new Socket("localhost", port)) {
            socket.setSoTimeout(20_000);
            socket.getOutputStream().write(("POST /api/admin/imports HTTP/1.1\r\nHost: localhost\r\n"
                    + "Authorization: Bearer " + token + "\r\nContent-Type: application/x-ndjson\r\n"
                    + "Content-Length: " + length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            var in = socket.getInputStream();
            var head = new StringBuilder();
            while (!head.toString().endsWith("\r\n\r\n")) {
                int b = in.read();
                if (b < 0) {
                    break;
                }
                head.append((char) b);
            }
            var declared = Pattern.compile("(?im)^content-length:\\s*(\\d+)").matcher(head);
            var body = declared.find() ? in.readNBytes(Integer.parseInt(declared.group(1))) : chunked(in);
            return head + new String(body, StandardCharsets.UTF_8);
        }
    }

    private static byte[] chunked(InputStream in) throws IOException {
        var body = new ByteArrayOutputStream();
        while (true) {
            var size = new StringBuilder();
            for (int b = in.read(); b >= 0 && b != '\n'; b = in.read()) {
                size.append((char) b);
            }
            int length = Integer.parseInt(size.toString().trim(), 16);
            if (length == 0) {
                return body.toByteArray();
            }
            body.writeBytes(in.readNBytes(length));
            in.readNBytes(2);
        }
    }

    @Test
    void an_unknown_import_is_not_found() {
        var answer = new ApiClient(port).as(TestUsers.OFFICE).get("/api/admin/imports/no-such-import");

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.contentType()).startsWith("application/problem+json");
    }
}
