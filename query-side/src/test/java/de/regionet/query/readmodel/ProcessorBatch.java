package de.regionet.query.readmodel;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.DefaultInterceptorChain;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Events handed to read models as a tracking processor hands them: in one {@link BatchingUnitOfWork}, each through
 * the interceptor every processor gets ({@link BatchWrites#flushedAtEndOfBatch()}), then committed.
 */
public final class ProcessorBatch {

    private final List<EventMessage<?>> events = new ArrayList<>();
    private final Map<EventMessage<?>, Consumer<EventMessage<?>>> handlers = new IdentityHashMap<>();

    /** Adds {@code event}, handled by {@code handler}. */
    public ProcessorBatch with(EventMessage<?> event, Consumer<EventMessage<?>> handler) {
        events.add(event);
        handlers.put(event, handler);
        return this;
    }

    /** Handles every event and commits; false if the batch was rolled back (a handler failed). */
    public boolean handle() {
        var unitOfWork = new BatchingUnitOfWork<EventMessage<?>>(List.copyOf(events));
        unitOfWork.executeWithResult(() -> new DefaultInterceptorChain<>(unitOfWork,
                List.of(BatchWrites.flushedAtEndOfBatch()), event -> {
            handlers.get(event).accept(event);
            return null;
        }).proceed());
        return !unitOfWork.isRolledBack();
    }
}
