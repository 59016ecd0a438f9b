package de.regionet.query.live;

import de.regionet.kernel.EventMetaData;
import de.regionet.kernel.networkevent.NetworkEventFact.AttendeeRegistered;
import de.regionet.kernel.networkevent.NetworkEventId;
import de.regionet.kernel.networkevent.RegistrationId;
import de.regionet.kernel.networkevent.SealedParticipant;
import de.regionet.kernel.personal.Sealed;
import de.regionet.kernel.personal.SubjectId;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** The live feed asks every declaration where an event goes and builds one message for it, with origin where asked. */
class LiveRoutingTest {

    private static final LiveTopic SUMMARY = LiveTopic.of("/topic/summary", Subscribers.ANYONE);
    private static final LiveTopic ORIGIN = LiveTopic.of("/topic/origin", Subscribers.SIGNED_IN).withOrigin();

    private static LiveTopics declaring(LiveTopic topic) {
        return new LiveTopics() {
            @Override
            public List<LiveTopic> topics() {
                return List.of(topic);
            }

            @Override
            public List<LiveTopic.Route> routes(Object payload, Map<String, ?> metaData) {
                return List.of(topic.route());
            }
        };
    }

    private static final GenericDomainEventMessage<String> EVENT = new GenericDomainEventMessage<>("News", "n-1", 4,
            "published", Map.of(EventMetaData.REGION_KEY, "15089", EventMetaData.PRINCIPAL, "redaktion",
            EventMetaData.CORRELATION_ID, "req-7"));

    @Test
    void each_destination_gets_the_events_summary_and_a_topic_with_origin_names_who_caused_it() {
        var deliveries = new LiveRouting(List.of(declaring(SUMMARY), declaring(ORIGIN)))
                .deliveries(EVENT.getPayload(), EVENT, 42L);

        assertThat(deliveries).extracting(LiveRouting.Delivery::topic).containsExactly("/topic/summary",
                "/topic/origin");
        var summary = deliveries.get(0).message();
        assertThat(summary).isEqualTo(new LiveMessage("String", "n-1", 4, 42L, EVENT.getTimestamp(), "15089",
                "published", null, null));
        assertThat(deliveries.get(1).message()).isEqualTo(new LiveMessage("String", "n-1", 4, 42L,
                EVENT.getTimestamp(), "15089", "published", "redaktion", "req-7"));
    }

    /** An event with personal data, sealed: live messages carry its ids and states, never the ciphertext. */
    record Registered(String registrationId, Sealed name, boolean waitlisted) {
    }

    @Test
    void sealed_personal_data_is_left_out_of_the_message() {
        var sealed = new Sealed(new SubjectId("ds-test-0001"), "QW5uYQ");
        var event = new GenericDomainEventMessage<>("Contact", "c-1", 0, new Registered("r-1", sealed, true),
                Map.of(EventMetaData.REGION_KEY, "15089"));
        var message = new LiveRouting(List.of(declaring(SUMMARY))).deliveries(event.getPayload(), event, 7L).get(0)
                .message();
        assertThat(message.type()).isEqualTo("Registered");
        assertThat(message.payload()).isEqualTo(Map.of("registrationId", "r-1", "waitlisted", true));
    }

    @Test
    void a_registration_goes_out_without_its_participant_and_its_link_hash() {
        var subject = new SubjectId("ds-5d4c3b2a-1908-4f7e-8d6c-5b4a39281706");
        var registered = new AttendeeRegistered(new NetworkEventId("e-1"), new RegistrationId("r-1"), "Jobcenter",
                new SealedParticipant(new Sealed(subject, "AQx0bmFtZQ"), new Sealed(subject, "AQx0bWFpbA")), "hash");
        var event = new GenericDomainEventMessage<>("NetworkEvent", "e-1", 2, registered, Map.of());

        var message = new LiveRouting(List.of(declaring(SUMMARY))).deliveries(registered, event, 43L).get(0).message();

        assertThat(message.payload()).isEqualTo(new AttendeeRegistered(new NetworkEventId("e-1"),
                new RegistrationId("r-1"), "Jobcenter"));
    }

    @Test
    void a_destination_two_features_declare_is_refused() {
        assertThatIllegalStateException().isThrownBy(() -> new LiveRouting(List.of(declaring(SUMMARY),
                declaring(LiveTopic.of("/topic/summary", Subscribers.SIGNED_IN)))));
    }
}
