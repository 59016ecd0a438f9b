package de.regionet.query.network;

import de.regionet.kernel.access.Actor;
import de.regionet.kernel.access.Role;
import de.regionet.kernel.region.RegionKey;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Every event goes to the audit and the network-activity topics, which the office and auditors alone read. */
class NetworkTopicsTest {

    private final NetworkTopics topics = new NetworkTopics();

    @Test
    void every_event_goes_to_the_audit_and_the_network_activity_topics() {
        assertThat(topics.routes("any event", Map.of())).extracting(route -> route.destination())
                .containsExactly("/topic/audit", "/topic/network-activity");
    }

    @Test
    void the_audit_topic_names_who_caused_each_event_the_dashboard_does_not() {
        assertThat(NetworkTopics.AUDIT.namesOrigin()).isTrue();
        assertThat(NetworkTopics.NETWORK_ACTIVITY.namesOrigin()).isFalse();
    }

    @Test
    void the_network_office_and_auditors_read_them_a_coordinator_does_not() {
        var office = Optional.of(new Actor("o", Set.of(Role.NETWORK_OFFICE), Set.of(), null));
        var auditor = Optional.of(new Actor("a", Set.of(Role.AUDITOR), Set.of(), null));
        var coordinator = Optional.of(new Actor("c", Set.of(Role.REGIONAL_COORDINATOR),
                Set.of(new RegionKey("15001")), null));
        for (var topic : topics.topics()) {
            assertThat(topic.admits(office, topic.destination())).isTrue();
            assertThat(topic.admits(auditor, topic.destination())).isTrue();
            assertThat(topic.admits(coordinator, topic.destination())).isFalse();
            assertThat(topic.admits(Optional.empty(), topic.destination())).isFalse();
        }
    }
}
