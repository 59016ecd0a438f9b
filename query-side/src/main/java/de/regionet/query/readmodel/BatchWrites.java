package de.regionet.query.readmodel;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What the read models of one processor batch want to write, held until the batch's last event was handled and
 * then written in as few round trips as the read models can manage (issue 20): a tracking processor hands up to
 * {@code regionet.processing.batch-size} events to its read models in one Axon {@link BatchingUnitOfWork}, and a
 * read model that wrote per event paid one store round trip per find and per update, each about half a millisecond
 * of the embedded server's one backend.
 *
 * <p><b>When it is written.</b> The processor stores the batch's token in a prepare-commit handler it registers on
 * the batch's first event; prepare-commit handlers run in event order, so a flush registered during the batch
 * would run after the token was stored, and a crash in between would lose the batch. The buffer is therefore
 * written by {@link #flushedAtEndOfBatch() an interceptor} on every processor, while the last event of the batch
 * is still being handled, before the unit of work commits. {@code TrackingEventProcessor.processBatch} (Axon 4.13)
 * puts into the batch only events its processor can handle (by type and segment; the others only advance the
 * token), and {@code AbstractEventProcessor.processInUnitOfWork} runs the interceptor chain for every event of the
 * batch, whether or not a handler of this read model takes it, so the interceptor sees the last one. A
 * prepare-commit handler writes what should still be pending (nothing), a rollback drops the buffer: the events are
 * handed again and the read models, being idempotent, make the same changes.
 *
 * <p><b>Outside a batch</b> (a dead letter retried in its own {@code DefaultUnitOfWork}, a projection called
 * directly in a test, a processor without the interceptor) there is no buffer and every change is written at once,
 * as one batch of one.
 *
 * <p>One processor thread handles a read model's events (a single segment), which is what makes reading a
 * document, deciding in memory and writing it later safe.
 */
public final class BatchWrites {

    private static final String RESOURCE = BatchWrites.class.getName();

    /** A read model's pending writes in this batch; written in one go. */
    public interface Pending {
        void flush();
    }

    private final Map<String, Pending> pending = new LinkedHashMap<>();
    private final List<Runnable> afterWrites = new ArrayList<>();

    private BatchWrites() {
    }

    /** The buffer of the batch being handled on this thread, if there is one. */
    static Optional<BatchWrites> current() {
        if (!CurrentUnitOfWork.isStarted()) {
            return Optional.empty();
        }
        return CurrentUnitOfWork.get().root().resources().get(RESOURCE) instanceof BatchWrites writes
                ? Optional.of(writes) : Optional.empty();
    }

    /**
     * Lets {@code change} work on the pending writes named {@code key} (created by {@code create} the first time in
     * a batch); outside a batch on a fresh one, written at once.
     */
    public static <P extends Pending> void apply(String key, Supplier<P> create, Consumer<P> change) {
        with(key, create, writes -> {
            change.accept(writes);
            return null;
        });
    }

    /** As {@link #apply}, answering what {@code work} found: for reads that must see this batch's writes. */
    public static <P extends Pending, R> R with(String key, Supplier<P> create, Function<P, R> work) {
        var batch = current();
        if (batch.isPresent()) {
            @SuppressWarnings("unchecked")
            var writes = (P) batch.get().pending.computeIfAbsent(key, name -> create.get());
            return work.apply(writes);
        }
        var writes = create.get();
        var result = work.apply(writes);
        writes.flush();
        return result;
    }

    /**
     * Runs {@code action} once this batch's writes are in the store (at once outside a batch): for what reads the
     * read models through their queries, such as a live message that states figures computed from them.
     */
    public static void afterWrites(Runnable action) {
        current().ifPresentOrElse(writes -> writes.afterWrites.add(action), action);
    }

    /** Writes everything pending, in the order the read models first wrote in this batch, then runs the actions. */
    void flush() {
        var written = List.copyOf(pending.values());
        pending.clear();
        written.forEach(Pending::flush);
        var actions = List.copyOf(afterWrites);
        afterWrites.clear();
        actions.forEach(Runnable::run);
    }

    private void drop() {
        pending.clear();
        afterWrites.clear();
    }

    /**
     * The interceptor every event processor gets: opens the buffer on a batch's first event and writes it while
     * the last one is being handled, before the token is stored.
     */
    public static MessageHandlerInterceptor<EventMessage<?>> flushedAtEndOfBatch() {
        return BatchWrites::intercept;
    }

    private static Object intercept(UnitOfWork<? extends EventMessage<?>> unitOfWork,
                                    InterceptorChain chain) throws Exception {
        if (!(unitOfWork instanceof BatchingUnitOfWork<?> batch)) {
            return chain.proceed();
        }
        var writes = (BatchWrites) unitOfWork.root().resources().computeIfAbsent(RESOURCE, name -> {
            var opened = new BatchWrites();
            unitOfWork.onPrepareCommit(committing -> opened.flush());
            unitOfWork.onRollback(rolledBack -> opened.drop());
            return opened;
        });
        var result = chain.proceed();
        if (batch.isLastMessage()) {
            writes.flush();
        }
        return result;
    }
}
