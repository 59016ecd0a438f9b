package de.regionet.query.live;

import de.regionet.kernel.access.Actor;
import de.regionet.kernel.access.Role;
import de.regionet.kernel.region.RegionKey;
import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** A topic names its destination exactly, or per region, and admits whom its subscribers say. */
class LiveTopicTest {

    private static final LiveTopic PLAIN = LiveTopic.of("/topic/plain", Subscribers.SIGNED_IN);
    private static final LiveTopic PER_REGION = LiveTopic.of("/topic/per.{region}", Subscribers.READERS_OF_THE_REGION);
    private static final Optional<Actor> COORDINATOR = Optional.of(new Actor("c", Set.of(Role.REGIONAL_COORDINATOR),
            Set.of(new RegionKey("15001")), null));

    @Test
    void a_plain_topic_matches_its_destination_exactly() {
        assertThat(PLAIN.matches("/topic/plain")).isTrue();
        assertThat(PLAIN.matches("/topic/plain.15001")).isFalse();
        assertThat(PLAIN.matches("/topic/**")).isFalse();
        assertThat(PLAIN.matches(null)).isFalse();
    }

    @Test
    void a_regions_topic_matches_each_region_and_admits_by_the_region_named() {
        assertThat(PER_REGION.route("15001").destination()).isEqualTo("/topic/per.15001");
        assertThat(PER_REGION.matches("/topic/per.15001")).isTrue();
        assertThat(PER_REGION.admits(COORDINATOR, "/topic/per.15001")).isTrue();
        assertThat(PER_REGION.admits(COORDINATOR, "/topic/per.15089")).isFalse();
    }

    @Test
    void a_regions_topic_has_no_destination_without_a_region() {
        assertThatIllegalStateException().isThrownBy(PER_REGION::route);
    }

    @Test
    void a_live_topic_is_under_topic() {
        assertThatIllegalArgumentException().isThrownBy(() -> LiveTopic.of("/queue/x", Subscribers.ANYONE));
    }

    @Test
    void a_subscription_is_registered_at_its_destination_unless_signed_in_readers_get_a_wider_one() {
        var wider = LiveTopic.of("/topic/plain.wide", Subscribers.SIGNED_IN);
        var narrow = LiveTopic.of("/topic/plain", Subscribers.ANYONE).signedInReadersGet(wider);
        assertThat(narrow.registeredFor(Optional.empty(), "/topic/plain")).isEqualTo("/topic/plain");
        assertThat(narrow.registeredFor(COORDINATOR, "/topic/plain")).isEqualTo("/topic/plain.wide");
        assertThat(PLAIN.registeredFor(COORDINATOR, "/topic/plain")).isEqualTo("/topic/plain");
        assertThat(PER_REGION.registeredFor(COORDINATOR, "/topic/per.15001")).isEqualTo("/topic/per.15001");
    }
}
