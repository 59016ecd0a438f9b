package de.regionet.infra.personal;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.regionet.infra.eventstore.EventStoreConfiguration;
import de.regionet.kernel.EventMetaData;
import de.regionet.kernel.access.Principals;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The metadata of an event stored before issue 21 names the user in plain text; read through the upcaster it names
 * the user's pseudonym, and its payload reads as before. The stored event is the first document of the store RegioNet
 * wrote before (fixture {@code store-hash-v1}), exactly as stored.
 */
class PseudonymousPrincipalsUpcastTest {

    private static final Jackson3Serializer SERIALIZER = Jackson3Serializer.builder()
            .jsonMapperBuilderCustomizer(EventStoreConfiguration.TRUSTED_TYPES).build();

    private static MongoServer server;
    private static MongoClient client;

    private MongoPersonalDataVault vault;
    private EventUpcasterChain chain;

    @BeforeAll
    static void startServer() {
        server = new MongoServer(new MemoryBackend());
        client = MongoClients.create("mongodb://" + server.bind().getHostString() + ":" + server.getLocalAddress().getPort());
    }

    @AfterAll
    static void stopServer() {
        client.close();
        server.shutdownNow();
    }

    @BeforeEach
    void newVault() {
        vault = new MongoPersonalDataVault(client.getDatabase("upcast-" + UUID.randomUUID()), Duration.ofSeconds(10));
        chain = new EventUpcasterChain(new PseudonymousPrincipals(vault));
    }

    @Test
    void an_event_stored_with_a_user_name_is_read_with_the_users_pseudonym() throws IOException {
        var stored = firstStoredEvent();
        assertThat(stored.getString("metaData")).contains("\"principal\":\"office\"");

        var read = read(stored.getString("payloadType"), stored.getString("payload"), stored.getString("metaData"));

        assertThat(read.getMetaData().getObject())
                .containsEntry(EventMetaData.PRINCIPAL, vault.userSubject("office").value())
                .containsEntry(EventMetaData.REGION_KEY, "15089")
                .containsEntry(EventMetaData.CORRELATION_ID, "5416a5e9-adc1-4c36-9d6f-5dd6c4f26e82");
        assertThat(vault.userName(vault.userSubject("office"))).as("the name is kept sealed under it")
                .contains("office");
        assertThat(SERIALIZER.deserialize(read.getData()).toString()).contains("Salzlandkreis");
    }

    @ParameterizedTest(name = "a principal {0} is left as it is")
    @ValueSource(strings = {Principals.IMPORT, Principals.DEMO, "u-abcdefghijklmnopqrstuvwxyz"})
    void pseudonyms_and_system_principals_are_left_as_they_are(String principal) throws IOException {
        var stored = firstStoredEvent();
        var metaData = "{\"principal\":\"" + principal + "\",\"regionKey\":\"15089\"}";

        var read = read(stored.getString("payloadType"), stored.getString("payload"), metaData);

        assertThat(read.getMetaData().getObject()).containsEntry(EventMetaData.PRINCIPAL, principal);
    }

    @Test
    void an_event_no_principal_caused_is_left_as_it_is() throws IOException {
        var stored = firstStoredEvent();

        var read = read(stored.getString("payloadType"), stored.getString("payload"), "{\"regionKey\":\"15089\"}");

        assertThat(read.getMetaData().getObject()).doesNotContainKey(EventMetaData.PRINCIPAL);
    }

    private IntermediateEventRepresentation read(String payloadType, String payload, String metaData) {
        var entry = new GenericDomainEventEntry<>("Region", "15089", 0, "e-1", "2026-12-02T17:13:06.232709007Z",
                payloadType, null, payload, metaData);
        var upcast = chain.upcast(Stream.of(new InitialEventRepresentation(entry, SERIALIZER))).toList();
        assertThat(upcast).hasSize(1);
        return upcast.get(0);
    }

    private static Document firstStoredEvent() throws IOException {
        try (var in = Objects.requireNonNull(PseudonymousPrincipalsUpcastTest.class.getResourceAsStream(
                "/fixtures/store-hash-v1/events.ndjson"), "fixture")) {
            return Document.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().findFirst()
                    .orElseThrow());
        }
    }
}
