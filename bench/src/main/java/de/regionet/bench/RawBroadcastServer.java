package de.regionet.bench;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.config.annotation.EnableWebSocket;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;
import org.springframework.web.socket.handler.ConcurrentWebSocketSessionDecorator;
import org.springframework.web.socket.handler.TextWebSocketHandler;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The raw-broadcast floor of {@link LiveFeedBenchmark}: the same embedded Tomcat WebSocket server as the
 * application, a plain {@link TextWebSocketHandler} at {@code /ws} that answers STOMP's {@code CONNECT} and takes
 * {@code SUBSCRIBE}, and {@code POST /broadcast} whose body, a complete pre-encoded STOMP {@code MESSAGE} frame, is
 * wrapped once and sent to every subscribed session. No broker, no store, no JSON: what the machine can push to
 * the same sessions. Sends run on {@value #LANES} lanes, one thread each, every session on one lane (so its frames
 * stay in order), each session guarded as the application guards its sessions (10 s send limit, 512 KiB buffer).
 * Started by the benchmark as a process of its own:
 * <pre>
 *   java -Xmx2g -cp bench/target/bench.jar -Dloader.main=de.regionet.bench.RawBroadcastServer \
 *        org.springframework.boot.loader.launch.PropertiesLauncher --server.port=PORT
 * </pre>
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@EnableWebSocket
public class RawBroadcastServer implements WebSocketConfigurer {

    static final int LANES = 8;
    private static final int SEND_TIME_LIMIT_MS = 10_000;
    private static final int SEND_BUFFER = 512 * 1024;
    private static final String CONNECTED = "CONNECTED\nversion:1.2\nheart-beat:0,0\n\n\0";

    public static void main(String[] args) {
        SpringApplication.run(RawBroadcastServer.class, args);
    }

    @Override
    public void registerWebSocketHandlers(WebSocketHandlerRegistry registry) {
        registry.addHandler(fanOut(), "/ws");
    }

    @Bean
    FanOut fanOut() {
        return new FanOut();
    }

    /** The HTTP side: one broadcast per request, answered once every lane has it queued. */
    @RestController
    static class Trigger {

        private final FanOut fanOut;

        Trigger(FanOut fanOut) {
            this.fanOut = fanOut;
        }

        @PostMapping("/broadcast")
        ResponseEntity<Void> broadcast(@RequestBody String frame) {
            fanOut.broadcast(new TextMessage(frame));
            return ResponseEntity.noContent().build();
        }

        @GetMapping("/ready")
        Map<String, Integer> ready() {
            return Map.of("subscribed", fanOut.subscribed());
        }
    }

    /** The sessions, spread over the lanes; a session joins its lane when it subscribes. */
    static class FanOut extends TextWebSocketHandler {

        private final List<ExecutorService> lanes = new ArrayList<>();
        private final List<List<WebSocketSession>> members = new ArrayList<>();
        private final Map<String, WebSocketSession> guarded = new ConcurrentHashMap<>();
        private final AtomicInteger next = new AtomicInteger();

        FanOut() {
            for (int lane = 0; lane < LANES; lane++) {
                int number = lane;
                lanes.add(Executors.newSingleThreadExecutor(runnable -> {
                    var thread = new Thread(runnable, "floor-lane-" + number);
                    thread.setDaemon(true);
                    return thread;
                }));
                members.add(new CopyOnWriteArrayList<>());
            }
        }

        @Override
        public void afterConnectionEstablished(WebSocketSession session) {
            guarded.put(session.getId(),
                    new ConcurrentWebSocketSessionDecorator(session, SEND_TIME_LIMIT_MS, SEND_BUFFER));
        }

        @Override
        protected void handleTextMessage(WebSocketSession session, TextMessage message) throws IOException {
            var frame = message.getPayload();
            var client = guarded.get(session.getId());
            if (frame.startsWith("CONNECT") || frame.startsWith("STOMP")) {
                client.sendMessage(new TextMessage(CONNECTED));
            } else if (frame.startsWith("SUBSCRIBE")) {
                members.get(Math.floorMod(next.getAndIncrement(), LANES)).add(client);
            }
        }

        @Override
        public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
            var client = guarded.remove(session.getId());
            members.forEach(lane -> lane.remove(client));
        }

        void broadcast(TextMessage message) {
            for (int lane = 0; lane < LANES; lane++) {
                var sessions = members.get(lane);
                lanes.get(lane).execute(() -> sessions.forEach(session -> send(session, message)));
            }
        }

        private static void send(WebSocketSession session, TextMessage message) {
            try {
                session.sendMessage(message);
            } catch (IOException | RuntimeException failed) {
                try {
                    session.close(CloseStatus.SESSION_NOT_RELIABLE);
                } catch (IOException ignored) {
                    // closed already
                }
            }
        }

        int subscribed() {
            return members.stream().mapToInt(List::size).sum();
        }
    }
}
