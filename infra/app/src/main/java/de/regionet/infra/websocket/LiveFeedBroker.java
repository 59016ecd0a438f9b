package de.regionet.infra.websocket;

import de.regionet.infra.security.StompAccess;
import de.regionet.infra.security.StompSessionExpiry;
import de.regionet.infra.security.SubscriberNetworks;
import jakarta.annotation.PreDestroy;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.Environment;
import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.messaging.simp.config.ChannelRegistration;
import org.springframework.messaging.simp.config.MessageBrokerRegistry;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.util.unit.DataSize;
import org.springframework.web.socket.config.annotation.EnableWebSocketMessageBroker;
import org.springframework.web.socket.config.annotation.StompEndpointRegistry;
import org.springframework.web.socket.config.annotation.WebSocketMessageBrokerConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketTransportRegistration;

/**
 * STOMP over WebSocket at {@code /ws} with an in-process broker for {@code /topic/**}, or a relay to an external
 * STOMP broker when {@code regionet.live.relay.host} is set ({@link LiveRelay}, ADR 0026). Every inbound frame passes
 * {@link StompAccess} first (who connects, who may read which topic: decided once, at {@code SUBSCRIBE}), then
 * {@link StompSessionExpiry} (a session ends when its token does), then {@link SubscriberNetworks} (what its reader
 * reads of a topic confined per network), then {@link ResumableSubscriptions} ({@code x-from-position}), and
 * {@link ForwardedFrames} passes on of it only what a listening client needs. Every frame to a client passes the
 * same checks on the way out, on the node the client is connected to, whichever node published: the token's expiry,
 * position order ({@link OrderedSubscriptions}), the per-network confinement and a resumption's hold-back.
 * <p>
 * Delivery policy (docs/live-feeds.md):
 * <ul>
 *     <li>Heartbeats every {@value #HEARTBEAT_MS} ms both ways (as far as the client agrees in {@code CONNECT}), so
 *     dead connections are noticed. The heartbeat scheduler has one thread and sends nothing itself: frames to
 *     clients leave on the senders' pool.</li>
 *     <li>Frames from one client are checked as they arrive (authorisation, expiry, resumption) and reach the broker
 *     in the order they came, from the client's own queue ({@link ClientQueues}), on a pool of
 *     {@code regionet.live.receivers} threads.</li>
 *     <li>Frames to one client leave in the order they were published, one at a time, from its own queue;
 *     the queues of all clients share a pool of {@code regionet.live.senders} threads
 *     (by default four per processor), so positions only grow on every subscription and a client that does not read
 *     holds up one sender at most. A message's body is serialised once for all subscribers of a topic; only the
 *     STOMP frame's own headers (subscription, message id) are written per client, as STOMP requires.</li>
 *     <li>A slow consumer is closed: when more than {@code regionet.live.client-backlog} bytes wait for one client,
 *     they are dropped and its connection is closed with code {@value LiveConnections#SLOW_CONSUMER} and a reason
 *     naming the last position sent to it, from where it resumes. A write that the client's socket does not take
 *     within {@value #SEND_TIME_LIMIT_MS} ms fails and closes the connection as well.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSocketMessageBroker
class LiveFeedBroker implements WebSocketMessageBrokerConfigurer {

    static final long HEARTBEAT_MS = 10_000;
    static final int SEND_TIME_LIMIT_MS = 10_000;
    /** Where frames for one client are written concurrently after all (a resumption's replay next to live ones). */
    static final int SEND_BUFFER = 512 * 1024;

    private final ThreadPoolTaskScheduler heartbeats = heartbeatScheduler();
    private final ThreadPoolTaskExecutor receivers;
    private final ThreadPoolTaskExecutor senders;
    private final LiveConnections connections;
    private final StompAccess access;
    private final StompSessionExpiry expiry;
    private final ResumableSubscriptions resumable;
    private final SubscriberNetworks subscriberNetworks;
    private final OrderedSubscriptions ordered;
    private final String[] allowedOrigins;
    private final LiveMeters meters;
    /** The external STOMP broker the live feed goes through; {@code null} for the in-process one. */
    private final LiveRelay relay;

    LiveFeedBroker(StompAccess access, StompSessionExpiry expiry, ResumableSubscriptions resumable,
                   SubscriberNetworks subscriberNetworks, OrderedSubscriptions ordered, Environment environment,
                   LiveMeters meters) {
        this.meters = meters;
        this.access = access;
        this.ordered = ordered;
        this.subscriberNetworks = subscriberNetworks;
        this.expiry = expiry;
        this.resumable = resumable;
        var settings = Binder.get(environment);
        // a YAML list or a comma-separated value
        this.allowedOrigins = settings.bind("regionet.live.allowed-origins", String[].class).orElse(new String[0]);
        int processors = Runtime.getRuntime().availableProcessors();
        this.receivers = pool("stomp-inbound-",
                settings.bind("regionet.live.receivers", Integer.class).orElse(Math.max(2, processors)));
        this.senders = pool("stomp-outbound-",
                settings.bind("regionet.live.senders", Integer.class).orElse(Math.max(4, 4 * processors)));
        long backlog = settings.bind("regionet.live.client-backlog", DataSize.class)
                .orElse(DataSize.ofKilobytes(512)).toBytes();
        this.connections = new LiveConnections(receivers, senders, backlog, SEND_TIME_LIMIT_MS, meters);
        this.relay = LiveRelay.of(settings);
    }

    @Override
    public void configureClientInboundChannel(ChannelRegistration registration) {
        registration.interceptors(access, expiry.inbound(), subscriberNetworks.inbound(), ordered.inbound(),
                meters.inbound(), resumable.inbound(), new ForwardedFrames()).executor(connections.inbound());
    }

    @Override
    public void configureClientOutboundChannel(ChannelRegistration registration) {
        registration.interceptors(expiry.outbound(), ordered.outbound(), subscriberNetworks.outbound(),
                resumable.outbound(), meters.outbound()).executor(connections.outbound());
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

    /**
     * The in-process broker, or, when {@code regionet.live.relay.host} is set, Spring's relay to an external STOMP
     * broker (ADR 0026): every client's connection is relayed over one TCP connection of its own, and the live feed
     * publishes over the node's "system" connection, so a client on any node receives what any node publishes.
     */
    @Override
    public void configureMessageBroker(MessageBrokerRegistry registry) {
        if (relay == null) {
            registry.enableSimpleBroker("/topic").setHeartbeatValue(new long[]{HEARTBEAT_MS, HEARTBEAT_MS})
                    .setTaskScheduler(heartbeats);
        } else {
            var registration = registry.enableStompBrokerRelay("/topic")
                    .setRelayHost(relay.host()).setRelayPort(relay.port())
                    .setClientLogin(relay.login()).setClientPasscode(relay.passcode())
                    .setSystemLogin(relay.systemLogin()).setSystemPasscode(relay.systemPasscode())
                    .setSystemHeartbeatSendInterval(HEARTBEAT_MS).setSystemHeartbeatReceiveInterval(HEARTBEAT_MS)
                    .setTaskScheduler(heartbeats);
            if (relay.virtualHost() != null) {
                registration.setVirtualHost(relay.virtualHost());
            }
        }
        registry.setApplicationDestinationPrefixes("/app");
    }

    @Override
    public void configureWebSocketTransport(WebSocketTransportRegistration registration) {
        registration.setSendBufferSizeLimit(SEND_BUFFER).setSendTimeLimit(SEND_TIME_LIMIT_MS)
                .setMessageSizeLimit(64 * 1024)
                .addDecoratorFactory(connections::decorate);
    }

    /**
     * What the application publishes to its topics with (the live feed, a region's target figures, rebuild
     * progress): the broker's own template, or with a relay one that drops what the broker cannot take while it is
     * away instead of failing the sender ({@link RelayedTopics}).
     */
    @Bean
    @Primary
    SimpMessagingTemplate liveTopics(@Qualifier("brokerMessagingTemplate") SimpMessagingTemplate broker) {
        return relay == null ? broker : new RelayedTopics(broker);
    }

    @Bean
    ThreadPoolTaskScheduler liveFeedHeartbeats() {
        return heartbeats;
    }

    /** Frames from clients: authorised, then handed to the broker. */
    @Bean
    ThreadPoolTaskExecutor liveFeedReceivers() {
        return receivers;
    }

    /** Writes to clients, each client's in order from its queue. */
    @Bean
    ThreadPoolTaskExecutor liveFeedSenders() {
        return senders;
    }

    @PreDestroy
    void stop() {
        connections.stop();
    }

    private static ThreadPoolTaskExecutor pool(String threadNamePrefix, int threads) {
        var pool = new ThreadPoolTaskExecutor();
        pool.setCorePoolSize(threads);
        pool.setMaxPoolSize(threads);
        pool.setThreadNamePrefix(threadNamePrefix);
        return pool;
    }

    private static ThreadPoolTaskScheduler heartbeatScheduler() {
        var scheduler = new ThreadPoolTaskScheduler();
        scheduler.setPoolSize(1);
        scheduler.setThreadNamePrefix("stomp-heartbeat-");
        return scheduler;
    }
}
