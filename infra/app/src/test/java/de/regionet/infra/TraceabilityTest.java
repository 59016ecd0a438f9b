package de.regionet.infra;

import de.regionet.kernel.EventMetaData;
import de.regionet.kernel.personal.PersonalDataVault;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every stored event says who caused it (a user by its pseudonym, ADR 0022), in which request, and because of which
 * message.
 */
@RegioNetTest
class TraceabilityTest {

    @LocalServerPort
    int port;

    @Autowired
    EventStorageEngine events;

    @Autowired
    PersonalDataVault vault;

    @Test
    void events_carry_the_principal_its_roles_the_request_id_and_the_causing_command() {
        var office = new ApiClient(port).as(TestUsers.OFFICE);
        var coordinator = new ApiClient(port).as(TestUsers.COORDINATOR_SALZLAND);
        var registered = office.post("/api/regions", """
                {"key":"99018","name":"Salzlandkreis","kind":"DISTRICT"}""", "X-Request-Id", "req-register-99018");
        assertThat(registered.header("X-Request-Id")).isEqualTo("req-register-99018");
        var established = coordinator.post("/api/working-groups", """
                {"regionKey":"99018","name":"RAK Salzlandkreis",
                 "establishedOn":"2021-01-01"}""", "X-Request-Id", "req-rak-99018");
        assertThat(established.status()).isEqualTo(201);

        var stored = storedEvents().stream()
                .filter(event -> "99018".equals(event.getMetaData().get(EventMetaData.REGION_KEY))).toList();
        assertThat(stored).hasSize(3);
        var registration = stored.get(0).getMetaData();
        assertThat(registration).containsEntry(EventMetaData.PRINCIPAL, pseudonymOf(TestUsers.OFFICE))
                .containsEntry(EventMetaData.CORRELATION_ID, "req-register-99018")
                .containsEntry(EventMetaData.REGION_KEY, "99018")
                .containsKeys(EventMetaData.CAUSATION_ID, EventMetaData.TRACE_ID);
        assertThat(registration.get(EventMetaData.PRINCIPAL_ROLES)).isEqualTo(List.of("NETWORK_OFFICE"));

        var attached = stored.get(1).getMetaData();
        var spawned = stored.get(2).getMetaData();
        for (var metaData : List.of(attached, spawned)) {
            assertThat(metaData).containsEntry(EventMetaData.PRINCIPAL, pseudonymOf(TestUsers.COORDINATOR_SALZLAND))
                    .containsEntry(EventMetaData.CORRELATION_ID, "req-rak-99018");
            assertThat(metaData.get(EventMetaData.PRINCIPAL_ROLES)).isEqualTo(List.of("REGIONAL_COORDINATOR"));
            assertThat(metaData).doesNotContainKeys(EventMetaData.PRINCIPAL_REGIONS);
        }
        assertThat(attached.get(EventMetaData.CAUSATION_ID)).as("both caused by the same command")
                .isEqualTo(spawned.get(EventMetaData.CAUSATION_ID))
                .isNotEqualTo(registration.get(EventMetaData.CAUSATION_ID));
    }

    @Test
    void a_request_without_an_id_gets_one_and_its_events_carry_it() {
        var office = new ApiClient(port).as(TestUsers.OFFICE);
        var response = office.post("/api/regions", """
                {"key":"15090","name":"Stendal","kind":"DISTRICT"}""", "X-Request-Id", "bad id\twith blanks");
        var generated = response.header("X-Request-Id");
        assertThat(generated).matches("[0-9a-f-]{36}");
        assertThat(storedEvents()).filteredOn(event -> "15090".equals(event.getMetaData().get(EventMetaData.REGION_KEY)))
                .singleElement().satisfies(event -> assertThat(event.getMetaData())
                        .containsEntry(EventMetaData.CORRELATION_ID, generated));
    }

    @Test
    void refusals_are_answered_with_the_request_id_too() {
        var response = new ApiClient(port).get("/api/network/overview");
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.header("X-Request-Id")).isNotBlank();
    }

    private String pseudonymOf(String user) {
        return vault.userSubject(user).value();
    }

    private List<? extends EventMessage<?>> storedEvents() {
        try (var stream = events.readEvents(null, false)) {
            return stream.toList();
        }
    }
}
