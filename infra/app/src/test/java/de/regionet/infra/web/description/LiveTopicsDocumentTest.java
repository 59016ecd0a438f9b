package de.regionet.infra.web.description;

import de.regionet.infra.ApiClient;
import de.regionet.infra.RegioNetTest;
import de.regionet.query.live.LiveRouting;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.util.HashMap;

import static org.assertj.core.api.Assertions.assertThat;

/** The live topics' AsyncAPI document: public, and every topic a feature declares is in it as declared. */
@RegioNetTest
class LiveTopicsDocumentTest {

    @LocalServerPort
    int port;

    @Autowired
    LiveRouting routing;

    @Test
    void every_declared_topic_is_a_channel_with_who_may_subscribe_and_its_confinement() {
        var answer = new ApiClient(port).get("/asyncapi.json");

        assertThat(answer.status()).isEqualTo(200);
        var document = answer.json();
        assertThat(document.get("asyncapi").asString()).isEqualTo("3.0.0");
        var channels = new HashMap<String, JsonNode>();
        document.get("channels").properties().forEach(channel -> channels.put(channel.getValue().get("address")
                .asString(), channel.getValue()));
        assertThat(routing.topics()).isNotEmpty();
        for (var topic : routing.topics()) {
            var channel = channels.get(topic.destination());
            assertThat(channel).as(topic.destination()).isNotNull();
            assertThat(channel.get("x-subscribers").asString()).isEqualTo(topic.subscribers().name());
            assertThat(channel.get("x-per-network").asBoolean()).isEqualTo(topic.confinedPerNetwork());
            assertThat(channel.get("x-names-origin").asBoolean()).isEqualTo(topic.namesOrigin());
            assertThat(document.get("operations").get("send-" + LiveTopicsDocument.channelId(topic)).get("channel")
                    .get("$ref").asString()).isEqualTo("#/channels/" + LiveTopicsDocument.channelId(topic));
        }
        assertThat(channels).hasSameSizeAs(routing.topics());
    }

    @Test
    void a_topic_per_region_names_its_parameter_and_resuming_is_described() {
        var document = new ApiClient(port).get("/asyncapi.json").json();

        var region = document.get("channels").get("regions-region");
        assertThat(region.get("address").asString()).isEqualTo("/topic/regions.{region}");
        assertThat(region.get("parameters").has("region")).isTrue();
        assertThat(document.get("operations").get("send-news").get("x-subscribe-headers").has("x-from-position"))
                .isTrue();
        assertThat(document.get("components").get("messages").has("error")).isTrue();
        assertThat(document.get("components").get("schemas").get("LiveMessage").get("properties").properties())
                .extracting(java.util.Map.Entry::getKey)
                .containsExactly("type", "aggregateId", "version", "position", "time", "regionKey", "payload",
                        "principal", "correlationId");
    }
}
