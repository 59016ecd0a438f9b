package de.regionet.query.region;

import de.regionet.kernel.EventMetaData;
import de.regionet.kernel.access.Actor;
import de.regionet.kernel.access.Role;
import de.regionet.kernel.region.RegionKey;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** An event goes to the topic of each region it concerns, which whoever may read the region reads. */
class RegionTopicsTest {

    private final RegionTopics topics = new RegionTopics();

    private List<String> destinationsOf(Map<String, Object> metaData) {
        return topics.routes("an event", metaData).stream().map(route -> route.destination()).toList();
    }

    @Test
    void an_event_goes_to_its_regions_topic() {
        assertThat(destinationsOf(Map.of(EventMetaData.REGION_KEY, "15089"))).containsExactly("/topic/regions.15089");
    }

    @Test
    void an_event_concerning_several_regions_goes_to_each_once() {
        assertThat(destinationsOf(Map.of(EventMetaData.REGION_KEY, "15089",
                EventMetaData.REGION_KEYS, List.of("15001", "15089"))))
                .containsExactly("/topic/regions.15089", "/topic/regions.15001");
    }

    @Test
    void an_event_of_no_region_goes_to_no_regions_topic() {
        assertThat(destinationsOf(Map.of())).isEmpty();
    }

    @Test
    void the_regions_coordination_the_office_and_auditors_read_it_others_do_not() {
        var coordinator = Optional.of(new Actor("c", Set.of(Role.REGIONAL_COORDINATOR),
                Set.of(new RegionKey("15001")), null));
        var auditor = Optional.of(new Actor("a", Set.of(Role.AUDITOR), Set.of(), null));
        var sponsor = Optional.of(new Actor("s", Set.of(Role.PROJECT_SPONSOR), Set.of(), "Bildungswerk"));
        assertThat(RegionTopics.REGION.admits(coordinator, "/topic/regions.15001")).isTrue();
        assertThat(RegionTopics.REGION.admits(coordinator, "/topic/regions.15089")).isFalse();
        assertThat(RegionTopics.REGION.admits(auditor, "/topic/regions.15089")).isTrue();
        assertThat(RegionTopics.REGION.admits(sponsor, "/topic/regions.15001")).isFalse();
        assertThat(RegionTopics.REGION.admits(Optional.empty(), "/topic/regions.15001")).isFalse();
    }

    @Test
    void only_a_five_digit_key_names_a_regions_topic() {
        assertThat(RegionTopics.REGION.matches("/topic/regions.15089")).isTrue();
        assertThat(RegionTopics.REGION.matches("/topic/regions.1508")).isFalse();
        assertThat(RegionTopics.REGION.matches("/topic/regions.*")).isFalse();
        assertThat(RegionTopics.REGION.matches("/topic/regions.{region}")).isFalse();
    }
}
