package de.regionet.infra.history;

import de.regionet.infra.ApiClient;
import de.regionet.infra.history.ImportStatus.State;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.context.ActiveProfiles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The demo profile imports the shipped network histories once the application is ready, on an empty store only,
 * each as an import run of its own, Saxony-Anhalt's first. Its own application: the demo profile, and a store with
 * nothing in it before the demo data ({@link DemoNetworksTest} reads the other two networks in the same one).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"regionet.embedded.backend=memory", "regionet.mongo.database=demo"})
@ActiveProfiles("demo")
class DemoImportTest {

    @Autowired
    Imports imports;

    @Autowired
    DemoImport demo;

    @Autowired
    EventStore store;

    @TempDir
    Path directory;

    @LocalServerPort
    int port;

    @Test
    void after_the_demo_import_the_network_answers_as_it_stood_on_each_day_and_verifies() {
        awaitDemoImported();
        var api = demoUser("office", "office-demo");

        var regions = api.get("/api/networks/sachsen-anhalt/regions");
        assertThat(regions.status()).isEqualTo(200);
        assertThat(regions.json().size()).as("the 14 districts and independent cities").isEqualTo(14);
        assertThat(api.get("/api/regions").json().size()).as("and the regions of the other two networks")
                .isGreaterThan(14);

        var agreement = "/api/agreements/kooperationsvereinbarung-regio-aktiv";
        var march2022 = api.get(agreement + "?asOf=2022-03-01").json();
        var january2023 = api.get(agreement + "?asOf=2023-01-01").json();
        assertThat(march2022.get("boundParties").size()).as("4 signatories and 8 early accessions").isEqualTo(12);
        assertThat(january2023.get("boundParties").size()).as("4 signatories and all 14 regions").isEqualTo(18);

        var verification = demoUser("auditor", "auditor-demo").get("/api/audit/verification").json();
        assertThat(verification.get("result").asString()).isEqualTo("ok");
    }

    /** How many command lines a shipped file holds: every line but the header and blank ones. */
    private static long commandLines(String resource) {
        try (var in = new ClassPathResource(resource).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(line -> !line.isBlank())
                    .count() - 1;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The demo profile's own users, with their published passwords. */
    private ApiClient demoUser(String name, String password) {
        var basic = Base64.getEncoder().encodeToString((name + ":" + password).getBytes(StandardCharsets.UTF_8));
        var token = new ApiClient(port).raw("POST", "/api/auth/token", null, new byte[0],
                "Authorization", "Basic " + basic);
        assertThat(token.status()).as(token.body()).isEqualTo(200);
        return new ApiClient(port).withToken(token.json().get("access_token").asString());
    }

    private void awaitDemoImported() {
        // on a busy shared machine Saxony-Anhalt's history alone has taken four minutes
        await().atMost(Duration.ofMinutes(10)).untilAsserted(() -> assertThat(demoRuns())
                .hasSize(DemoImport.FILES.size()).allMatch(run -> run.state() == State.DONE));
    }

    /** The demo's own import runs, oldest first (other tests of this application import as someone else). */
    private List<ImportStatus> demoRuns() {
        var runs = new ArrayList<>(imports.all().stream().filter(run -> DemoImport.PRINCIPAL.equals(run.by()))
                .toList());
        Collections.reverse(runs);
        return runs;
    }

    @Test
    void each_demo_file_imports_on_an_empty_store_without_refusals_and_only_once() throws IOException {
        awaitDemoImported();
        var imported = demoRuns();
        assertThat(imported).allSatisfy(run -> {
            assertThat(run.refusals()).as("refused lines").isEmpty();
            assertThat(run.applied()).isEqualTo(run.total()).isPositive();
        });
        assertThat(imported).as("one run per file, in the order of DemoImport.FILES, Saxony-Anhalt's first")
                .extracting(ImportStatus::total).containsExactlyElementsOf(DemoImport.FILES.stream()
                        .map(DemoImportTest::commandLines).toList());

        demo.importOnEmptyStore();
        assertThat(demoRuns()).hasSize(DemoImport.FILES.size());

        var head = store.createHeadToken().position();
        for (int i = 0; i < DemoImport.FILES.size(); i++) {
            var file = directory.resolve("demo-" + i + ".ndjson");
            try (var in = new ClassPathResource(DemoImport.FILES.get(i)).getInputStream()) {
                Files.copy(in, file);
            }
            var again = imports.runHere(file, false, "office", status -> {
            });
            assertThat(again.unchanged()).as(DemoImport.FILES.get(i)).isEqualTo(imported.get(i).total());
            assertThat(again.refused()).isZero();
        }
        assertThat(store.createHeadToken().position()).isEqualTo(head);
    }
}
