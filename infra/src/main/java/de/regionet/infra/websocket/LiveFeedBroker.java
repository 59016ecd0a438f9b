package de.regionet.infra.websocket;

import de.regionet.infra.security.StompAccess;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.simp.config.ChannelRegistration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.web.socket.config.annotation.EnableWebSocketMessageBroker;
import org.springframework.web.socket.config.annotation.StompEndpointRegistry;
import org.springframework.web.socket.config.annotation.WebSocketMessageBrokerConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketTransportRegistration;

/**
 * STOMP over WebSocket at {@code /ws} with an in-process broker for {@code /topic/**}. Heartbeats every 10 s both
 * ways; a client that cannot keep up is disconnected once 512 KiB wait for it or a send takes 10 s, so it cannot
 * stall the others. Every inbound frame passes {@link StompAccess} first: who connects, and who may read which topic.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSocketMessageBroker
class LiveFeedBroker implements WebSocketMessageBrokerConfigurer {

    private final ThreadPoolTaskScheduler heartbeats = heartbeatScheduler();
    private final StompAccess access;

    LiveFeedBroker(StompAccess access) {
        this.access = access;
    }

    @Override
    public void configureClientInboundChannel(ChannelRegistration registration) {
        registration.interceptors(access);
    }

    @Override
    public void registerStompEndpoints(StompEndpointRegistry registry) {
        registry.addEndpoint("/ws").setAllowedOriginPatterns("*");
    }

    @Override
    public void configureMessageBroker(org.springframework.messaging.simp.config.MessageBrokerRegistry registry) {
        registry.enableSimpleBroker("/topic").setHeartbeatValue(new long[]{10_000, 10_000})
                .setTaskScheduler(heartbeats);
        registry.setApplicationDestinationPrefixes("/app");
    }

    @Override
    public void configureWebSocketTransport(WebSocketTransportRegistration registration) {
        registration.setSendBufferSizeLimit(512 * 1024).setSendTimeLimit(10_000).setMessageSizeLimit(64 * 1024);
    }

    @Bean
    ThreadPoolTaskScheduler liveFeedHeartbeats() {
        return heartbeats;
    }

    private static ThreadPoolTaskScheduler heartbeatScheduler() {
        var scheduler = new ThreadPoolTaskScheduler();
        scheduler.setPoolSize(1);
        scheduler.setThreadNamePrefix("stomp-heartbeat-");
        return scheduler;
    }
}
