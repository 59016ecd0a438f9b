package de.regionet.command.news;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonCreator;
import de.regionet.command.access.NetworkScope;
import de.regionet.command.stream.ExpectedVersion;
import de.regionet.kernel.Rejection;
import de.regionet.kernel.network.NetworkId;
import de.regionet.kernel.network.Networks;
import de.regionet.kernel.news.NewsArticleId;
import de.regionet.kernel.news.NewsCommand;
import de.regionet.kernel.news.NewsCommand.DraftNews;
import de.regionet.kernel.news.NewsCommand.EditNews;
import de.regionet.kernel.news.NewsCommand.PublishNews;
import de.regionet.kernel.news.NewsCommand.WithdrawNews;
import de.regionet.kernel.news.NewsContent;
import de.regionet.kernel.news.NewsEvent.NewsDrafted;
import de.regionet.kernel.news.NewsEvent.NewsEdited;
import de.regionet.kernel.news.NewsEvent.NewsPublicationScheduled;
import de.regionet.kernel.news.NewsEvent.NewsPublished;
import de.regionet.kernel.news.NewsEvent.NewsWithdrawn;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Instant;

import static de.regionet.command.stream.EventContext.publicly;
import static de.regionet.command.stream.EventContext.publiclyIf;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A news article of the network office: a draft until it is published, now or at a scheduled time (an Axon
 * deadline, kept in MongoDB, so the schedule survives restarts); it may be edited until it is withdrawn. Events
 * about a published article are marked public. Every handler answers the article's version after the change.
 */
@Aggregate(snapshotTriggerDefinition = "snapshotTrigger")
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
public class NewsArticle {

    /** The deadline that publishes a scheduled article. */
    static final String PUBLICATION = "news-publication";

    /** The payload of the publication deadline: the time it was scheduled for, so an outdated one does nothing. */
    public record ScheduledPublication(Instant at) {
    }

    enum Status { DRAFT, SCHEDULED, PUBLISHED, WITHDRAWN }

    @AggregateIdentifier
    private NewsArticleId id;
    // not final: a snapshot is read back into these fields
    private NewsContent content;
    private Status status;
    private Instant scheduledFor;
    /** {@code null} in snapshots taken before networks: Saxony-Anhalt's. */
    private NetworkId network;

    /** For Axon, and for Jackson when it reads a snapshot. */
    @JsonCreator
    protected NewsArticle() {
    }

    @CommandHandler
    NewsArticle(DraftNews command, MetaData metaData, Networks networks) {
        var in = NetworkScope.forNew(metaData, command.network(), networks, "news");
        apply(new NewsDrafted(command.articleId(), command.content(), in));
    }

    /**
     * Only the office of the article's network changes it (a draft's network is checked where it is written); the
     * version check follows.
     */
    @CommandHandlerInterceptor
    Object checkVersion(NewsCommand command, MetaData metaData, InterceptorChain chain) throws Exception {
        if (!(command instanceof DraftNews)) {
            NetworkScope.checkOffice(metaData, network(), "news article " + id);
        }
        ExpectedVersion.check(command.expectedVersion());
        return chain.proceed();
    }

    private NetworkId network() {
        return network == null ? NetworkId.SACHSEN_ANHALT : network;
    }

    @CommandHandler
    long handle(EditNews command) {
        if (status == Status.WITHDRAWN) {
            throw Rejection.conflict("this article was withdrawn and can no longer be edited");
        }
        if (!command.content().equals(content)) {
            apply(new NewsEdited(id, command.content()), publiclyIf(status == Status.PUBLISHED));
        }
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(PublishNews command, DeadlineManager deadlines) {
        switch (status) {
            case WITHDRAWN -> throw Rejection.conflict("this article was withdrawn and can no longer be published");
            case PUBLISHED -> throw Rejection.conflict("this article is already published");
            default -> {
            }
        }
        var now = now();
        deadlines.cancelAllWithinScope(PUBLICATION);
        if (command.at() == null) {
            apply(new NewsPublished(id, content, now), publicly());
        } else if (!command.at().isAfter(now)) {
            // an article that was published before it was recorded here: published then, recorded late
            apply(new NewsPublished(id, content, command.at()), publicly());
        } else {
            deadlines.schedule(command.at(), PUBLICATION, new ScheduledPublication(command.at()));
            apply(new NewsPublicationScheduled(id, command.at()));
        }
        return AggregateLifecycle.getVersion();
    }

    /**
     * Handled at least once: a deadline for a time that was replaced, or for an article no longer waiting, is void.
     * The article is public from its time on, or from now if the deadline comes late (after a restart).
     */
    @DeadlineHandler(deadlineName = PUBLICATION)
    void publishAsScheduled(ScheduledPublication due) {
        if (status == Status.SCHEDULED && due.at().equals(scheduledFor)) {
            var now = now();
            apply(new NewsPublished(id, content, now.isAfter(due.at()) ? now : due.at()), publicly());
        }
    }

    @CommandHandler
    long handle(WithdrawNews command, DeadlineManager deadlines) {
        if (status == Status.WITHDRAWN) {
            throw Rejection.conflict("this article is already withdrawn");
        }
        deadlines.cancelAllWithinScope(PUBLICATION);
        apply(new NewsWithdrawn(id, now()), publiclyIf(status == Status.PUBLISHED));
        return AggregateLifecycle.getVersion();
    }

    /** Axon's clock, which stamps events too (and which test fixtures set). */
    private static Instant now() {
        return GenericEventMessage.clock.instant();
    }

    @EventSourcingHandler
    void on(NewsDrafted event) {
        id = event.articleId();
        content = event.content();
        status = Status.DRAFT;
        network = event.network();
    }

    @EventSourcingHandler
    void on(NewsEdited event) {
        content = event.content();
    }

    @EventSourcingHandler
    void on(NewsPublicationScheduled event) {
        status = Status.SCHEDULED;
        scheduledFor = event.at();
    }

    @EventSourcingHandler
    void on(NewsPublished event) {
        status = Status.PUBLISHED;
        scheduledFor = null;
    }

    @EventSourcingHandler
    void on(NewsWithdrawn event) {
        status = Status.WITHDRAWN;
        scheduledFor = null;
    }
}
