package de.regionet.infra.eventstore;

import de.regionet.infra.ApiClient;
import de.regionet.infra.RegioNetApplication;
import de.regionet.infra.TestUsers;
import de.regionet.infra.mongo.TestMongo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Durable when acknowledged: the application runs as a process of its own on the embedded default (H2 file),
 * is killed with SIGKILL right after answering, and the restarted application has every acknowledged event and
 * its read-model effect.
 */
class CrashTest {

    @TempDir
    Path dataDir;

    private Process process;

    @Test
    void every_acknowledged_command_survives_a_kill_9_right_after_its_answer() throws Exception {
        int port = freePort();
        process = start(port);
        var api = awaitReady(port);
        List<String> acknowledged = new ArrayList<>();
        for (int key = 99001; key <= 99040; key++) {
            var answer = api.post("/api/regions",
                    "{\"key\":\"" + key + "\",\"name\":\"Kreis " + key + "\",\"kind\":\"DISTRICT\"}");
            assertThat(answer.status()).isEqualTo(201);
            acknowledged.add(Integer.toString(key));
        }
        process.destroyForcibly().waitFor();
        assertThat(process.exitValue()).as("killed by SIGKILL").isEqualTo(137);

        process = start(port);
        var restarted = awaitReady(port);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(acknowledged)
                .allSatisfy(key -> assertThat(restarted.get("/api/regions/" + key).status()).isEqualTo(200)));
        var verification = new ApiClient(port).as(TestUsers.AUDITOR).get("/api/audit/verification").json();
        assertThat(verification.get("result").asString()).isEqualTo("ok");
        assertThat(verification.get("eventsChecked").asLong()).as("the regions, and this audit read in the audit log")
                .isEqualTo(acknowledged.size() + 1);
    }

    @AfterEach
    void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroyForcibly().waitFor();
        }
    }

    private Process start(int port) throws IOException {
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var command = new ArrayList<>(List.of(java, "-Xmx512m", "-cp",
                System.getProperty("java.class.path"), RegioNetApplication.class.getName(), "--server.port=" + port,
                "--regionet.data-dir=" + dataDir, "--regionet.embedded.backend=h2"));
        command.addAll(TestMongo.arguments(dataDir, "regionet"));
        return new ProcessBuilder(command)
                .redirectErrorStream(true).redirectOutput(dataDir.resolve("application.log").toFile()).start();
    }

    private static ApiClient awaitReady(int port) {
        var anonymous = new ApiClient(port);
        await().atMost(Duration.ofSeconds(60)).ignoreExceptions()
                .until(() -> anonymous.get("/actuator/health").status() == 200);
        return anonymous.as(TestUsers.OFFICE);
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
