package de.regionet.infra.websocket;

import org.junit.jupiter.api.Test;
import org.springframework.messaging.Message;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.messaging.support.MessageBuilder;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Clients only listen: what of their frames goes on to the broker. */
class ForwardedFramesTest {

    private final ForwardedFrames frames = new ForwardedFrames();

    @Test
    void a_subscription_goes_on_with_its_id_destination_and_receipt_only() {
        var subscribe = frame(StompCommand.SUBSCRIBE, Map.of("id", "sub-0", "destination", "/topic/news",
                "receipt", "r-1", "ack", "client-individual", "selector", "n > 1", "x-queue-name", "mine"));
        var forwarded = frames.preSend(subscribe, null);
        assertThat(forwarded).isNotNull();
        var headers = StompHeaderAccessor.wrap(forwarded).toNativeHeaderMap();
        assertThat(headers).containsOnlyKeys("id", "destination", "receipt");
    }

    @Test
    void acknowledgements_and_transactions_go_nowhere() {
        for (var command : List.of(StompCommand.ACK, StompCommand.NACK, StompCommand.BEGIN, StompCommand.COMMIT,
                StompCommand.ABORT)) {
            assertThat(frames.preSend(frame(command, Map.of("id", "1", "transaction", "t")), null)).as(command.name())
                    .isNull();
        }
    }

    private static Message<byte[]> frame(StompCommand command, Map<String, String> headers) {
        var accessor = StompHeaderAccessor.create(command);
        headers.forEach(accessor::setNativeHeader);
        accessor.setSessionId("session");
        accessor.setLeaveMutable(true);
        return MessageBuilder.createMessage(new byte[0], accessor.getMessageHeaders());
    }
}
