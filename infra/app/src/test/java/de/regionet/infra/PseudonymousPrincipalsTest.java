package de.regionet.infra;

import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.regionet.infra.eventstore.HashV1Store;
import de.regionet.kernel.EventMetaData;
import de.regionet.kernel.networkevent.NetworkEventFact.AttendeeRegistered;
import de.regionet.kernel.personal.PersonalDataVault;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Event metadata names users by their pseudonym (ADR 0022), and events stored before that, with the user name in
 * plain text, are read as if they named the pseudonym too. The application runs on its own store, started from the
 * documents RegioNet stored before issue 21 ({@link HashV1Store}, loaded raw, every principal a user name), because
 * a test here erases users, which no test sharing the application's users could live with.
 */
class PseudonymousPrincipalsTest {

    /** The working group of Dessau-Roßlau (15001) in the stored fixture, recorded by {@code coordinator-dessau}. */
    private static final String DESSAU_GROUP = "1440565b-0109-4ea8-8175-03765f323db6";
    /** The working group of the Salzlandkreis (15089) in the stored fixture, by {@code coordinator-salzland}. */
    private static final String SALZLAND_GROUP = "fce2e877-5dcf-44c0-85cc-9468eed66290";

    @TempDir
    static Path dataDir;

    private static RunningApplication application;
    private static PersonalDataVault vault;
    private static MongoDatabase database;

    @BeforeAll
    static void theStoreWrittenBeforePseudonyms() {
        var server = new MongoServer(new H2Backend(dataDir.resolve("regionet.mv.db").toString()));
        var address = server.bind();
        try (var client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort())) {
            HashV1Store.loadInto(client.getDatabase("regionet"));
        } finally {
            server.shutdown();
        }
        application = RunningApplication.start(dataDir);
        vault = application.bean(PersonalDataVault.class);
        database = application.bean(MongoDatabase.class);
    }

    @AfterAll
    static void stop() {
        application.close();
    }

    @Test
    void an_event_stored_with_a_user_name_is_read_with_the_pseudonym_and_its_stored_bytes_stay_as_they_were() {
        var office = vault.userSubject(TestUsers.OFFICE).value();

        var read = application.bean(EventStore.class).readEvents("15089").asStream().toList();

        assertThat(read).isNotEmpty().allSatisfy(event -> assertThat(event.getMetaData().get(EventMetaData.PRINCIPAL))
                .isIn(office, vault.userSubject(TestUsers.COORDINATOR_SALZLAND).value()));
        assertThat(read.get(0).getMetaData()).containsEntry(EventMetaData.PRINCIPAL, office);
        assertThat(storedMetaData("15089", 0)).as("the stored bytes keep the name")
                .contains("\"principal\":\"office\"");

        var history = auditorReads("/api/audit/streams/region/15089/events");
        assertThat(history.get(0).get("principal").asString()).isEqualTo(TestUsers.OFFICE);
        assertThat(history.get(0).get("principalId").asString()).isEqualTo(office);
        assertThat(history.get(0).get("principalErased").asBoolean()).isFalse();
        assertThat(history.get(1).get("principal").asString()).isEqualTo(TestUsers.COORDINATOR_SALZLAND);
        assertThat(verification()).isEqualTo("ok");
    }

    @Test
    void a_new_command_stores_no_user_name_and_its_user_is_shown_by_name_until_erased() {
        var coordinator = new ApiClient(application.port()).as(TestUsers.COORDINATOR_DESSAU);
        var admitted = coordinator.post("/api/working-groups/" + DESSAU_GROUP + "/members", """
                {"organisation":"Volkshochschule Dessau","category":"OTHER","admittedOn":"2026-12-01"}""");
        assertThat(admitted.status()).as(admitted.body()).isEqualTo(201);
        var pseudonym = vault.userSubject(TestUsers.COORDINATOR_DESSAU).value();

        var stored = storedDocuments(DESSAU_GROUP);
        var recorded = stored.get(stored.size() - 1);
        assertThat(recorded.toJson()).doesNotContain(TestUsers.COORDINATOR_DESSAU)
                .contains("\\\"principal\\\":\\\"" + pseudonym + "\\\"");

        var history = auditorReads("/api/audit/streams/working-group/" + DESSAU_GROUP + "/events");
        assertThat(history).hasSize(stored.size()).allSatisfy(event -> {
            assertThat(event.get("principal").asString()).isEqualTo(TestUsers.COORDINATOR_DESSAU);
            assertThat(event.get("principalId").asString()).isEqualTo(pseudonym);
        });

        assertThat(vault.erase(vault.userSubject(TestUsers.COORDINATOR_DESSAU))).isTrue();

        var erased = auditorReads("/api/audit/streams/working-group/" + DESSAU_GROUP + "/events");
        assertThat(erased).hasSize(stored.size()).allSatisfy(event -> {
            assertThat(event.get("principal").isNull()).as("old and new events alike").isTrue();
            assertThat(event.get("principalErased").asBoolean()).isTrue();
            assertThat(event.get("principalId").asString()).isEqualTo(pseudonym);
        });
        assertThat(auditorReads("/api/audit/streams/working-group/" + SALZLAND_GROUP + "/events"))
                .allSatisfy(event -> assertThat(event.get("principal").asString())
                        .isEqualTo(TestUsers.COORDINATOR_SALZLAND));
        var page = new PageClient(application.port()).signIn(TestUsers.AUDITOR)
                .get("/console/pruefung/working-group/" + DESSAU_GROUP);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("gelöscht").doesNotContain(TestUsers.COORDINATOR_DESSAU);
        assertThat(verification()).as("the chain covers what was stored, which erasure leaves alone").isEqualTo("ok");
    }

    @Test
    void who_registered_before_pseudonyms_may_still_cancel_the_registration_and_nobody_else_may() {
        var office = new ApiClient(application.port()).as(TestUsers.OFFICE);
        var drafted = office.post("/api/network-events", """
                {"title":"Regionalkonferenz Anhalt","description":"Austausch der Regionen",
                 "start":"2031-03-04T10:00:00+01:00","end":"2031-03-04T16:00:00+01:00","location":"Dessau, Bauhaus",
                 "onlineUrl":null,"capacity":20,"regionKeys":["15001"]}""");
        assertThat(drafted.status()).as(drafted.body()).isEqualTo(201);
        var id = drafted.json().get("id").asString();
        assertThat(office.post("/api/network-events/" + id + "/publication", "").status()).isEqualTo(204);
        var registration = UUID.randomUUID().toString();
        var stored = application.bean(JsonMapper.class).readValue("""
                {"eventId":"%s","registrationId":"%s","organisation":"Bildungswerk Salzland"}"""
                .formatted(id, registration), AttendeeRegistered.class);
        application.bean(EventStore.class).publish(new GenericDomainEventMessage<>("NetworkEvent", id, 2, stored,
                MetaData.with(EventMetaData.PRINCIPAL, TestUsers.SPONSOR), UUID.randomUUID().toString(),
                Instant.now()));
        assertThat(storedMetaData(id, 2)).as("stored as before: by name").contains("\"principal\":\"sponsor\"");
        var path = "/api/network-events/" + id + "/registrations/" + registration;

        var foreign = new ApiClient(application.port()).as(TestUsers.COORDINATOR_SALZLAND).delete(path);
        var own = new ApiClient(application.port()).as(TestUsers.SPONSOR).delete(path);

        assertThat(foreign.status()).as(foreign.body()).isEqualTo(403);
        assertThat(own.status()).as(own.body()).isIn(200, 204);
    }

    private static List<Document> storedDocuments(String aggregateId) {
        return database.getCollection("events").find(Filters.eq("aggregateId", aggregateId))
                .into(new ArrayList<>()).stream()
                .sorted(Comparator.comparingLong(document -> document.get("seq", Number.class).longValue()))
                .toList();
    }

    private static String storedMetaData(String aggregateId, long sequence) {
        return storedDocuments(aggregateId).get((int) sequence).getString("metaData");
    }

    private static List<JsonNode> auditorReads(String path) {
        var response = new ApiClient(application.port()).as(TestUsers.AUDITOR).get(path);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        var events = new ArrayList<JsonNode>();
        response.json().get("events").forEach(events::add);
        return events;
    }

    private static String verification() {
        return new ApiClient(application.port()).as(TestUsers.AUDITOR).get("/api/audit/verification").json()
                .get("result").asString();
    }
}
