package de.regionet.infra;

import de.regionet.infra.eventstore.EventStoreConfiguration;
import de.regionet.kernel.auditlog.AuditLogEvent.HistoryRead;
import de.regionet.kernel.networkevent.NetworkEventFact.NetworkEventDrafted;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Events stored before a type was renamed are read as today's type, from the very JSON their approval files pin. */
class StoredTypeNamesTest {

    private static final Jackson3Serializer SERIALIZER = Jackson3Serializer.builder()
            .jsonMapperBuilderCustomizer(EventStoreConfiguration.TRUSTED_TYPES).build();

    @ParameterizedTest(name = "{0} is read as {1}")
    @CsvSource({
            "de.regionet.kernel.networkevent.NetworkEventEvent$NetworkEventDrafted, NetworkEventDrafted",
            "de.regionet.kernel.audit.AuditLogEvent$HistoryRead, HistoryRead"})
    void an_event_stored_under_its_old_type_name_is_read_as_todays_type(String storedType, String event)
            throws Exception {
        var json = Files.readString(approvalFile(event));
        var stored = new GenericDomainEventEntry<>("Stream", "id-1", 0, "e-1", "2025-03-01T09:00:00Z", storedType,
                null, json, "{}");

        var read = new EventUpcasterChain(new StoredTypeNames().typeRenames())
                .upcast(Stream.of(new InitialEventRepresentation(stored, SERIALIZER))).toList();

        Object payload = SERIALIZER.deserialize(read.get(0).getData());
        assertThat(payload).isInstanceOfAny(NetworkEventDrafted.class, HistoryRead.class);
        assertThat(payload.getClass().getSimpleName()).isEqualTo(event);
    }

    private static Path approvalFile(String event) {
        for (var dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            var file = dir.resolve("shared-kernel/src/test/resources/events/" + event + ".json");
            if (Files.isRegularFile(file)) {
                return file;
            }
        }
        throw new IllegalStateException("no approval file for " + event);
    }
}
