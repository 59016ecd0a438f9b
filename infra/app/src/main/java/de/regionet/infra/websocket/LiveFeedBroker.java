package de.regionet.infra.websocket;

import de.regionet.infra.security.StompAccess;
import de.regionet.infra.security.StompSessionExpiry;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.messaging.simp.config.ChannelRegistration;
import org.springframework.messaging.simp.config.MessageBrokerRegistry;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.adapter.NativeWebSocketSession;
import org.springframework.web.socket.config.annotation.EnableWebSocketMessageBroker;
import org.springframework.web.socket.config.annotation.StompEndpointRegistry;
import org.springframework.web.socket.config.annotation.WebSocketMessageBrokerConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketTransportRegistration;
import org.springframework.web.socket.handler.WebSocketHandlerDecorator;

/**
 * STOMP over WebSocket at {@code /ws} with an in-process broker for {@code /topic/**}. Every inbound frame passes
 * {@link StompAccess} first (who connects, who may read which topic), then {@link StompSessionExpiry} (a session
 * ends when its token does), then {@link ResumableSubscriptions} ({@code x-from-position}).
 * <p>
 * Delivery policy:
 * <ul>
 *     <li>Heartbeats every {@value #HEARTBEAT_MS} ms both ways (as far as the client agrees in {@code CONNECT}), so
 *     dead connections are noticed.</li>
 *     <li>Messages to one client leave in the order they were published (one at a time per client), so positions
 *     only grow on every subscription.</li>
 *     <li>A slow client cannot stall the others: each client's messages wait in its own queue, a write to a client
 *     whose socket does not take it within {@value #SEND_TIME_LIMIT_MS} ms fails and the client is disconnected
 *     (it resumes with {@code x-from-position}); writes for different clients run on a pool of
 *     {@value #SENDERS} threads. Where messages for one client are sent concurrently (replay, heartbeats), at most
 *     {@value #SEND_BUFFER} bytes may wait, and a send may take {@value #SEND_TIME_LIMIT_MS} ms, before the client is
 *     disconnected.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSocketMessageBroker
class LiveFeedBroker implements WebSocketMessageBrokerConfigurer {

    static final long HEARTBEAT_MS = 10_000;
    static final int SEND_TIME_LIMIT_MS = 10_000;
    static final int SEND_BUFFER = 512 * 1024;
    static final int SENDERS = 8;
    /** Tomcat's limit for one blocking WebSocket write, in milliseconds (a session user property). */
    private static final String BLOCKING_SEND_TIMEOUT = "org.apache.tomcat.websocket.BLOCKING_SEND_TIMEOUT";

    private final ThreadPoolTaskScheduler heartbeats = heartbeatScheduler();
    private final StompAccess access;
    private final StompSessionExpiry expiry;
    private final ResumableSubscriptions resumable;
    private final String[] allowedOrigins;

    LiveFeedBroker(StompAccess access, StompSessionExpiry expiry, ResumableSubscriptions resumable,
                   Environment environment) {
        this.access = access;
        this.expiry = expiry;
        this.resumable = resumable;
        // a YAML list or a comma-separated value
        this.allowedOrigins = Binder.get(environment).bind("regionet.live.allowed-origins", String[].class)
                .orElse(new String[0]);
    }

    @Override
    public void configureClientInboundChannel(ChannelRegistration registration) {
        registration.interceptors(access, expiry.inbound(), resumable.inbound());
    }

    @Override
    public void configureClientOutboundChannel(ChannelRegistration registration) {
        registration.interceptors(expiry.outbound(), resumable.outbound()).taskExecutor().corePoolSize(SENDERS)
                .maxPoolSize(SENDERS);
    }

    /**
     * A browser may open the WebSocket only from a page of this origin, or of one {@code regionet.live.allowed-origins}
     * names (patterns such as {@code https://*.example.org} allowed); a handshake from any other {@code Origin} is
     * refused 403 ({@link AllowedOrigins}). Clients that are no browser send no {@code Origin} and are not affected.
     */
    @Override
    public void registerStompEndpoints(StompEndpointRegistry registry) {
        registry.addEndpoint("/ws").addInterceptors(new AllowedOrigins(allowedOrigins))
                .setAllowedOriginPatterns(allowedOrigins);
    }

    @Override
    public void configureMessageBroker(MessageBrokerRegistry registry) {
        registry.enableSimpleBroker("/topic").setHeartbeatValue(new long[]{HEARTBEAT_MS, HEARTBEAT_MS})
                .setTaskScheduler(heartbeats);
        registry.setApplicationDestinationPrefixes("/app");
        registry.setPreservePublishOrder(true);
    }

    @Override
    public void configureWebSocketTransport(WebSocketTransportRegistration registration) {
        registration.setSendBufferSizeLimit(SEND_BUFFER).setSendTimeLimit(SEND_TIME_LIMIT_MS)
                .setMessageSizeLimit(64 * 1024)
                .addDecoratorFactory(LiveFeedBroker::withBlockingSendTimeout);
    }

    /** A write that the client's socket does not take in time fails, and the session is closed. */
    private static WebSocketHandler withBlockingSendTimeout(WebSocketHandler handler) {
        return new WebSocketHandlerDecorator(handler) {
            @Override
            public void afterConnectionEstablished(WebSocketSession session) throws Exception {
                if (session instanceof NativeWebSocketSession withNative
                        && withNative.getNativeSession() instanceof jakarta.websocket.Session nativeSession) {
                    nativeSession.getUserProperties().put(BLOCKING_SEND_TIMEOUT, (long) SEND_TIME_LIMIT_MS);
                }
                super.afterConnectionEstablished(session);
            }
        };
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
