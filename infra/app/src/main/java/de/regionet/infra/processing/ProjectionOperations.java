package de.regionet.infra.processing;

import de.regionet.infra.eventstore.EventLog;
import de.regionet.kernel.Rejection;
import de.regionet.query.network.NetworkTopics;
import de.regionet.query.readmodel.ReadModelGenerations;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.messaging.simp.SimpMessagingTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

/**
 * Operates the event processors that keep read models: their status (position, lag in events and time, replay
 * progress, dead letters), a replay that rebuilds one read model while queries keep being answered, and retrying
 * parked dead letters. A replay resets the processor's tokens (Axon's {@code resetTokens}: shut down, reset, start);
 * its read models ({@code VersionedCollection}) are rebuilt into their next generation, which becomes current once
 * the processor has replayed up to where it was reset ({@link ReadModelGenerations}). Progress is pushed to
 * {@code /topic/audit} while it runs.
 */
public class ProjectionOperations {

    static final String PROGRESS = "ProjectionReplayProgress";
    static final String REBUILT = "ProjectionRebuilt";
    private static final Logger log = LoggerFactory.getLogger(ProjectionOperations.class);
    private static final Duration RETIRED_GRACE = Duration.ofSeconds(30);
    /** How long a reset may take beyond the claim timeout before its hold ends by itself. */
    private static final Duration HOLD = Duration.ofSeconds(30);

    private final EventProcessingConfiguration processing;
    private final EventLog events;
    private final ReadModelGenerations generations;
    private final SimpMessagingTemplate broker;
    private final Clock clock;
    private final Map<String, Sample> samples = new ConcurrentHashMap<>();
    private final Set<String> replaying = ConcurrentHashMap.newKeySet();
    /** Processors this node is resetting: its rounds leave them alone meanwhile. */
    private final Set<String> resetting = ConcurrentHashMap.newKeySet();
    /** Processors this node stopped because another node held them for a reset. */
    private final Set<String> stoppedForHold = ConcurrentHashMap.newKeySet();
    private final Nodes nodes;

    /**
     * How this node shares the processors with others: which it runs ({@code regionet.roles}), the holds that stop
     * them on every node during a reset, the token store whose claims say who runs them, and how long a claim of a
     * node that died stays.
     */
    record Nodes(Predicate<String> runsHere, ProcessorHolds holds, TokenStore tokens, Duration claimTimeout,
                 ProcessorClaims claims) {
    }

    public ProjectionOperations(EventProcessingConfiguration processing, EventLog events,
                                ReadModelGenerations generations, SimpMessagingTemplate broker, Clock clock,
                                Nodes nodes) {
        this.processing = processing;
        this.events = events;
        this.generations = generations;
        this.broker = broker;
        this.clock = clock;
        this.nodes = nodes;
    }

    /** Where a processor is, and how fast it moved over the last sampling interval. */
    private record Sample(long position, long nanos, double eventsPerSecond) {
    }

    /**
     * A processor's status.
     *
     * @param state       {@code running}, {@code replaying}, {@code error} or {@code stopped}
     * @param position    the last position it handled (the lowest over its segments)
     * @param lagEvents   positions between it and the head of the store
     * @param lagSeconds  how long the oldest event it has not handled yet has been waiting
     * @param replay      progress of a replay, while one runs
     * @param deadLetters events parked because its handler kept failing
     * @param rebuilding  read models being rebuilt into a new generation for it
     * @param node        the node that runs it ({@code pid@host}), this one or another (ADR 0027); {@code null}
     *                    when no node does
     */
    public record ProjectionStatus(String name, String state, Long position, long head, Long lagEvents,
                                   Double lagSeconds, Replay replay, long deadLetters, List<String> rebuilding,
                                   String error, String node) {
    }

    /** How far a replay is: position of total (where the processor was when it was reset), in % and events/s. */
    public record Replay(Long position, Long resetPosition, Double percent, double eventsPerSecond) {
    }

    /** One parked event and why it was parked. */
    public record DeadLetterView(String eventId, String type, String aggregateId, Long sequenceNumber, Long position,
                                 Instant time, String cause, Instant enqueuedAt, Instant lastTouched) {
    }

    public record Retry(String name, long processed, long remaining) {
    }

    public List<ProjectionStatus> status() {
        var rebuilding = rebuildingByProcessor();
        long head = events.head();
        return processing.eventProcessors().values().stream().sorted(Comparator.comparing(EventProcessor::getName))
                .map(processor -> status(processor, head, rebuilding)).toList();
    }

    /**
     * Where each processor stands, cheaply (no event is read, no dead letter counted): for meters and readiness.
     *
     * @param lagEvents positions between it and the head of the store (all of them before its first event;
     *                  {@code null} while this node holds none of its segments)
     * @param readModel whether it keeps a read model (it can be replayed; the live feed cannot)
     * @param failed    whether it, or one of its segments, stopped with an error (and is retrying)
     * @param running   whether it runs on this node
     */
    public record Standing(String name, Long lagEvents, boolean readModel, boolean failed, boolean running) {
    }

    public List<Standing> standings() {
        long head = events.head();
        return processing.eventProcessors().values().stream().sorted(Comparator.comparing(EventProcessor::getName))
                .map(processor -> {
                    if (!(processor instanceof StreamingEventProcessor streaming)) {
                        return new Standing(processor.getName(), null, false, false, processor.isRunning());
                    }
                    var segments = streaming.processingStatus();
                    boolean failed = streaming.isError()
                            || segments.values().stream().anyMatch(EventTrackerStatus::isErrorState);
                    // no segment claimed here: another node runs it, its lag is that node's to report
                    var position = position(streaming);
                    Long lag = segments.isEmpty() ? null : position == null ? head + 1 : Math.max(0, head - position);
                    return new Standing(processor.getName(), lag, streaming.supportsReset(), failed,
                            streaming.isRunning());
                }).toList();
    }

    /** How many events a processor has parked (a count in its dead-letter queue); 0 for one without a queue. */
    public long deadLetterCount(String name) {
        return processing.deadLetterQueue(name).map(queue -> queue.size()).orElse(0L);
    }

    public ProjectionStatus status(String name) {
        return status(processor(name), events.head(), rebuildingByProcessor());
    }

    /**
     * Rebuilds the read models of one processor from the first event: shut down, reset (the read models start
     * their next generation), start. Queries keep reading the current generation meanwhile. The processor may run
     * on another node: a hold stops it on every node ({@link ProcessorHolds}), this node resets its tokens once no
     * node claims them any more, and the nodes that run it start it again (ADR 0027).
     */
    public synchronized ProjectionStatus replay(String name) {
        var processor = streaming(name);
        if (!processor.supportsReset()) {
            throw Rejection.conflict(name + " does not replay: it reports what happens from now on");
        }
        if (replaying.contains(name) || processor.isReplaying()) {
            throw Rejection.conflict(name + " is being rebuilt already");
        }
        resetting.add(name);
        nodes.holds().hold(name, nodes.claimTimeout().plus(HOLD));
        try {
            processor.shutdownAsync().get(30, TimeUnit.SECONDS);
            awaitReleased(name);
            ReadModelGenerations.rebuildingFor(name, processor::resetTokens);
            for (int segment : nodes.tokens().fetchSegments(name)) {
                nodes.tokens().releaseClaim(name, segment);
            }
            if (nodes.runsHere().test(name)) {
                replaying.add(name);
            }
        } catch (IllegalStateException | org.axonframework.common.AxonException e) {
            throw Rejection.conflict(name + " could not be reset (is it running on another node?): " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while stopping " + name, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException(name + " did not stop for its replay", e);
        } finally {
            nodes.holds().release(name);
            if (nodes.runsHere().test(name)) {
                processor.start();
            }
            resetting.remove(name);
        }
        log.info("Replaying {} from the first event", name);
        return status(name);
    }

    /** Waits until no node claims the processor's segments: the others stop on their next round, a dead one's expire. */
    private void awaitReleased(String name) throws InterruptedException {
        long until = System.nanoTime() + nodes.claimTimeout().plus(HOLD).toNanos();
        while (nodes.tokens().fetchAvailableSegments(name).size() < nodes.tokens().fetchSegments(name).length) {
            if (System.nanoTime() > until) {
                throw new IllegalStateException("another node still runs " + name);
            }
            Thread.sleep(100);
        }
    }

    public List<DeadLetterView> deadLetters(String name) {
        processor(name);
        var result = new ArrayList<DeadLetterView>();
        processing.deadLetterQueue(name).ifPresent(queue -> queue.deadLetters().forEach(sequence -> {
            for (var letter : sequence) {
                result.add(view(letter));
            }
        }));
        return result;
    }

    /** Hands every parked sequence to the processor's handlers again; those that fail again stay parked. */
    public Retry retry(String name) {
        processor(name);
        var queue = processing.deadLetterQueue(name)
                .orElseThrow(() -> Rejection.conflict(name + " parks no dead letters"));
        var retrier = processing.sequencedDeadLetterProcessor(name).orElseThrow();
        long processed = 0;
        for (long attempt = queue.amountOfSequences(); attempt > 0; attempt--) {
            if (retrier.processAny()) {
                processed++;
            }
        }
        return new Retry(name, processed, queue.size());
    }

    /**
     * Every half second: samples positions for the rates, makes rebuilt generations current, pushes the progress
     * of replays to the audit topic, drops generations retired long enough ago.
     */
    void tick() {
        try {
            long head = events.head();
            var rebuilding = rebuildingByProcessor();
            var held = nodes.holds().held();
            for (var processor : processing.eventProcessors().values()) {
                if (!(processor instanceof StreamingEventProcessor streaming)) {
                    continue;
                }
                var name = processor.getName();
                if (resetting.contains(name) || !followHold(streaming, held.contains(name))) {
                    continue;
                }
                sample(name, streaming);
                var pending = rebuilding.getOrDefault(name, List.of());
                boolean asked = replaying.contains(name) || !pending.isEmpty();
                if (asked && rebuilt(streaming)) {
                    var done = generations.complete(name);
                    replaying.remove(name);
                    publish(REBUILT, status(processor, head, Map.of()), done);
                    log.info("Rebuilt {}; now current: {}", name, done);
                } else if (asked || streaming.isReplaying()) {
                    publish(PROGRESS, status(processor, head, rebuilding), pending);
                }
            }
            generations.dropRetired(clock.instant().minus(RETIRED_GRACE));
        } catch (RuntimeException e) {
            log.warn("Projection operations round failed; it is retried in the next one", e);
        }
    }

    /**
     * Stops a processor held for a reset on another node (this node's own reset stops it itself) and starts it again
     * once the hold is gone; false while it is held. A processor stopped for another reason (an operator, a test) is
     * left as it is.
     */
    private boolean followHold(StreamingEventProcessor processor, boolean held) {
        var name = processor.getName();
        if (held) {
            if (processor.isRunning()) {
                log.info("{} is held for a replay on another node; stopping it here", name);
                stoppedForHold.add(name);
                processor.shutdownAsync();
            }
            return false;
        }
        if (stoppedForHold.remove(name) && nodes.runsHere().test(name)) {
            log.info("Starting {} again after its replay was set up", name);
            processor.start();
        }
        return true;
    }

    /** Replayed up to where it was reset (or caught up with the store): its new generation is complete. */
    private static boolean rebuilt(StreamingEventProcessor processor) {
        var status = processor.processingStatus();
        return processor.isRunning() && !processor.isError() && !status.isEmpty()
                && status.values().stream().allMatch(segment -> !segment.isErrorState()
                && (segment.isCaughtUp() || !segment.isReplaying()));
    }

    private void sample(String name, StreamingEventProcessor processor) {
        var position = position(processor);
        if (position == null) {
            return;
        }
        long now = System.nanoTime();
        samples.compute(name, (key, previous) -> {
            if (previous == null || now <= previous.nanos()) {
                return new Sample(position, now, 0);
            }
            double rate = Math.max(0, position - previous.position()) * 1e9 / (now - previous.nanos());
            return new Sample(position, now, rate);
        });
    }

    private ProjectionStatus status(EventProcessor processor, long head, Map<String, List<String>> rebuilding) {
        var name = processor.getName();
        var pending = rebuilding.getOrDefault(name, List.of());
        long deadLetters = processing.deadLetterQueue(name).map(queue -> queue.size()).orElse(0L);
        if (!(processor instanceof StreamingEventProcessor streaming)) {
            return new ProjectionStatus(name, processor.isRunning() ? "running" : "stopped", null, head, null, null,
                    null, deadLetters, pending, null, processor.isRunning() ? ProcessorClaims.THIS_NODE : null);
        }
        if (streaming.processingStatus().isEmpty()) {
            var elsewhere = elsewhere(name, head, deadLetters, pending);
            if (elsewhere != null) {
                return elsewhere;
            }
        }
        var position = position(streaming);
        Long lag = position == null ? null : Math.max(0, head - position);
        var replay = streaming.isReplaying() || !pending.isEmpty() || replaying.contains(name)
                ? replay(streaming, position) : null;
        var error = streaming.processingStatus().values().stream().filter(EventTrackerStatus::isErrorState)
                .map(segment -> String.valueOf(segment.getError())).findFirst().orElse(null);
        var state = !streaming.isRunning() ? "stopped" : streaming.isError() || error != null ? "error"
                : replay != null ? "replaying" : "running";
        return new ProjectionStatus(name, state, position, head, lag, lagSeconds(position, lag), replay, deadLetters,
                pending, error, streaming.processingStatus().isEmpty() ? null : ProcessorClaims.THIS_NODE);
    }

    /** The status of a processor another node runs (holds a live claim of), from its token; null if none does. */
    private ProjectionStatus elsewhere(String name, long head, long deadLetters, List<String> pending) {
        var claims = nodes.claims().of(name);
        var owner = claims.stream().map(ProcessorClaims.Claim::owner).filter(java.util.Objects::nonNull)
                .filter(node -> !node.equals(ProcessorClaims.THIS_NODE)).findFirst();
        if (owner.isEmpty()) {
            return null;
        }
        var position = claims.stream().map(ProcessorClaims.Claim::position).filter(java.util.Objects::nonNull)
                .min(Long::compare).orElse(null);
        Long lag = position == null ? null : Math.max(0, head - position);
        var state = pending.isEmpty() ? "running" : "replaying";
        return new ProjectionStatus(name, state, position, head, lag, lagSeconds(position, lag), null, deadLetters,
                pending, null, owner.get());
    }

    private Replay replay(StreamingEventProcessor processor, Long position) {
        var reset = processor.processingStatus().values().stream().map(EventTrackerStatus::getResetPosition)
                .filter(java.util.OptionalLong::isPresent).mapToLong(java.util.OptionalLong::getAsLong).max();
        Long resetPosition = reset.isPresent() ? reset.getAsLong() : null;
        Double percent = position == null || resetPosition == null ? null : resetPosition <= 0 ? 100.0
                : Math.min(100.0, Math.round(1000.0 * position / resetPosition) / 10.0);
        var sample = samples.get(processor.getName());
        return new Replay(position, resetPosition, percent, sample == null ? 0 : Math.round(sample.eventsPerSecond()));
    }

    /** How long the first event the processor has not handled has been in the store. */
    private Double lagSeconds(Long position, Long lag) {
        if (position == null || lag == null || lag == 0) {
            return lag == null ? null : 0.0;
        }
        var next = events.at(LongStream.rangeClosed(position + 1, position + 16).boxed().toList()).values().stream()
                .min(Comparator.comparingLong(EventLog.Entry::position));
        return next.filter(entry -> entry.storedAt() != null)
                .map(entry -> Math.max(0, Duration.between(entry.storedAt(), clock.instant()).toMillis()) / 1000.0)
                .orElse(null);
    }

    private static Long position(StreamingEventProcessor processor) {
        return processor.processingStatus().values().stream().map(EventTrackerStatus::getCurrentPosition)
                .filter(java.util.OptionalLong::isPresent).map(java.util.OptionalLong::getAsLong)
                .min(Long::compare).orElse(null);
    }

    private Map<String, List<String>> rebuildingByProcessor() {
        return generations.rebuilding().stream().filter(pointer -> pointer.processor() != null).collect(
                Collectors.groupingBy(ReadModelGenerations.Pointer::processor,
                        Collectors.mapping(ReadModelGenerations.Pointer::name, Collectors.toList())));
    }

    /**
     * What {@code /topic/audit} carries about a replay: {@code ProjectionReplayProgress} while it runs,
     * {@code ProjectionRebuilt} when its read models became current.
     */
    public record ReplayMessage(String type, String processor, List<String> readModels, Instant time, String state,
                                Long position, Long resetPosition, Double percent, Double eventsPerSecond) {
    }

    private void publish(String type, ProjectionStatus status, List<String> readModels) {
        var replay = status.replay();
        broker.convertAndSend(NetworkTopics.AUDIT.destination(), new ReplayMessage(type, status.name(),
                readModels, clock.instant(), status.state(), status.position(),
                replay == null ? null : replay.resetPosition(),
                replay == null ? null : replay.percent(), replay == null ? null : replay.eventsPerSecond()));
    }

    private EventProcessor processor(String name) {
        return processing.eventProcessor(name).orElseThrow(() -> Rejection.notFound("no event processor " + name
                + "; there are " + String.join(", ", processing.eventProcessors().keySet())));
    }

    private StreamingEventProcessor streaming(String name) {
        if (processor(name) instanceof StreamingEventProcessor streaming) {
            return streaming;
        }
        throw Rejection.conflict(name + " is not a streaming processor, so it cannot replay");
    }

    private static DeadLetterView view(DeadLetter<? extends EventMessage<?>> letter) {
        var message = letter.message();
        String aggregateId = null;
        Long sequence = null;
        if (message instanceof DomainEventMessage<?> domain) {
            aggregateId = domain.getAggregateIdentifier();
            sequence = domain.getSequenceNumber();
        }
        Long position = message instanceof TrackedEventMessage<?> tracked && tracked.trackingToken() != null
                && tracked.trackingToken().position().isPresent() ? tracked.trackingToken().position().getAsLong()
                : null;
        return new DeadLetterView(message.getIdentifier(), message.getPayloadType().getSimpleName(),
                aggregateId, sequence, position, message.getTimestamp(),
                letter.cause().map(cause -> cause.type() + ": " + cause.message()).orElse(null), letter.enqueuedAt(),
                letter.lastTouched());
    }
}
