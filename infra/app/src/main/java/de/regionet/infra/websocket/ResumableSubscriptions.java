package de.regionet.infra.websocket;

import de.regionet.infra.eventstore.MongoEventStore;
import de.regionet.infra.security.SubscriberNetworks;
import de.regionet.query.live.LiveRouting;
import de.regionet.query.live.LiveTransport;
import de.regionet.query.readmodel.EventPosition;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.MessageDeliveryException;
import org.springframework.messaging.MessageHandler;
import org.springframework.messaging.simp.SimpMessageHeaderAccessor;
import org.springframework.messaging.simp.SimpMessageType;
import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.messaging.simp.broker.AbstractBrokerMessageHandler;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.messaging.support.ExecutorChannelInterceptor;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.messaging.support.MessageHeaderAccessor;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Subscriptions that resume where a client left off. A client that sends {@value #FROM_POSITION} on
 * {@code SUBSCRIBE} (the last global position it saw, or -1 for the whole window) first gets every message of that
 * topic after the position, read from the event store, in order, then the live messages, with no gap and no
 * duplicate at the seam:
 * <ol>
 *     <li>before the broker registers the subscription, live messages for it start being held back (outbound);</li>
 *     <li>once it is registered, the store is read from the position for as long as positions are dense (an append
 *     still being written ends the replay; the live feed has not sent anything beyond it either), and every
 *     message {@link LiveRouting#deliveries} gives for the topic is sent to this subscription only;</li>
 *     <li>then the held-back live messages after the last replayed position are sent, and the subscription goes
 *     live; anything at or below a position already sent is dropped.</li>
 * </ol>
 * The live feed sends in position order and nothing before the subscription was registered lies beyond what the
 * replay reads, which is why this is exact. With an external broker (ADR 0026) the subscription is registered when
 * the broker's {@code RECEIPT} for it comes back (asked for here unless the client asked itself, and then kept from
 * the client); the replay starts only then. Positions older than the last {@code regionet.live.replay-window}
 * events, positions beyond the newest event, and values that are no position are refused with an {@code ERROR}
 * frame. Who may read the topic was checked before ({@code StompAccess}).
 */
@Component
class ResumableSubscriptions {

    /** The SUBSCRIBE header naming the last global position the client saw. */
    public static final String FROM_POSITION = "x-from-position";

    private static final Logger log = LoggerFactory.getLogger(ResumableSubscriptions.class);

    private record Key(String session, String subscription) {
    }

    /** One resuming subscription: held-back live messages until the replay is done, then the last position sent. */
    private static final class Resumption {
        final String destination;
        final long from;
        final List<Message<?>> heldBack = new ArrayList<>();
        /** With a relay: the receipt by which the broker confirms the subscription, and whether the client asked. */
        final String receipt;
        final boolean receiptOurs;
        boolean live;
        long sentUpTo;

        Resumption(String destination, long from, String receipt, boolean receiptOurs) {
            this.destination = destination;
            this.from = from;
            this.sentUpTo = from;
            this.receipt = receipt;
            this.receiptOurs = receiptOurs;
        }
    }

    /** The prefix of the receipts asked of an external broker for resuming subscriptions; never reach a client. */
    static final String RECEIPT_PREFIX = "x-resume-";

    private final MongoEventStore store;
    private final LiveRouting routing;
    private final SubscriberNetworks subscriberNetworks;
    private final ApplicationContext context;
    private final long window;
    /** Whether the broker is an external one, relayed to (ADR 0026): a subscription is registered when it says so. */
    private final boolean relayed;
    private final AtomicLong receipts = new AtomicLong();
    private final Map<Key, Resumption> resumptions = new ConcurrentHashMap<>();
    private final ExecutorService replays = Executors.newFixedThreadPool(2, runnable -> {
        var thread = new Thread(runnable, "live-feed-replay");
        thread.setDaemon(true);
        return thread;
    });

    ResumableSubscriptions(MongoEventStore store, LiveRouting routing, SubscriberNetworks subscriberNetworks,
                           ApplicationContext context, @Value("${regionet.live.replay-window:10000}") long window,
                           Environment environment) {
        this.relayed = LiveRelay.configured(environment);
        this.store = store;
        this.routing = routing;
        this.subscriberNetworks = subscriberNetworks;
        this.context = context;
        this.window = window;
    }

    /** For the inbound channel, after authorisation: checks and registers resumptions, starts their replay. */
    ExecutorChannelInterceptor inbound() {
        return new ExecutorChannelInterceptor() {
            @Override
            public Message<?> preSend(Message<?> message, MessageChannel channel) {
                var accessor = MessageHeaderAccessor.getAccessor(message, StompHeaderAccessor.class);
                if (accessor != null && accessor.getCommand() != null) {
                    switch (accessor.getCommand()) {
                        case SUBSCRIBE -> register(accessor, message);
                        case UNSUBSCRIBE -> resumptions.remove(new Key(accessor.getSessionId(),
                                accessor.getSubscriptionId()));
                        case DISCONNECT -> resumptions.keySet().removeIf(key ->
                                key.session().equals(accessor.getSessionId()));
                        default -> {
                        }
                    }
                }
                return message;
            }

            @Override
            public void afterMessageHandled(Message<?> message, MessageChannel channel, MessageHandler handler,
                                            Exception failure) {
                var accessor = MessageHeaderAccessor.getAccessor(message, StompHeaderAccessor.class);
                if (!(handler instanceof AbstractBrokerMessageHandler) || accessor == null
                        || accessor.getCommand() != StompCommand.SUBSCRIBE) {
                    return;
                }
                var key = new Key(accessor.getSessionId(), accessor.getSubscriptionId());
                var resumption = resumptions.get(key);
                if (resumption != null && failure != null) {
                    resumptions.remove(key);
                } else if (resumption != null && !relayed) {
                    // the in-process broker registered it as it handled the frame
                    replays.execute(() -> replay(key, resumption));
                }
            }
        };
    }

    /** For the outbound channel: holds back live messages of a resuming subscription, drops repeats. */
    ExecutorChannelInterceptor outbound() {
        return new ExecutorChannelInterceptor() {
            @Override
            public Message<?> preSend(Message<?> message, MessageChannel channel) {
                var accessor = MessageHeaderAccessor.getAccessor(message, SimpMessageHeaderAccessor.class);
                if (accessor == null || resumptions.isEmpty()) {
                    return message;
                }
                if (accessor instanceof StompHeaderAccessor stomp && stomp.getCommand() == StompCommand.RECEIPT) {
                    return registered(stomp) ? null : message;
                }
                if (accessor.getMessageType() != SimpMessageType.MESSAGE) {
                    return message;
                }
                var resumption = resumptions.get(new Key(accessor.getSessionId(), accessor.getSubscriptionId()));
                var position = resumption == null ? null : position(accessor);
                if (resumption == null || position == null) {
                    return message;
                }
                synchronized (resumption) {
                    if (!resumption.live) {
                        resumption.heldBack.add(message);
                        return null;
                    }
                    if (position <= resumption.sentUpTo) {
                        return null;
                    }
                    resumption.sentUpTo = position;
                    return message;
                }
            }
        };
    }

    private void register(StompHeaderAccessor accessor, Message<?> message) {
        var header = accessor.getFirstNativeHeader(FROM_POSITION);
        if (header == null) {
            return;
        }
        long from;
        try {
            from = Long.parseLong(header.strip());
        } catch (NumberFormatException e) {
            throw new MessageDeliveryException(message, FROM_POSITION + " must be the last position you saw "
                    + "(a whole number, -1 for everything kept), not '" + header + "'");
        }
        long head = store.head();
        if (from < -1 || from > head) {
            throw new MessageDeliveryException(message, FROM_POSITION + " " + from + " is no position of this "
                    + "feed: the newest event is at " + head);
        }
        if (head - from > window) {
            throw new MessageDeliveryException(message, FROM_POSITION + " " + from + " is older than this feed "
                    + "keeps: it replays the last " + window + " events (from position " + (head - window)
                    + " on); read the current state over HTTP and subscribe again without " + FROM_POSITION);
        }
        // the broker needs it not (RabbitMQ reads some x- headers of a SUBSCRIBE as arguments of its queue)
        accessor.removeNativeHeader(FROM_POSITION);
        String receipt = null;
        boolean receiptOurs = false;
        if (relayed) {
            // the external broker registers the subscription when it gets the frame; its receipt says it has
            receipt = accessor.getReceipt();
            if (receipt == null) {
                receipt = RECEIPT_PREFIX + receipts.incrementAndGet();
                receiptOurs = true;
                accessor.setReceipt(receipt);
            }
        }
        resumptions.put(new Key(accessor.getSessionId(), accessor.getSubscriptionId()),
                new Resumption(accessor.getDestination(), from, receipt, receiptOurs));
    }

    /**
     * With a relay: starts the replay of the resumption whose subscription the broker confirms with this receipt.
     * Answers whether the receipt was asked for here (and so is none of the client's business).
     */
    private boolean registered(StompHeaderAccessor receipt) {
        var id = receipt.getReceiptId();
        if (id == null || receipt.getSessionId() == null) {
            return false;
        }
        for (var entry : resumptions.entrySet()) {
            var resumption = entry.getValue();
            if (entry.getKey().session().equals(receipt.getSessionId()) && id.equals(resumption.receipt)) {
                replays.execute(() -> replay(entry.getKey(), resumption));
                return resumption.receiptOurs;
            }
        }
        return id.startsWith(RECEIPT_PREFIX);
    }

    private void replay(Key key, Resumption resumption) {
        var clients = context.getBean("subProtocolWebSocketHandler", MessageHandler.class);
        long replayedTo = resumption.from;
        Long previous = null;
        try (var events = store.readEvents(resumption.from < 0 ? null
                : GapAwareTrackingToken.newInstance(resumption.from, List.of()), false)) {
            var iterator = events.iterator();
            while (iterator.hasNext() && resumptions.get(key) == resumption) {
                TrackedEventMessage<?> event = iterator.next();
                var token = (GapAwareTrackingToken) event.trackingToken();
                if (!token.getGaps().isEmpty()) {
                    break;
                }
                long position = EventPosition.of(event, token);
                for (var delivery : routing.deliveries(event.getPayload(), event, position)) {
                    if (delivery.topic().equals(resumption.destination)
                            && subscriberNetworks.delivers(key.session(), delivery)) {
                        clients.handleMessage(toClient(key, resumption.destination, delivery, position,
                                previous));
                        previous = position;
                    }
                }
                replayedTo = position;
            }
        } catch (RuntimeException e) {
            log.warn("Replay for subscription {} of session {} failed", key.subscription(), key.session(), e);
            resumptions.remove(key);
            clients.handleMessage(error(key, "the feed could not be replayed from " + resumption.from
                    + "; subscribe again"));
            return;
        }
        synchronized (resumption) {
            for (var heldBack : resumption.heldBack) {
                var position = position(MessageHeaderAccessor.getAccessor(heldBack, SimpMessageHeaderAccessor.class));
                if (position != null && position > replayedTo) {
                    clients.handleMessage(heldBack);
                    replayedTo = position;
                }
            }
            resumption.heldBack.clear();
            resumption.sentUpTo = replayedTo;
            resumption.live = true;
        }
    }

    private Message<?> toClient(Key key, String destination, LiveRouting.Delivery delivery, long position,
                                Long previous) {
        var payload = delivery.message();
        var headers = SimpMessageHeaderAccessor.create(SimpMessageType.MESSAGE);
        headers.setSessionId(key.session());
        headers.setSubscriptionId(key.subscription());
        headers.setDestination(destination);
        headers.setNativeHeader(LiveTransport.POSITION_HEADER, String.valueOf(position));
        if (previous != null) {
            headers.setNativeHeader(LiveTransport.PREVIOUS_POSITION_HEADER, String.valueOf(previous));
        }
        var networks = SubscriberNetworks.header(delivery);
        if (networks != null) {
            headers.setNativeHeader(SubscriberNetworks.NETWORKS_HEADER, networks);
        }
        headers.setLeaveMutable(true);
        var converter = context.getBean("brokerMessagingTemplate", SimpMessagingTemplate.class).getMessageConverter();
        var message = converter.toMessage(payload, headers.getMessageHeaders());
        if (message == null) {
            throw new IllegalStateException("no converter for " + payload.getClass());
        }
        return message;
    }

    private static Message<?> error(Key key, String text) {
        var headers = StompHeaderAccessor.create(StompCommand.ERROR);
        headers.setMessage(text);
        headers.setSessionId(key.session());
        return MessageBuilder.createMessage(new byte[0], headers.getMessageHeaders());
    }

    private static Long position(SimpMessageHeaderAccessor accessor) {
        var value = accessor == null ? null : accessor.getFirstNativeHeader(LiveTransport.POSITION_HEADER);
        try {
            return value == null ? null : Long.valueOf(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
