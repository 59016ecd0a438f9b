package de.regionet.query.result;

import de.regionet.kernel.EventMetaData;
import de.regionet.kernel.Period;
import de.regionet.kernel.access.Actor;
import de.regionet.kernel.access.Role;
import de.regionet.kernel.indicator.IndicatorValues;
import de.regionet.kernel.project.Audience;
import de.regionet.kernel.project.ProjectEvent.ProjectCompleted;
import de.regionet.kernel.project.ProjectEvent.ResultRecorded;
import de.regionet.kernel.project.ProjectEvent.ResultShared;
import de.regionet.kernel.project.ProjectId;
import de.regionet.kernel.project.ResultId;
import de.regionet.query.live.LiveTopic;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** A recorded result goes live to the topics of its audience; signed-in readers follow the network's results. */
class ResultTopicsTest {

    private static final Map<String, Object> IN_15089 = Map.of(EventMetaData.REGION_KEY, "15089");
    private static final Optional<Actor> SPONSOR = Optional.of(new Actor("s", Set.of(Role.PROJECT_SPONSOR), Set.of(),
            "Bildungswerk"));

    private final ResultTopics topics = new ResultTopics(de.regionet.kernel.network.Networks::known);

    private List<String> destinationsOf(Audience audience) {
        var result = new ResultRecorded(new ProjectId("p-1"), new ResultId("r-1"),
                new Period(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30)), IndicatorValues.NONE, "Bilanz",
                List.of(), audience, null, LocalDate.of(2025, 7, 1));
        return topics.routes(result, IN_15089).stream().map(LiveTopic.Route::destination).toList();
    }

    @Test
    void a_public_result_goes_to_the_public_and_every_signed_in_readers_results_topics() {
        assertThat(destinationsOf(Audience.PUBLIC)).containsExactly("/topic/results", "/topic/results.network",
                "/topic/results.network.sachsen-anhalt", "/topic/results.network.nordrhein-westfalen",
                "/topic/results.network.hessen");
    }

    @Test
    void a_nation_wide_result_goes_to_every_signed_in_readers_results_topics_only() {
        assertThat(destinationsOf(Audience.NATION_WIDE)).containsExactly("/topic/results.network",
                "/topic/results.network.sachsen-anhalt", "/topic/results.network.nordrhein-westfalen",
                "/topic/results.network.hessen");
    }

    @Test
    void a_result_shared_with_its_network_goes_to_that_networks_results_topic_only() {
        assertThat(destinationsOf(Audience.NETWORK)).containsExactly("/topic/results.network.sachsen-anhalt");
    }

    @Test
    void a_result_shared_wider_goes_to_the_topics_of_its_new_audience() {
        var shared = new ResultShared(new ProjectId("p-1"), new ResultId("r-1"), Audience.PUBLIC,
                LocalDate.of(2025, 8, 1));
        assertThat(topics.routes(shared, IN_15089)).extracting(LiveTopic.Route::destination)
                .contains("/topic/results", "/topic/results.network", "/topic/results.network.hessen");
    }

    @Test
    void a_region_result_goes_to_neither_results_topic() {
        assertThat(destinationsOf(Audience.REGION)).isEmpty();
    }

    @Test
    void other_project_events_are_no_results() {
        var completed = new ProjectCompleted(new ProjectId("p-1"), LocalDate.of(2025, 7, 1), "Bericht", List.of());
        assertThat(topics.routes(completed, IN_15089)).isEmpty();
    }

    @Test
    void anyone_reads_the_public_results_and_every_signed_in_reader_the_networks() {
        assertThat(ResultTopics.RESULTS.admits(Optional.empty(), "/topic/results")).isTrue();
        assertThat(ResultTopics.NETWORK_RESULTS.admits(Optional.empty(), "/topic/results.network")).isFalse();
        assertThat(ResultTopics.NETWORK_RESULTS.admits(SPONSOR, "/topic/results.network")).isTrue();
    }

    @Test
    void a_signed_in_readers_results_are_its_networks_and_a_reader_of_several_networks_gets_the_nation_wide_ones() {
        var ofOne = Optional.of(new Actor("office-nrw", List.of(de.regionet.kernel.access.Grant.in(
                de.regionet.kernel.network.Networks.known().get(1), Role.NETWORK_OFFICE, Set.of())), null));
        var ofTwo = Optional.of(new Actor("office-nrw", List.of(de.regionet.kernel.access.Grant.in(
                de.regionet.kernel.network.Networks.known().get(1), Role.NETWORK_OFFICE, Set.of()),
                de.regionet.kernel.access.Grant.in(de.regionet.kernel.network.Networks.known().get(2), Role.AUDITOR,
                        Set.of())), null));
        assertThat(ResultTopics.RESULTS.registeredFor(ofOne, "/topic/results"))
                .isEqualTo("/topic/results.network.nordrhein-westfalen");
        assertThat(ResultTopics.RESULTS.registeredFor(ofTwo, "/topic/results")).isEqualTo("/topic/results.network");
        assertThat(ResultTopics.RESULTS.registeredFor(SPONSOR, "/topic/results")).as("roles that hold everywhere")
                .isEqualTo("/topic/results.network");
        assertThat(ResultTopics.RESULTS.registeredFor(Optional.empty(), "/topic/results")).isEqualTo("/topic/results");
    }
}
