package de.regionet.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.LongAdder;

/**
 * One STOMP session of {@link LiveFeedBenchmark} over the JDK's WebSocket client, with hand-written framing
 * ({@code CONNECT}, {@code SUBSCRIBE}, {@code MESSAGE}) and no thread of its own: the client's selector delivers
 * its frames. Of each {@code MESSAGE} it keeps only when it arrived and which command caused it, found by the
 * aggregate id and version in the body (the first {@code "aggregateId"} and {@code "version"} of a live message
 * are its own, the payload follows them), so reading 100,000 frames a second costs the client little.
 */
final class StompReader implements WebSocket.Listener {

    private static final String AGGREGATE = "\"aggregateId\":\"";
    private static final String VERSION = "\"version\":";

    private final Map<String, Integer> groups;
    private final LongAdder received;
    private final CompletableFuture<Void> connected = new CompletableFuture<>();
    private final StringBuilder partial = new StringBuilder();
    private WebSocket socket;
    private long[] keys = new long[1024];
    private long[] times = new long[1024];
    private int size;
    private volatile String firstFrame;
    private volatile String error;

    private StompReader(Map<String, Integer> groups, LongAdder received) {
        this.groups = groups;
        this.received = received;
    }

    /** Connects with {@code token} (none: anonymous) and subscribes to {@code topic}, heartbeats off. */
    static CompletableFuture<StompReader> open(HttpClient client, URI uri, String token, String topic,
                                              Map<String, Integer> groups, LongAdder received) {
        var reader = new StompReader(groups, received);
        var connect = "CONNECT\naccept-version:1.2\nhost:localhost\nheart-beat:0,0\n"
                + (token == null ? "" : "Authorization:Bearer " + token + "\n") + "\n\0";
        return client.newWebSocketBuilder().buildAsync(uri, reader)
                .thenCompose(socket -> {
                    reader.socket = socket;
                    return socket.sendText(connect, true);
                })
                .thenCompose(socket -> reader.connected)
                .thenCompose(ignored -> reader.socket.sendText("SUBSCRIBE\nid:sub-0\ndestination:" + topic
                        + "\nack:auto\n\n\0", true))
                .thenApply(socket -> reader);
    }

    /** The key of a command's message: the working group's index and the event's version (or sequence). */
    static long key(int group, long version) {
        return ((long) group << 40) | version;
    }

    @Override
    public void onOpen(WebSocket webSocket) {
        webSocket.request(1);
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        if (!last) {
            partial.append(data);
        } else if (partial.isEmpty()) {
            handle(data.toString());
        } else {
            handle(partial.append(data).toString());
            partial.setLength(0);
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable failure) {
        error = String.valueOf(failure);
        connected.completeExceptionally(failure);
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        error = error != null ? error : "closed " + statusCode + " " + reason;
        connected.completeExceptionally(new IllegalStateException(error));
        return null;
    }

    private void handle(String frame) {
        long now = System.nanoTime();
        if (frame.startsWith("MESSAGE")) {
            received.increment();
            if (firstFrame == null) {
                firstFrame = frame;
            }
            long key = keyOf(frame);
            if (key >= 0) {
                record(key, now);
            }
        } else if (frame.startsWith("CONNECTED")) {
            connected.complete(null);
        } else if (frame.startsWith("ERROR")) {
            error = frame.strip();
            connected.completeExceptionally(new IllegalStateException(error));
        }
    }

    private long keyOf(String frame) {
        int from = frame.indexOf(AGGREGATE);
        if (from < 0) {
            return -1;
        }
        from += AGGREGATE.length();
        int to = frame.indexOf('"', from);
        var group = groups.get(frame.substring(from, to));
        int at = frame.indexOf(VERSION, to);
        if (group == null || at < 0) {
            return -1;
        }
        long version = 0;
        for (int i = at + VERSION.length(); i < frame.length() && Character.isDigit(frame.charAt(i)); i++) {
            version = version * 10 + (frame.charAt(i) - '0');
        }
        return key(group, version);
    }

    private synchronized void record(long key, long now) {
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, size * 2);
            times = Arrays.copyOf(times, size * 2);
        }
        keys[size] = key;
        times[size] = now;
        size++;
    }

    /** What arrived since the last call, as {@code consumer.accept(key, nanoTime)}; forgets it. */
    synchronized void drain(Arrivals consumer) {
        for (int i = 0; i < size; i++) {
            consumer.accept(keys[i], times[i]);
        }
        size = 0;
    }

    /** The first MESSAGE frame this session received, as sent (headers, body and the closing NUL). */
    String firstFrame() {
        return firstFrame;
    }

    int firstFrameBytes() {
        return firstFrame == null ? 0 : firstFrame.getBytes(StandardCharsets.UTF_8).length;
    }

    String error() {
        return error;
    }

    void close() {
        if (socket != null) {
            socket.abort();
        }
    }

    @FunctionalInterface
    interface Arrivals {
        void accept(long key, long nanoTime);
    }
}
