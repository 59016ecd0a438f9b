package de.regionet.infra.eventstore;

import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class TypeRenamesTest {

    private static final Jackson3Serializer SERIALIZER = Jackson3Serializer.builder()
            .jsonMapperBuilderCustomizer(EventStoreConfiguration.TRUSTED_TYPES).build();

    private final TypeRenames renames = new TypeRenames(Map.of(
            "de.regionet.infra.eventstore.Old$", "de.regionet.infra.eventstore.TypeRenamesTest$",
            "de.regionet.old.", "de.regionet.infra.eventstore."));

    record Moved(String title) {
    }

    @Test
    void an_event_stored_under_an_old_name_is_read_under_todays_name_with_its_stored_bytes_untouched() {
        var stored = new GenericDomainEventEntry<>("News", "n-1", 0, "e-1", "2026-12-02T10:00:00Z",
                "de.regionet.infra.eventstore.Old$Moved", null, "{\"title\":\"Ausbildungsmesse\"}", "{}");

        var read = new EventUpcasterChain(renames).upcast(Stream.of(new InitialEventRepresentation(stored, SERIALIZER)))
                .toList();

        assertThat(read).singleElement().satisfies(event -> {
            assertThat(event.getType().getName()).isEqualTo(Moved.class.getName());
            Object payload = SERIALIZER.deserialize(event.getData());
            assertThat(payload).isEqualTo(new Moved("Ausbildungsmesse"));
        });
        assertThat(stored.getPayload().getType().getName()).isEqualTo("de.regionet.infra.eventstore.Old$Moved");
    }

    @Test
    void a_renamed_package_maps_every_type_in_it_and_other_names_stay() {
        assertThat(renames.current("de.regionet.old.AuditLog")).isEqualTo("de.regionet.infra.eventstore.AuditLog");
        assertThat(renames.current("de.regionet.kernel.news.NewsEvent$NewsDrafted"))
                .isEqualTo("de.regionet.kernel.news.NewsEvent$NewsDrafted");
    }
}
