package de.regionet.infra.websocket;

import de.regionet.query.live.LiveTransport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.task.TaskExecutor;
import org.springframework.messaging.Message;
import org.springframework.messaging.simp.SimpMessageHeaderAccessor;
import org.springframework.messaging.support.MessageHandlingRunnable;
import org.springframework.messaging.support.NativeMessageHeaderAccessor;

import java.util.ArrayDeque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;

/**
 * The executor of a channel to or from live-feed clients: every client has a queue of its own, whose frames are
 * handled one after the other in the order they were handed over, while the queues of different clients share a
 * pool of threads. Towards clients, a client that does not read so holds up at most one sender, never the others'
 * messages; from clients, each client's frames reach the broker in the order it sent them.
 * <p>
 * A queue is bounded: when the frames waiting for one client would exceed {@code backlogLimit} bytes, the client
 * is a slow consumer. Its waiting frames are dropped, nothing more is queued for it, and {@link SlowConsumers} closes
 * its connection, telling it the last position that was sent to it, from where it resumes
 * ({@code x-from-position}). Frames for connections this node does not know (already closed) pass straight to the
 * pool, where the WebSocket layer drops them.
 */
final class ClientQueues implements TaskExecutor {

    /** What happens to a client whose queue overflowed. */
    interface SlowConsumers {
        /** Closes the client's connection; {@code lastPosition} is the last position sent to it, or -1 for none. */
        void close(String sessionId, long lastPosition);
    }

    private static final Logger log = LoggerFactory.getLogger(ClientQueues.class);

    /** Most frames of one client handled in one turn on a thread, before the other clients' turns. */
    private static final int TURN = 16;
    /** Per frame, besides its body: command, headers and the WebSocket frame's own. */
    private static final int FRAME_OVERHEAD = 256;

    private final Executor threads;
    private final long backlogLimit;
    private final SlowConsumers slowConsumers;
    private final Map<String, ClientQueue> queues = new ConcurrentHashMap<>();

    ClientQueues(Executor threads, long backlogLimit, SlowConsumers slowConsumers) {
        this.threads = threads;
        this.backlogLimit = backlogLimit;
        this.slowConsumers = slowConsumers;
    }

    /** A client connected: from now on its frames go through its queue. */
    void opened(String sessionId) {
        queues.put(sessionId, new ClientQueue(sessionId));
    }

    /** A client's connection ended: what still waits for it is dropped. */
    void closed(String sessionId) {
        var queue = queues.remove(sessionId);
        if (queue != null) {
            queue.discard();
        }
    }

    /** How many bytes wait for this client (0 for a client this node does not know). */
    long backlog(String sessionId) {
        var queue = queues.get(sessionId);
        return queue == null ? 0 : queue.waiting();
    }

    @Override
    public void execute(Runnable task) {
        var message = task instanceof MessageHandlingRunnable handling ? handling.getMessage() : null;
        var sessionId = message == null ? null : SimpMessageHeaderAccessor.getSessionId(message.getHeaders());
        var queue = sessionId == null ? null : queues.get(sessionId);
        if (queue == null) {
            threads.execute(task);
        } else {
            queue.offer(task, sizeOf(message), positionOf(message));
        }
    }

    private static long sizeOf(Message<?> message) {
        return (message.getPayload() instanceof byte[] body ? body.length : 0) + FRAME_OVERHEAD;
    }

    @SuppressWarnings("unchecked")
    private static long positionOf(Message<?> message) {
        var nativeHeaders = message.getHeaders().get(NativeMessageHeaderAccessor.NATIVE_HEADERS);
        if (nativeHeaders instanceof Map<?, ?> headers
                && headers.get(LiveTransport.POSITION_HEADER) instanceof List<?> values && !values.isEmpty()) {
            try {
                return Long.parseLong(String.valueOf(values.get(0)));
            } catch (NumberFormatException e) {
                return -1;
            }
        }
        return -1;
    }

    private record Frame(Runnable task, long size, long position) {
    }

    /** One client's frames in order; at most one of them is with a sender at any time. */
    private final class ClientQueue implements Runnable {

        private final String sessionId;
        private final ArrayDeque<Frame> frames = new ArrayDeque<>();
        private long waiting;
        private boolean sending;
        private boolean closing;
        private volatile long lastPosition = -1;

        ClientQueue(String sessionId) {
            this.sessionId = sessionId;
        }

        void offer(Runnable task, long size, long position) {
            synchronized (this) {
                if (closing) {
                    return;
                }
                if (waiting + size > backlogLimit && !frames.isEmpty()) {
                    closing = true;
                    frames.clear();
                    waiting = 0;
                } else {
                    frames.add(new Frame(task, size, position));
                    waiting += size;
                    if (sending) {
                        return;
                    }
                    sending = true;
                }
            }
            if (closing) {
                slowConsumers.close(sessionId, lastPosition);
            } else {
                threads.execute(this);
            }
        }

        synchronized long waiting() {
            return waiting;
        }

        synchronized void discard() {
            closing = true;
            frames.clear();
            waiting = 0;
        }

        /**
         * Handles the frames waiting, up to {@value #TURN} of them, then hands the queue back to the pool if more wait,
         * so clients take turns and a backlog costs one hand-over per turn rather than per frame.
         */
        @Override
        public void run() {
            for (int handled = 0; handled < TURN; handled++) {
                Frame frame;
                synchronized (this) {
                    frame = frames.poll();
                    if (frame == null) {
                        sending = false;
                        return;
                    }
                    waiting -= frame.size();
                }
                handle(frame);
            }
            boolean more;
            synchronized (this) {
                more = !frames.isEmpty();
                sending = more;
            }
            if (more) {
                threads.execute(this);
            }
        }

        private void handle(Frame frame) {
            try {
                frame.task().run();
                if (frame.position() > lastPosition) {
                    lastPosition = frame.position();
                }
            } catch (RuntimeException e) {
                // the WebSocket layer has logged it and closes the connection; the next client's turn comes anyway
                log.debug("Handling a frame of {} failed", sessionId, e);
            }
        }
    }
}
