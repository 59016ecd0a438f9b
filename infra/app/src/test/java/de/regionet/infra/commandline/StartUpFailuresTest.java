package de.regionet.infra.commandline;

import de.regionet.infra.PageClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Acceptance 3 of issue 23, second half, with the application as an operator runs it: a first instance started by
 * {@code serve} with Spring settings on the command line (they reach Spring: it serves on the port and data
 * directory they name), and without users, so that sign-in says there are none; a second instance on the same data
 * directory, and a third on the same port, each fail with one clear line and no stack trace, and exit 1.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StartUpFailuresTest {

    /** Starting the application on a busy build machine takes long; a failed start ends once it is reported. */
    private static final Duration START = Duration.ofMinutes(4);

    @TempDir
    static Path directory;

    private Path dataDir;
    private int port;
    private Process first;

    @BeforeAll
    void aFirstInstanceServing() throws IOException {
        dataDir = directory.resolve("data");
        port = freePort();
        first = JavaProcess.of("serve", "--server.port=" + port, "--regionet.data-dir=" + dataDir,
                        "--spring.application.name=first-instance")
                .redirectErrorStream(true).redirectOutput(directory.resolve("first.log").toFile()).start();
        var http = HttpClient.newHttpClient();
        await().atMost(START).pollInterval(Duration.ofSeconds(1)).ignoreExceptions().until(() -> {
            assertThat(first.isAlive()).as("the first instance runs").isTrue();
            return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                    .build(), HttpResponse.BodyHandlers.ofString()).statusCode() == 200;
        });
    }

    @AfterAll
    void stop() throws InterruptedException {
        if (first != null) {
            JavaProcess.stop(first);
        }
    }

    @Test
    void the_settings_given_to_serve_reach_spring() throws IOException {
        assertThat(Files.isRegularFile(dataDir.resolve("regionet.mv.db"))).as("the data directory named").isTrue();
        assertThat(Files.readString(directory.resolve("first.log"))).contains("[first-instance]")
                .doesNotContain("adding secondary index", "not yet implemented");
    }

    @Test
    void without_users_the_sign_in_form_says_that_nobody_can_sign_in_yet() {
        var browser = new PageClient(port);
        assertThat(browser.get("/anmelden").body()).contains("Es ist noch kein Benutzer eingerichtet");
        assertThat(browser.get("/anmelden?lang=en").body()).contains("No users are set up yet");

        var tried = new PageClient(port);
        tried.get("/anmelden");
        var refused = tried.post("/anmelden", Map.of("benutzer", "office", "passwort", "a guess"));
        assertThat(refused.status()).isEqualTo(302);
        assertThat(refused.location()).contains("fehler");
        var form = tried.get(refused.location().replaceFirst("^https?://[^/]+", ""));
        assertThat(form.body()).contains("Es ist noch kein Benutzer eingerichtet").doesNotContain("falsch");
    }

    @Test
    void without_users_the_token_endpoint_says_that_nobody_can_sign_in_yet() throws Exception {
        var basic = Base64.getEncoder().encodeToString("office:a guess".getBytes(StandardCharsets.UTF_8));
        var answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/auth/token"))
                .header("Authorization", "Basic " + basic).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(answer.headers().firstValue("content-type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        assertThat(answer.body()).contains("no users are configured").doesNotContain("wrong");
    }

    @Test
    void a_second_instance_on_the_same_data_directory_fails_with_one_clear_line() throws Exception {
        var second = JavaProcess.run("", START, "--server.port=0", "--regionet.data-dir=" + dataDir);

        assertThat(second.exitCode()).as(second.out()).isEqualTo(1);
        assertOneClearLine(second, "The data directory " + dataDir.toAbsolutePath() + " is in use by another "
                + "RegioNet instance (its file regionet.mv.db is locked): stop that instance, or start this one with "
                + "a data directory of its own (--regionet.data-dir=DIR).");
    }

    @Test
    void a_third_instance_on_the_same_port_fails_with_one_clear_line() throws Exception {
        var third = JavaProcess.run("", START, "serve", "--server.port=" + port,
                "--regionet.data-dir=" + directory.resolve("other-data"));

        assertThat(third.exitCode()).as(third.out()).isEqualTo(1);
        assertOneClearLine(third, "Web server failed to start. Port " + port + " was already in use.");
    }

    /**
     * The failure is reported once, as its analysis: the line is there, no warning or error is logged before it,
     * and no stack trace anywhere.
     */
    private static void assertOneClearLine(JavaProcess.Finished failed, String line) {
        var output = failed.out() + failed.err();
        assertThat(output.lines()).as(output).contains(line);
        var before = output.substring(0, output.indexOf("APPLICATION FAILED TO START"));
        assertThat(before.lines().filter(logged -> logged.contains(" WARN ") || logged.contains(" ERROR ")))
                .as("warnings and errors logged before the analysis").hasSizeLessThanOrEqualTo(1)
                .allSatisfy(logged -> assertThat(logged).contains("LoggingFailureAnalysisReporter"));
        assertThat(output.lines()).as("no stack trace").noneMatch(logged -> logged.startsWith("\tat "));
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
