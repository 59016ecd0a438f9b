package de.regionet.infra.websocket;

import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * Live feeds through RabbitMQ with its STOMP plugin, when one is given:
 * {@code -Dregionet.test.rabbitmq-stomp=127.0.0.1:61613} (user {@code guest}, virtual host {@code /}; Debian's
 * {@code rabbitmq-server} with {@code rabbitmq-plugins enable rabbitmq_stomp}). Skipped otherwise.
 */
@EnabledIfSystemProperty(named = LiveFeedRabbitMqRelayTest.BROKER, matches = ".+:[0-9]+")
@TestPropertySource(properties = "regionet.mongo.database=liverelayrabbitmq")
class LiveFeedRabbitMqRelayTest extends RelayedLiveFeeds {

    static final String BROKER = "regionet.test.rabbitmq-stomp";

    @DynamicPropertySource
    static void relay(DynamicPropertyRegistry properties) {
        var broker = System.getProperty(BROKER, "127.0.0.1:61613");
        properties.add("regionet.live.relay.host", () -> broker.substring(0, broker.lastIndexOf(':')));
        properties.add("regionet.live.relay.port", () -> broker.substring(broker.lastIndexOf(':') + 1));
        properties.add("regionet.live.relay.virtual-host", () -> "/");
    }
}
