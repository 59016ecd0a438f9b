package de.regionet.infra.websocket;

import org.junit.jupiter.api.Test;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHandler;
import org.springframework.messaging.simp.SimpMessageHeaderAccessor;
import org.springframework.messaging.simp.SimpMessageType;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.messaging.support.MessageHandlingRunnable;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each live-feed client's queue: its frames in order, one at a time, clients taking turns on the senders, and a
 * client whose backlog overflows closed with the last position it was sent.
 */
class ClientQueuesTest {

    private static final int BODY = 1000;
    private static final long LIMIT = 10 * 1024;

    private final Queue<Runnable> senders = new ArrayDeque<>();
    private final List<String> written = new ArrayList<>();
    private final List<String> closed = new ArrayList<>();
    private final ClientQueues queues = new ClientQueues(senders::add, LIMIT,
            (session, lastPosition) -> closed.add(session + "@" + lastPosition));

    @Test
    void a_clients_frames_leave_in_order_one_at_a_time_each_client_from_its_own_queue() {
        queues.opened("a");
        queues.opened("b");
        for (int position = 1; position <= 3; position++) {
            queues.execute(frame("a", position));
            queues.execute(frame("b", position));
        }
        assertThat(senders).as("one sender per client at a time").hasSize(2);
        while (!senders.isEmpty()) {
            senders.poll().run();
        }
        assertThat(written).containsExactly("a:1", "a:2", "a:3", "b:1", "b:2", "b:3");
        assertThat(queues.backlog("a")).isZero();
    }

    @Test
    void a_backlog_is_handled_in_turns_of_sixteen_frames_so_no_client_waits_for_all_of_another_ones() {
        var roomy = new ClientQueues(senders::add, Long.MAX_VALUE, (session, lastPosition) -> closed.add(session));
        roomy.opened("a");
        roomy.opened("b");
        for (int position = 1; position <= 20; position++) {
            roomy.execute(frame("a", position));
            roomy.execute(frame("b", position));
        }
        while (!senders.isEmpty()) {
            senders.poll().run();
        }
        assertThat(written.subList(0, 16)).allMatch(frame -> frame.startsWith("a:"));
        assertThat(written.subList(16, 32)).allMatch(frame -> frame.startsWith("b:"));
        assertThat(written.subList(32, 36)).containsExactly("a:17", "a:18", "a:19", "a:20");
        assertThat(written.subList(36, 40)).containsExactly("b:17", "b:18", "b:19", "b:20");
    }

    @Test
    void a_client_whose_backlog_overflows_is_closed_with_the_last_position_sent_and_the_others_go_on() {
        queues.opened("slow");
        queues.opened("normal");
        queues.execute(frame("slow", 1));
        senders.poll().run();                        // position 1 reached the slow client
        queues.execute(frame("slow", 2));          // its sender is stuck from here on: nothing more is run for it
        var stuck = senders.poll();
        for (int position = 3; position <= 20; position++) {
            queues.execute(frame("slow", position));
            queues.execute(frame("normal", position));
            while (!senders.isEmpty()) {
                senders.poll().run();
            }
        }
        assertThat(closed).containsExactly("slow@1");
        assertThat(queues.backlog("slow")).as("what waited for it is dropped").isZero();
        assertThat(written).filteredOn(frame -> frame.startsWith("normal:")).hasSize(18);
        assertThat(stuck).isNotNull();
    }

    @Test
    void frames_for_a_closed_connection_are_not_kept() {
        queues.opened("gone");
        queues.execute(frame("gone", 1));
        queues.closed("gone");
        assertThat(queues.backlog("gone")).isZero();
        queues.execute(frame("gone", 2));
        assertThat(senders).as("handed on as they are, for the WebSocket layer to drop").hasSize(2);
    }

    private MessageHandlingRunnable frame(String session, long position) {
        var headers = SimpMessageHeaderAccessor.create(SimpMessageType.MESSAGE);
        headers.setSessionId(session);
        headers.setNativeHeader("x-position", String.valueOf(position));
        var message = MessageBuilder.createMessage(new byte[BODY], headers.getMessageHeaders());
        return new MessageHandlingRunnable() {
            @Override
            public Message<?> getMessage() {
                return message;
            }

            @Override
            public MessageHandler getMessageHandler() {
                return ignored -> { };
            }

            @Override
            public void run() {
                written.add(session + ":" + position);
            }
        };
    }
}
