package de.regionet.infra.live;

import de.regionet.infra.RegioNetTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.messaging.support.ExecutorSubscribableChannel;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Frames to and from live-feed clients run on pools of several threads, never on the heartbeat scheduler's one
 * thread (which Spring Boot would otherwise hand both client channels as the application's only
 * AsyncTaskExecutor): with one thread, every frame to every client would wait for the slowest.
 */
@RegioNetTest
class LiveFeedThreadsTest {

    @Autowired
    @Qualifier("clientInboundChannel")
    ExecutorSubscribableChannel inbound;

    @Autowired
    @Qualifier("clientOutboundChannel")
    ExecutorSubscribableChannel outbound;

    @Autowired
    @Qualifier("liveFeedSenders")
    ThreadPoolTaskExecutor senders;

    @Autowired
    @Qualifier("liveFeedReceivers")
    ThreadPoolTaskExecutor receivers;

    @Test
    void frames_to_clients_are_written_by_several_senders_each_client_from_its_own_queue() {
        assertThat(outbound.getExecutor()).isNotInstanceOf(ThreadPoolTaskScheduler.class);
        assertThat(outbound.getExecutor().getClass().getSimpleName()).isEqualTo("ClientQueues");
        assertThat(senders.getMaxPoolSize()).isGreaterThan(1);
        assertThat(senders.getCorePoolSize()).isEqualTo(senders.getMaxPoolSize());
        assertThat(senders.getThreadNamePrefix()).isEqualTo("stomp-outbound-");
    }

    @Test
    void frames_from_clients_are_handled_by_several_threads_each_clients_in_order() {
        assertThat(inbound.getExecutor().getClass().getSimpleName()).isEqualTo("ClientQueues");
        assertThat(receivers.getMaxPoolSize()).isGreaterThan(1);
        assertThat(receivers.getThreadNamePrefix()).isEqualTo("stomp-inbound-");
    }
}
