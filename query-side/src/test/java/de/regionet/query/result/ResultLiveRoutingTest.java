package de.regionet.query.result;

import de.regionet.kernel.EventMetaData;
import de.regionet.kernel.Period;
import de.regionet.kernel.indicator.IndicatorValues;
import de.regionet.kernel.project.Audience;
import de.regionet.kernel.project.ProjectEvent.ResultRecorded;
import de.regionet.kernel.project.ProjectId;
import de.regionet.kernel.project.ResultId;
import de.regionet.query.live.LiveFeed;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A recorded result goes live to the topics of its audience, and to its region's topic whatever the audience. */
class ResultLiveRoutingTest {

    private static List<String> topicsOf(Audience audience) {
        var result = new ResultRecorded(new ProjectId("p-1"), new ResultId("r-1"),
                new Period(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30)), IndicatorValues.NONE, "Bilanz",
                List.of(), audience, null, LocalDate.of(2025, 7, 1));
        var event = new GenericDomainEventMessage<>("Project", "p-1", 3, result,
                Map.of(EventMetaData.REGION_KEY, "15089"));
        return LiveFeed.deliveries(result, event, 42L).stream().map(LiveFeed.Delivery::topic).toList();
    }

    @Test
    void a_public_result_goes_to_the_public_and_the_network_results_topics() {
        assertThat(topicsOf(Audience.PUBLIC)).contains(LiveFeed.RESULTS_TOPIC, LiveFeed.NETWORK_RESULTS_TOPIC,
                "/topic/regions.15089");
    }

    @Test
    void a_network_result_goes_to_the_network_results_topic_only() {
        assertThat(topicsOf(Audience.NETWORK)).contains(LiveFeed.NETWORK_RESULTS_TOPIC, "/topic/regions.15089")
                .doesNotContain(LiveFeed.RESULTS_TOPIC);
    }

    @Test
    void a_region_result_goes_to_its_regions_topic_only() {
        assertThat(topicsOf(Audience.REGION)).contains("/topic/regions.15089")
                .doesNotContain(LiveFeed.RESULTS_TOPIC, LiveFeed.NETWORK_RESULTS_TOPIC);
    }
}
