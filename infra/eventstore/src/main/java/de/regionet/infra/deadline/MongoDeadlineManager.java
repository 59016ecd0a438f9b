package de.regionet.infra.deadline;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.deadline.AbstractDeadlineManager;
import org.axonframework.deadline.DeadlineMessage;
import org.axonframework.deadline.GenericDeadlineMessage;
import org.axonframework.messaging.DefaultInterceptorChain;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.ScopeAwareProvider;
import org.axonframework.messaging.ScopeDescriptor;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Axon deadlines that survive restarts: each scheduled deadline is a document in MongoDB (collection
 * {@code deadlines}) until it has been handled. A poller claims due deadlines for a lease, hands them to their
 * scope (an aggregate or saga) in a unit of work, and deletes them once handled. A node that dies while handling
 * one lets its lease run out and another node (or the restarted one) handles it again: at least once, so deadline
 * handlers check whether their work is already done.
 * <p>
 * Open deadlines are few (calls, agreements and votes that are running), so finding the due ones with a range
 * query, which the embedded server answers by scanning the collection, stays cheap.
 */
class MongoDeadlineManager extends AbstractDeadlineManager {

    private static final Logger log = LoggerFactory.getLogger(MongoDeadlineManager.class);

    private final MongoCollection<Document> deadlines;
    private final ScopeAwareProvider scopes;
    private final Serializer serializer;
    private final TransactionManager transactions;
    private final Clock clock;
    private final Duration pollInterval;
    private final Duration lease;
    private final ScheduledExecutorService poller;

    public MongoDeadlineManager(MongoCollection<Document> deadlines, ScopeAwareProvider scopes, Serializer serializer,
                                TransactionManager transactions, Clock clock, Duration pollInterval, Duration lease) {
        this.deadlines = deadlines;
        this.scopes = scopes;
        this.serializer = serializer;
        this.transactions = transactions;
        this.clock = clock;
        this.pollInterval = pollInterval;
        this.lease = lease;
        this.poller = Executors.newSingleThreadScheduledExecutor(runnable -> {
            var thread = new Thread(runnable, "deadlines");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Starts handing out due deadlines; call once the application's aggregates and sagas are ready. */
    public void start() {
        poller.scheduleWithFixedDelay(this::triggerDue, 0, pollInterval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Deadlines are stored when the outermost unit of work commits, like the events that go with them: a command
     * handled inside another unit of work (a dry-run import, docs/import.md) stores none if that one rolls back.
     */
    @Override
    protected void runOnPrepareCommitOrNow(Runnable task) {
        if (CurrentUnitOfWork.isStarted() && CurrentUnitOfWork.get().root().phase() == UnitOfWork.Phase.STARTED) {
            CurrentUnitOfWork.get().root().onPrepareCommit(unitOfWork -> task.run());
        } else {
            super.runOnPrepareCommitOrNow(task);
        }
    }

    @Override
    public void shutdown() {
        poller.shutdownNow();
    }

    @Override
    public String schedule(Instant triggerDateTime, String deadlineName, Object messageOrPayload,
                           ScopeDescriptor deadlineScope) {
        DeadlineMessage<?> message = processDispatchInterceptors(
                GenericDeadlineMessage.asDeadlineMessage(deadlineName, messageOrPayload, triggerDateTime));
        // serialized when the unit of work commits: an aggregate being created knows its identifier only then
        runOnPrepareCommitOrNow(() -> deadlines.insertOne(new Document("_id", message.getIdentifier())
                .append("name", deadlineName)
                .append("scope", serialized(deadlineScope))
                .append("payload", message.getPayload() == null ? null : serialized(message.getPayload()))
                .append("metaData", serializer.serialize(message.getMetaData(), String.class).getData())
                .append("triggerAt", Date.from(triggerDateTime))
                .append("claimedUntil", new Date(0))));
        return message.getIdentifier();
    }

    @Override
    public void cancelSchedule(String deadlineName, String scheduleId) {
        runOnPrepareCommitOrNow(() -> deadlines.deleteOne(Filters.eq("_id", scheduleId)));
    }

    @Override
    public void cancelAll(String deadlineName) {
        runOnPrepareCommitOrNow(() -> deadlines.deleteMany(Filters.eq("name", deadlineName)));
    }

    @Override
    public void cancelAllWithinScope(String deadlineName, ScopeDescriptor scope) {
        var serializedScope = serialized(scope);
        runOnPrepareCommitOrNow(() -> deadlines.deleteMany(Filters.and(Filters.eq("name", deadlineName),
                Filters.eq("scope", serializedScope))));
    }

    /** One poll: every deadline due now, each claimed, handled and deleted. */
    void triggerDue() {
        try {
            var now = clock.instant();
            var due = deadlines.find(Filters.lte("triggerAt", Date.from(now))).projection(new Document("_id", 1))
                    .into(new ArrayList<>());
            for (var candidate : due) {
                var claimed = claim(candidate.get("_id"), now);
                if (claimed != null) {
                    trigger(claimed);
                }
            }
        } catch (RuntimeException e) {
            log.warn("Polling for due deadlines failed; retrying", e);
        }
    }

    /**
     * Claims a due deadline for the lease, atomically: of several nodes polling at once exactly one gets the
     * document. The document as it was BEFORE the update is returned: on the embedded server the one returned AFTER
     * may already show another update (DESIGN, "What the embedded server does"); only its lease differs.
     */
    private Document claim(Object id, Instant now) {
        return deadlines.findOneAndUpdate(
                Filters.and(Filters.eq("_id", id), Filters.lt("claimedUntil", Date.from(now))),
                Updates.set("claimedUntil", Date.from(now.plus(lease))),
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.BEFORE));
    }

    private void trigger(Document deadline) {
        var name = deadline.getString("name");
        try {
            var scope = (ScopeDescriptor) deserialize(deadline.get("scope", Document.class));
            var payloadDocument = deadline.get("payload", Document.class);
            Object payload = payloadDocument == null ? null : deserialize(payloadDocument);
            MetaData metaData = serializer.deserialize(new SimpleSerializedObject<>(deadline.getString("metaData"),
                    String.class, MetaData.class.getName(), null));
            var triggerAt = deadline.getDate("triggerAt").toInstant();
            var message = new GenericDeadlineMessage<>(name,
                    new GenericMessage<>(deadline.getString("_id"), payload, metaData), () -> triggerAt);
            var unitOfWork = new DefaultUnitOfWork<DeadlineMessage<?>>(message);
            unitOfWork.attachTransaction(transactions);
            var chain = new DefaultInterceptorChain<>(unitOfWork, handlerInterceptors(), intercepted -> {
                scopes.provideScopeAwareStream(scope).filter(component -> component.canResolve(scope))
                        .forEach(component -> send(component, intercepted, scope));
                return null;
            });
            var result = unitOfWork.executeWithResult(chain::proceed);
            if (result.isExceptional()) {
                log.warn("Deadline {} ({}) failed; it is tried again when its lease ends", name,
                        deadline.get("_id"), result.exceptionResult());
                return;
            }
            deadlines.deleteOne(Filters.eq("_id", deadline.get("_id")));
        } catch (RuntimeException e) {
            log.warn("Deadline {} ({}) could not be handled; it is tried again when its lease ends", name,
                    deadline.get("_id"), e);
        }
    }

    private static void send(org.axonframework.messaging.ScopeAware component, DeadlineMessage<?> message,
                             ScopeDescriptor scope) {
        try {
            component.send(message, scope);
        } catch (Exception e) {
            throw new IllegalStateException("Failed to send deadline " + message.getDeadlineName() + " to "
                    + scope.scopeDescription(), e);
        }
    }

    private Document serialized(Object object) {
        SerializedObject<String> serialized = serializer.serialize(object, String.class);
        return new Document("type", serialized.getType().getName()).append("revision", serialized.getType().getRevision())
                .append("data", serialized.getData());
    }

    private Object deserialize(Document serialized) {
        return serializer.deserialize(new SimpleSerializedObject<>(serialized.getString("data"), String.class,
                serialized.getString("type"), serialized.getString("revision")));
    }
}
