package de.regionet.infra.network;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import de.regionet.infra.ApiClient;
import de.regionet.infra.RegioNetApplication;
import de.regionet.infra.TestUsers;
import de.regionet.infra.mongo.TestMongo;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static de.regionet.infra.network.BeforeNetworksStore.AGREEMENT;
import static de.regionet.infra.network.BeforeNetworksStore.CALL;
import static de.regionet.infra.network.BeforeNetworksStore.NETWORK_EVENT;
import static de.regionet.infra.network.BeforeNetworksStore.NEWS;
import static de.regionet.infra.network.BeforeNetworksStore.PROGRAMME;
import static de.regionet.infra.network.BeforeNetworksStore.PROJECT;
import static de.regionet.infra.network.BeforeNetworksStore.REKO_CONTACT;
import static de.regionet.infra.network.BeforeNetworksStore.TARGET_AGREEMENT;
import static de.regionet.infra.network.BeforeNetworksStore.WORKING_GROUP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Acceptance 3 of issue 22: data stored before networks existed keeps working. The application boots on a fresh
 * in-memory server holding the store RegioNet wrote at commit 02a0b49 ({@link BeforeNetworksStore}); every fact in it
 * belongs to Saxony-Anhalt's network without a stored byte changed (no upcaster: the kernel's records default the
 * missing network), its legacy office (no grants) still acts on it, another network's office does not (which is how
 * the programme, the agreement and the network event show whose they are), the audit answers as of a past day, and
 * read models rebuilt from it answer as before.
 */
class StoreBeforeNetworksTest {

    private static final String SA = "sachsen-anhalt";

    @TempDir
    static Path dataDir;

    private static TestMongo.Server server;
    private static ConfigurableApplicationContext application;
    private static int port;

    @BeforeAll
    static void theStoreWrittenBeforeNetworks() {
        server = TestMongo.server("regionet");
        try (var client = server.client()) {
            BeforeNetworksStore.loadInto(client.getDatabase(server.database()));
        }
        var arguments = new ArrayList<>(List.of("--server.port=0", "--regionet.data-dir=" + dataDir,
                "--regionet.eventstore.checkpoint-interval=32"));
        arguments.addAll(server.arguments());
        application = new SpringApplicationBuilder(RegioNetApplication.class).run(arguments.toArray(String[]::new));
        port = Integer.parseInt(application.getEnvironment().getRequiredProperty("local.server.port"));
        await().atMost(Duration.ofSeconds(180)).until(() -> office().get("/api/news/" + NEWS.get(3)).status() == 200
                && office().get("/api/contact-persons/" + REKO_CONTACT).status() == 200
                && office().get("/api/projects/" + PROJECT).status() == 200);
    }

    @AfterAll
    static void stop() {
        application.close();
        server.close();
    }

    @Test
    void the_old_store_verifies_and_its_stored_bytes_are_unchanged() {
        var verification = new ApiClient(port).as(TestUsers.AUDITOR).get("/api/audit/verification");

        assertThat(verification.status()).as(verification.body()).isEqualTo(200);
        assertThat(verification.json().get("result").asString()).as(verification.body()).isEqualTo("ok");
        var events = application.getBean(MongoDatabase.class).getCollection("events");
        for (var stored : BeforeNetworksStore.documents("events")) {
            var now = events.find(Filters.eq("_id", stored.get("_id"))).first();
            assertThat(now).as("position " + stored.get("_id")).isNotNull();
            for (var field : List.of("payloadType", "payload", "metaData", "prevHash", "hash")) {
                assertThat(now.get(field)).as(field + " at " + stored.get("_id")).isEqualTo(stored.get(field));
            }
        }
    }

    @Test
    void every_region_stored_before_belongs_to_saxony_anhalts_network() {
        var anonymous = new ApiClient(port);

        assertThat(keys(anonymous.get("/api/networks/" + SA + "/regions").json())).contains("15001", "15089");
        assertThat(keys(anonymous.get("/api/networks/nordrhein-westfalen/regions").json()))
                .doesNotContain("15001", "15089");
        for (var key : List.of("15001", "15089")) {
            assertThat(anonymous.get("/api/regions/" + key).json().get("network").asString()).isEqualTo(SA);
        }
    }

    @Test
    void news_stored_before_reads_as_saxony_anhalts_and_the_network_event_still_reads() {
        var anonymous = new ApiClient(port);

        for (var news : NEWS) {
            var read = anonymous.get("/api/news/" + news);
            assertThat(read.status()).as(read.body()).isEqualTo(200);
            assertThat(read.json().get("network").asString()).as(news).isEqualTo(SA);
        }
        var event = anonymous.get("/api/network-events/" + NETWORK_EVENT);
        assertThat(event.status()).as(event.body()).isEqualTo(200);
        assertThat(event.body()).contains("Landesweite Netzwerkkonferenz REGIO AKTIV 2027");
    }

    @Test
    void the_state_wide_agreement_stored_before_is_shared_within_saxony_anhalts_network_only() {
        var shared = new ApiClient(port).as(TestUsers.SPONSOR).get("/api/agreements/" + AGREEMENT);
        var publicPart = new ApiClient(port).as(TestUsers.OFFICE_NRW).get("/api/agreements/" + AGREEMENT);

        assertThat(shared.status()).as(shared.body()).isEqualTo(200);
        assertThat(shared.json().get("parties").toString()).contains("15001", "15089");
        assertThat(publicPart.status()).as(publicPart.body()).isEqualTo(200);
        assertThat(shared.json().size()).as("the network's own readers see more than the public part")
                .isGreaterThan(publicPart.json().size());
        assertThat(new ApiClient(port).get("/api/programmes/" + PROGRAMME).status()).isEqualTo(200);
    }

    @Test
    void the_legacy_office_still_acts_on_what_was_stored_and_another_networks_office_is_refused() {
        var nrw = new ApiClient(port).as(TestUsers.OFFICE_NRW);
        Map<String, Command> commands = new LinkedHashMap<>();
        commands.put("a region's working group", client -> client.post("/api/working-groups/" + WORKING_GROUP
                + "/members", "{\"organisation\":\"IHK Magdeburg\",\"category\":\"BUSINESS\"}"));
        commands.put("a region's target agreement", client -> client.post("/api/target-agreements/"
                + TARGET_AGREEMENT + "/reviews", "{\"date\":\"2024-09-20\",\"assessment\":\"ON_TRACK\"}"));
        commands.put("news", client -> client.put("/api/news/" + NEWS.get(3), """
                {"title":"Erste Ergebnisse aus dem Förderbereich L","teaser":"Berichtigt","body":"Text",
                 "regionKeys":[],"fundingAreas":["L"]}""", "If-Match", "*"));
        commands.put("the state-wide agreement", client -> client.post("/api/agreements/" + AGREEMENT
                + "/accessions", "{\"party\":\"IHK Halle-Dessau\",\"accededOn\":\"2024-06-01\"}"));
        commands.put("the programme", client -> client.post("/api/programmes/" + PROGRAMME + "/amendments", """
                {"effectiveFrom":"2026-01-01","addAreas":[{"code":"N","title":"Fachkräftesicherung"}]}"""));
        commands.put("a network event", client -> client.put("/api/network-events/" + NETWORK_EVENT + "/schedule",
                "{\"start\":\"2027-03-10T09:00:00+01:00\",\"end\":\"2027-03-10T17:00:00+01:00\"}"));

        commands.forEach((what, command) -> {
            var refused = command.send(nrw);
            assertThat(refused.status()).as(what + " by office-nrw: " + refused.body()).isIn(403, 404);
        });
        commands.forEach((what, command) -> {
            var done = command.send(office());
            assertThat(done.status()).as(what + " by office: " + done.body()).isBetween(200, 204);
        });
        assertThat(nrw.get("/api/contact-persons?regionKey=15089").status()).isIn(403, 404);
        assertThat(nrw.get("/api/target-agreements/" + TARGET_AGREEMENT).status()).isEqualTo(404);
    }

    @Test
    void contact_persons_stored_before_still_open_with_their_keys() {
        var contact = office().get("/api/contact-persons/" + REKO_CONTACT);

        assertThat(contact.status()).as(contact.body()).isEqualTo(200);
        assertThat(contact.body()).contains("Erika Musterfrau (fiktiv)", "REKO Salzlandkreis");
        assertThat(new ApiClient(port).get("/api/public/contact-persons?regionKey=15089").body())
                .contains("Erika Musterfrau (fiktiv)");
    }

    @Test
    void the_audit_answers_the_state_of_an_old_stream_as_of_a_past_day() {
        var auditor = new ApiClient(port).as(TestUsers.AUDITOR);

        var before = auditor.get("/api/audit/streams/working-group/" + WORKING_GROUP + "/state?asOf=2022-06-07");
        var established = auditor.get("/api/audit/streams/working-group/" + WORKING_GROUP + "/state?asOf=2022-12-31");

        assertThat(before.status()).as(before.body()).isEqualTo(404);
        assertThat(established.status()).as(established.body()).isEqualTo(200);
        assertThat(established.json().get("state").get("name").asString())
                .isEqualTo("Regionaler Arbeitskreis Salzlandkreis");
        assertThat(established.json().get("state").get("members")).hasSize(9);
        var call = auditor.get("/api/audit/streams/call/" + CALL + "/state?asOf=2023-06-01");
        assertThat(call.status()).as(call.body()).isEqualTo(200);
    }

    @Test
    void read_models_rebuilt_from_the_old_store_answer_as_before() {
        var reads = List.of("/api/networks/" + SA + "/regions", "/api/regions/15089", "/api/news/" + NEWS.get(0),
                "/api/network-events/" + NETWORK_EVENT, "/api/programmes/" + PROGRAMME, "/api/agreements/" + AGREEMENT,
                "/api/calls/" + CALL, "/api/projects/" + PROJECT, "/api/working-groups/" + WORKING_GROUP,
                "/api/contact-persons/" + REKO_CONTACT, "/api/results?region=15089");
        var answers = new LinkedHashMap<String, String>();
        reads.forEach(path -> answers.put(path, office().get(path).body()));

        for (var projection : List.of("regions", "news", "network_events", "programmes", "agreements", "calls",
                "projects", "working_groups", "contact_persons", "results")) {
            var replay = office().post("/api/admin/projections/" + projection + "/replay", "");
            assertThat(replay.status()).as(projection + ": " + replay.body()).isEqualTo(202);
            await().atMost(Duration.ofSeconds(120)).until(() -> {
                var status = office().get("/api/admin/projections/" + projection).json();
                return status.get("state").asString().equals("running") && status.get("rebuilding").isEmpty();
            });
        }

        reads.forEach(path -> await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(office().get(path).body()).as(path).isEqualTo(answers.get(path))));
    }

    private static ApiClient office() {
        return new ApiClient(port).as(TestUsers.OFFICE);
    }

    private static List<String> keys(JsonNode regions) {
        var keys = new ArrayList<String>();
        regions.forEach(region -> keys.add(region.get("key").asString()));
        return keys;
    }

    private interface Command {
        ApiClient.Response send(ApiClient client);
    }
}
